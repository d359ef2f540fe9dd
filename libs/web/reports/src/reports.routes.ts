import { Routes } from '@angular/router';
import { signedInGuard } from '@walikota/web-core';
import { provideMessages } from '@walikota/web-i18n';
import { REPORT_LABEL_MESSAGES } from '@walikota/web-reports-data';
import { REPORTS_MESSAGES } from './reports.messages';
import { STATISTICS_MESSAGES } from './statistics/statistics.messages';

/** Aspirasi & Pengaduan, mounted lazily at `/aspirasi`: the public list, filing, the citizen's own reports. */
export const REPORTS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(REPORT_LABEL_MESSAGES, REPORTS_MESSAGES)],
    children: [
      // Each page is its own chunk: landing on the list does not download the filing form.
      {
        path: '',
        title: 'reports.title.list',
        data: { description: 'reports.meta.list' },
        loadComponent: () => import('./lib/list/reports-list.page').then((m) => m.ReportsListPage),
      },
      {
        path: 'baru',
        title: 'reports.title.new',
        canActivate: [signedInGuard],
        loadComponent: () => import('./lib/new/file-report.page').then((m) => m.FileReportPage),
      },
      {
        path: 'saya',
        title: 'reports.title.mine',
        canActivate: [signedInGuard],
        loadComponent: () => import('./lib/mine/my-reports.page').then((m) => m.MyReportsPage),
      },
      {
        path: 'statistik',
        title: 'reports.stats.title',
        data: { description: 'reports.meta.statistics' },
        loadComponent: () => import('./statistics/statistics.page').then((m) => m.StatisticsPage),
        providers: [provideMessages(STATISTICS_MESSAGES)],
      },
    ],
  },
];

/** Tracking by code, mounted lazily at `/lacak` (the address e-mails and notifications link to). */
export const TRACK_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(REPORT_LABEL_MESSAGES, REPORTS_MESSAGES)],
    children: [
      {
        path: '',
        title: 'reports.title.track',
        data: { description: 'reports.meta.track' },
        loadComponent: () => import('./lib/track/track.page').then((m) => m.TrackPage),
      },
      {
        path: ':code',
        title: 'reports.title.track',
        data: { description: 'reports.meta.track' },
        loadComponent: () => import('./lib/track/track.page').then((m) => m.TrackPage),
      },
    ],
  },
];
