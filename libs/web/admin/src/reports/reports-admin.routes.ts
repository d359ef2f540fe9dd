import { Routes } from '@angular/router';
import { roleGuardFn } from '../guards';

/** The moderators' queue: the API lets moderators (and admins) list and bulk-act. */
export const moderatorsOnly = roleGuardFn('moderator', 'admin');
/** A department inbox: officials (their departments) and admins (all). */
export const officialsOnly = roleGuardFn('official', 'admin');

/** Mounted at `/admin/laporan`. The detail is open to all staff; the API answers 404 for a report one may not see. */
export const REPORTS_ADMIN_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'admin.title.reportQueue',
    canActivate: [moderatorsOnly],
    loadComponent: () => import('./report-queue.page').then((m) => m.ReportQueuePage),
  },
  {
    path: 'masuk',
    title: 'admin.title.reportInbox',
    canActivate: [officialsOnly],
    loadComponent: () => import('./report-inbox.page').then((m) => m.ReportInboxPage),
  },
  {
    path: ':code',
    title: 'admin.title.report',
    loadComponent: () => import('./report-detail.page').then((m) => m.ReportDetailPage),
  },
];
