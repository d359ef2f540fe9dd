import { Routes } from '@angular/router';
import { roleMatch } from '@walikota/web-core';

const placeholder = (path: string, module: string) => ({
  path,
  title: `home.${module}`,
  data: { module },
  loadComponent: () => import('./pages/module-placeholder.page').then((m) => m.ModulePlaceholderPage),
});

export const routes: Routes = [
  { path: '', title: 'title.home', loadComponent: () => import('./pages/home.page').then((m) => m.HomePage) },
  // Aspirasi & Pengaduan: the public list, filing (/aspirasi/baru), my reports; tracking by code.
  { path: 'aspirasi', loadChildren: () => import('@walikota/web-reports').then((m) => m.REPORTS_ROUTES) },
  // Petisi: the public list and each petition's page, drafting (/petisi/baru), sponsors' links, my petitions.
  { path: 'petisi', loadChildren: () => import('@walikota/web-petitions').then((m) => m.PETITIONS_ROUTES) },
  // Forum Warga: categories, threads and replies, search, moderation statistics; starting a thread (/forum/baru).
  { path: 'forum', loadChildren: () => import('@walikota/web-forums').then((m) => m.FORUMS_ROUTES) },
  // Balai Kota: town-hall meetings (list and calendar, each meeting with registration, questions, minutes) and commitments.
  { path: 'balai-kota', loadChildren: () => import('@walikota/web-meetings').then((m) => m.MEETINGS_ROUTES) },
  placeholder('anggaran', 'budget'),
  { path: 'lacak', loadChildren: () => import('@walikota/web-reports').then((m) => m.TRACK_ROUTES) },
  {
    path: 'perangkat-daerah',
    title: 'title.departments',
    data: { description: 'meta.departments' },
    loadComponent: () => import('./pages/departments.page').then((m) => m.DepartmentsPage),
  },
  { path: 'akses-ditolak', title: 'title.forbidden', loadComponent: () => import('./pages/forbidden.page').then((m) => m.ForbiddenPage) },
  // Staff and officials only: the code is not even downloaded by anyone else.
  {
    path: 'admin',
    canMatch: [roleMatch('moderator', 'official', 'admin')],
    loadChildren: () => import('@walikota/web-admin').then((m) => m.ADMIN_ROUTES),
  },
  // Sign-in, registration, e-mail links, profile, notifications (masuk, daftar, profil, ...).
  { path: '', loadChildren: () => import('@walikota/web-account').then((m) => m.ACCOUNT_ROUTES) },
  {
    path: 'komponen',
    title: 'title.components',
    loadComponent: () => import('./pages/design-system.page').then((m) => m.DesignSystemPage),
  },
  { path: '**', title: 'title.notFound', loadComponent: () => import('./pages/not-found.page').then((m) => m.NotFoundPage) },
];
