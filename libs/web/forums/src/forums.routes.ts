import { Routes } from '@angular/router';
import { signedInGuard } from '@walikota/web-core';
import { provideMessages } from '@walikota/web-i18n';
import { FORUMS_MESSAGES } from './forums.messages';

/**
 * Forum Warga, mounted lazily at `/forum`: the index, a category's threads, a thread with its
 * replies, search and the public moderation statistics (rendered on the server); starting a
 * thread and the writer's own moderation page (signed in, rendered in the browser).
 */
export const FORUMS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(FORUMS_MESSAGES)],
    children: [
      // Each page is its own chunk: landing on a shared thread does not download the others.
      {
        path: '',
        title: 'forums.title.index',
        data: { description: 'forums.meta.index' },
        loadComponent: () => import('./lib/index/forum-index.page').then((m) => m.ForumIndexPage),
      },
      {
        path: 'baru',
        title: 'forums.title.new',
        canActivate: [signedInGuard],
        loadComponent: () => import('./lib/new/new-thread.page').then((m) => m.NewThreadPage),
      },
      {
        path: 'cari',
        title: 'forums.title.search',
        data: { description: 'forums.meta.search' },
        loadComponent: () => import('./lib/search/forum-search.page').then((m) => m.ForumSearchPage),
      },
      {
        path: 'moderasi',
        title: 'forums.title.stats',
        data: { description: 'forums.meta.stats' },
        loadComponent: () => import('./lib/moderation/moderation-stats.page').then((m) => m.ModerationStatsPage),
      },
      {
        path: 'moderasi-saya',
        title: 'forums.title.mine',
        canActivate: [signedInGuard],
        loadComponent: () => import('./lib/moderation/my-moderation.page').then((m) => m.MyModerationPage),
      },
      {
        path: 't/:number',
        title: 'forums.title.thread',
        data: { description: 'forums.meta.thread' },
        loadComponent: () => import('./lib/thread/forum-thread.page').then((m) => m.ForumThreadPage),
      },
      {
        path: ':slug',
        title: 'forums.title.category',
        data: { description: 'forums.meta.category' },
        loadComponent: () => import('./lib/category/forum-category.page').then((m) => m.ForumCategoryPage),
      },
    ],
  },
];
