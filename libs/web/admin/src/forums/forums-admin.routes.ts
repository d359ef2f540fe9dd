import { Routes } from '@angular/router';
import { provideMessages } from '@walikota/web-i18n';
import { adminOnly, roleGuardFn } from '../guards';
import { FORUMS_ADMIN_MESSAGES } from './forums-admin.messages';

/** The queue, sanctions, watched words, appeals and thread moderation: the API's forum moderators (admins are moderators). */
export const forumModeratorsOnly = roleGuardFn('moderator', 'admin');

/** Mounted at `/admin/forum`; its strings travel in its chunk. */
export const FORUMS_ADMIN_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(FORUMS_ADMIN_MESSAGES)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'admin.forum.title.queue',
        canActivate: [forumModeratorsOnly],
        loadComponent: () => import('./forum-queue.page').then((m) => m.ForumQueuePage),
      },
      {
        path: 'sanksi',
        title: 'admin.forum.title.sanctions',
        canActivate: [forumModeratorsOnly],
        loadComponent: () => import('./forum-sanctions.page').then((m) => m.ForumSanctionsPage),
      },
      {
        path: 'kata-pantauan',
        title: 'admin.forum.title.watched',
        canActivate: [forumModeratorsOnly],
        loadComponent: () => import('./forum-watched-words.page').then((m) => m.ForumWatchedWordsPage),
      },
      {
        path: 'banding',
        title: 'admin.forum.title.appeals',
        canActivate: [forumModeratorsOnly],
        loadComponent: () => import('./forum-appeals.page').then((m) => m.ForumAppealsPage),
      },
      {
        path: 'topik/:number',
        title: 'admin.forum.title.thread',
        canActivate: [forumModeratorsOnly],
        loadComponent: () => import('./forum-thread.page').then((m) => m.ForumThreadPage),
      },
      {
        path: 'kategori',
        title: 'admin.forum.title.categories',
        canActivate: [adminOnly],
        loadComponent: () => import('./forum-categories.page').then((m) => m.ForumCategoriesPage),
      },
    ],
  },
];
