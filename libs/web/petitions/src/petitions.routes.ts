import { Routes } from '@angular/router';
import { signedInGuard } from '@walikota/web-core';
import { provideMessages } from '@walikota/web-i18n';
import { PETITION_LABEL_MESSAGES } from './petition-labels.messages';
import { PETITIONS_MESSAGES } from './petitions.messages';

/**
 * Petisi, mounted lazily at `/petisi`: the public list and each petition's page (rendered on the
 * server), drafting and editing, the sponsors' share link, the citizen's own petitions.
 */
export const PETITIONS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(PETITION_LABEL_MESSAGES, PETITIONS_MESSAGES)],
    children: [
      // Each page is its own chunk: landing on a shared petition does not download the drafting form.
      {
        path: '',
        title: 'petitions.title.list',
        data: { description: 'petitions.meta.list' },
        loadComponent: () => import('./lib/list/petitions-list.page').then((m) => m.PetitionsListPage),
      },
      {
        path: 'baru',
        title: 'petitions.title.new',
        canActivate: [signedInGuard],
        loadComponent: () => import('./lib/edit/petition-form.page').then((m) => m.PetitionFormPage),
      },
      {
        path: 'saya',
        title: 'petitions.title.mine',
        canActivate: [signedInGuard],
        loadComponent: () => import('./lib/mine/my-petitions.page').then((m) => m.MyPetitionsPage),
      },
      {
        path: 'dukung/:token',
        title: 'petitions.title.sponsor',
        canActivate: [signedInGuard],
        loadComponent: () => import('./lib/sponsor/sponsor.page').then((m) => m.SponsorPage),
      },
      {
        path: ':code/ubah',
        title: 'petitions.title.edit',
        canActivate: [signedInGuard],
        loadComponent: () => import('./lib/edit/petition-form.page').then((m) => m.PetitionFormPage),
      },
      {
        path: ':code',
        title: 'petitions.title.petition',
        data: { description: 'petitions.meta.petition' },
        loadComponent: () => import('./lib/view/petition.page').then((m) => m.PetitionPage),
      },
    ],
  },
];
