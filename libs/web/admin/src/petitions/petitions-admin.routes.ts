import { Routes } from '@angular/router';
import { provideMessages } from '@walikota/web-i18n';
import { PETITION_LABEL_MESSAGES } from '@walikota/web-petitions';
import { adminOnly, roleGuardFn } from '../guards';
import { PETITIONS_ADMIN_MESSAGES } from './petitions-admin.messages';

/** The moderation queue, a petition's moderation, signing activity and invalidation. */
export const petitionModeratorsOnly = roleGuardFn('moderator', 'admin');
/** The official response: officials of the responding department (the API checks which) and admins. */
export const petitionOfficialsOnly = roleGuardFn('official', 'admin');
/** The agenda list: moderators and officials (admins are both). */
export const agendaReaders = roleGuardFn('moderator', 'official', 'admin');

/** Mounted at `/admin/petisi`; its strings travel in its chunk. */
export const PETITIONS_ADMIN_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(PETITION_LABEL_MESSAGES, PETITIONS_ADMIN_MESSAGES)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'admin.petitions.title.queue',
        canActivate: [petitionModeratorsOnly],
        loadComponent: () => import('./petition-queue.page').then((m) => m.PetitionQueuePage),
      },
      {
        path: 'agenda',
        title: 'admin.petitions.title.agenda',
        canActivate: [agendaReaders],
        loadComponent: () => import('./petition-agenda.page').then((m) => m.PetitionAgendaPage),
      },
      {
        path: 'alasan',
        title: 'admin.petitions.title.reasons',
        canActivate: [adminOnly],
        loadComponent: () => import('./rejection-reasons.page').then((m) => m.RejectionReasonsPage),
      },
      {
        path: 'domain-diblokir',
        title: 'admin.petitions.title.domains',
        canActivate: [adminOnly],
        loadComponent: () => import('./blocked-domains.page').then((m) => m.BlockedDomainsPage),
      },
      {
        path: ':code',
        title: 'admin.petitions.title.moderate',
        canActivate: [petitionModeratorsOnly],
        loadComponent: () => import('./petition-moderation.page').then((m) => m.PetitionModerationPage),
      },
      {
        path: ':code/tanggapan',
        title: 'admin.petitions.title.respond',
        canActivate: [petitionOfficialsOnly],
        loadComponent: () => import('./petition-response.page').then((m) => m.PetitionResponsePage),
      },
    ],
  },
];
