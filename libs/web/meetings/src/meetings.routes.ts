import { Routes } from '@angular/router';
import { provideMessages } from '@walikota/web-i18n';
import { MEETINGS_MESSAGES } from './meetings.messages';

/**
 * Balai Kota, mounted lazily at `/balai-kota`: the town-hall meetings (upcoming, past, as a
 * calendar), one meeting with its registration, question board and results, and the
 * commitments made at them. All rendered on the server for visitors.
 */
export const MEETINGS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(MEETINGS_MESSAGES)],
    children: [
      // Each page is its own chunk.
      {
        path: '',
        title: 'meetings.title.index',
        data: { description: 'meetings.meta.index' },
        loadComponent: () => import('./lib/list/meetings-list.page').then((m) => m.MeetingsListPage),
      },
      {
        path: 'komitmen',
        title: 'meetings.title.commitments',
        data: { description: 'meetings.meta.commitments' },
        loadComponent: () => import('./lib/commitments/commitments.page').then((m) => m.CommitmentsPage),
      },
      {
        path: 'rapat/:code',
        title: 'meetings.title.meeting',
        data: { description: 'meetings.meta.meeting' },
        loadComponent: () => import('./lib/meeting/meeting.page').then((m) => m.MeetingPage),
      },
    ],
  },
];
