import { Routes } from '@angular/router';
import { provideMessages } from '@walikota/web-i18n';
import { REPORT_LABEL_MESSAGES } from '@walikota/web-reports-data';
import { ADMIN_MESSAGES } from './admin.messages';
import { DepartmentsStore } from './data-access/stores';
import { FORUM_HOME_MESSAGES } from './forums/forum-home.messages';
import { adminOnly } from './guards';
import { REPORTS_ADMIN_MESSAGES } from './reports/reports-admin.messages';

/** Mounted at `/admin` for moderators, officials and admins; most sections are for admins only. */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    // The area's strings travel in its lazy chunk and are registered on entry.
    providers: [provideMessages(ADMIN_MESSAGES, REPORT_LABEL_MESSAGES, REPORTS_ADMIN_MESSAGES, FORUM_HOME_MESSAGES), DepartmentsStore],
    children: [
      { path: '', title: 'admin.title.home', loadComponent: () => import('./pages/staff-home.page').then((m) => m.StaffHomePage) },
      {
        // Reports: the moderators' queue, the department inbox and the report detail.
        path: 'laporan',
        loadChildren: () => import('./reports/reports-admin.routes').then((m) => m.REPORTS_ADMIN_ROUTES),
      },
      {
        // Petitions: the moderation queue and decisions, signing activity, responses, agenda, reasons, blocked domains.
        path: 'petisi',
        loadChildren: () => import('./petitions/petitions-admin.routes').then((m) => m.PETITIONS_ADMIN_ROUTES),
      },
      {
        // Forums: the moderation queue, sanctions, watched words, appeals, a thread's moderation; categories (admins).
        path: 'forum',
        loadChildren: () => import('./forums/forums-admin.routes').then((m) => m.FORUMS_ADMIN_ROUTES),
      },
      {
        // Town-hall meetings: scheduling, the manage page with question moderation, check-in, concluding, commitments.
        path: 'balai-kota',
        loadChildren: () => import('./meetings/meetings-admin.routes').then((m) => m.MEETINGS_ADMIN_ROUTES),
      },
      {
        path: 'pengguna',
        title: 'admin.title.users',
        canActivate: [adminOnly],
        loadComponent: () => import('./users/users.page').then((m) => m.UsersPage),
      },
      {
        path: 'pengguna/:id',
        title: 'admin.title.user',
        canActivate: [adminOnly],
        loadComponent: () => import('./users/user-detail.page').then((m) => m.UserDetailPage),
      },
      {
        path: 'perangkat-daerah',
        title: 'admin.title.departments',
        canActivate: [adminOnly],
        loadComponent: () => import('./pages/departments.page').then((m) => m.DepartmentsPage),
      },
      {
        path: 'audit',
        title: 'admin.title.audit',
        canActivate: [adminOnly],
        loadComponent: () => import('./audit/audit.page').then((m) => m.AuditPage),
      },
      {
        path: 'kotak-keluar',
        title: 'admin.title.outbox',
        canActivate: [adminOnly],
        loadComponent: () => import('./outbox/outbox.page').then((m) => m.OutboxPage),
      },
    ],
  },
];
