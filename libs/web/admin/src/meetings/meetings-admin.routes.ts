import { Routes } from '@angular/router';
import { provideMessages } from '@walikota/web-i18n';
import { roleGuardFn } from '../guards';
import { MEETINGS_ADMIN_MESSAGES } from './meetings-admin.messages';

/** Lists, the manage page, check-in and question moderation: all staff (the API says per meeting what each may do). */
export const meetingStaffOnly = roleGuardFn('moderator', 'official', 'admin');
/** Scheduling, editing and concluding: officials of the organising department and admins. */
export const meetingOrganisersOnly = roleGuardFn('official', 'admin');

/** Mounted at `/admin/balai-kota`; its strings travel in its chunk. */
export const MEETINGS_ADMIN_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(MEETINGS_ADMIN_MESSAGES)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'admin.meetings.title.list',
        canActivate: [meetingStaffOnly],
        loadComponent: () => import('./meeting-list.page').then((m) => m.MeetingListPage),
      },
      {
        path: 'baru',
        title: 'admin.meetings.title.new',
        canActivate: [meetingOrganisersOnly],
        loadComponent: () => import('./meeting-form.page').then((m) => m.MeetingFormPage),
      },
      {
        path: 'komitmen',
        title: 'admin.meetings.title.commitments',
        canActivate: [meetingStaffOnly],
        loadComponent: () => import('./meeting-commitments.page').then((m) => m.MeetingCommitmentsPage),
      },
      {
        path: ':code',
        title: 'admin.meetings.title.manage',
        canActivate: [meetingStaffOnly],
        loadComponent: () => import('./meeting-manage.page').then((m) => m.MeetingManagePage),
      },
      {
        path: ':code/ubah',
        title: 'admin.meetings.title.edit',
        canActivate: [meetingOrganisersOnly],
        loadComponent: () => import('./meeting-form.page').then((m) => m.MeetingFormPage),
      },
      {
        path: ':code/presensi',
        title: 'admin.meetings.title.checkIn',
        canActivate: [meetingStaffOnly],
        loadComponent: () => import('./meeting-check-in.page').then((m) => m.MeetingCheckInPage),
      },
      {
        path: ':code/simpulkan',
        title: 'admin.meetings.title.conclude',
        canActivate: [meetingOrganisersOnly],
        loadComponent: () => import('./meeting-conclude.page').then((m) => m.MeetingConcludePage),
      },
    ],
  },
];
