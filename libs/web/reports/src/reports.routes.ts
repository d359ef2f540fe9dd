import { Routes } from '@angular/router';
import { signedInGuard } from '@walikota/web-core';
import { provideMessages } from '@walikota/web-i18n';
import { REPORT_LABEL_MESSAGES } from '@walikota/web-reports-data';
import { REPORTS_MESSAGES } from './reports.messages';
import { STATISTICS_MESSAGES } from './statistics/statistics.messages';
import { ReportsListPage } from './lib/list/reports-list.page';
import { MyReportsPage } from './lib/mine/my-reports.page';
import { FileReportPage } from './lib/new/file-report.page';
import { TrackPage } from './lib/track/track.page';

/** Aspirasi & Pengaduan, mounted lazily at `/aspirasi`: the public list, filing, the citizen's own reports. */
export const REPORTS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(REPORT_LABEL_MESSAGES, REPORTS_MESSAGES)],
    children: [
      { path: '', title: 'reports.title.list', component: ReportsListPage },
      { path: 'baru', title: 'reports.title.new', canActivate: [signedInGuard], component: FileReportPage },
      { path: 'saya', title: 'reports.title.mine', canActivate: [signedInGuard], component: MyReportsPage },
      {
        path: 'statistik',
        title: 'reports.stats.title',
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
      { path: '', title: 'reports.title.track', component: TrackPage },
      { path: ':code', title: 'reports.title.track', component: TrackPage },
    ],
  },
];
