import { AuthUser, hasRole } from '@walikota/api-platform';
import { PETITION_PUBLIC_STATES } from '@walikota/shared-contracts';
import type { PetitionModerationAction, PetitionResponseStatus, PetitionState } from '@walikota/shared-contracts';

/**
 * Petition rules as pure functions (docs/product.md, "Petitions"): who sees a petition in which
 * state, which transitions exist and who may take them. Services, lists and tests use these,
 * never a copy.
 */

/** How the caller stands to one petition. */
export interface PetitionRelation {
  creator: boolean;
  sponsor: boolean;
}

export type PetitionActor = 'creator' | 'sponsor' | 'citizen' | 'moderator' | 'official' | 'admin' | 'system';

/** Every transition: where from, where to, and who may take it. */
export const PETITION_TRANSITIONS = {
  request_sponsors: { from: ['draft'], to: 'gathering_sponsors', by: ['creator'] },
  // Taken by the sponsor who completes the count (the system moves it, inside their request).
  submit: { from: ['gathering_sponsors'], to: 'pending_moderation', by: ['system'] },
  publish: { from: ['pending_moderation'], to: 'open', by: ['moderator', 'admin'] },
  reject: { from: ['pending_moderation'], to: 'rejected', by: ['moderator', 'admin'] },
  hide: { from: ['open', 'closed'], to: 'hidden', by: ['moderator', 'admin'] },
  close: { from: ['open'], to: 'closed', by: ['system'] },
} as const satisfies Record<string, { from: readonly PetitionState[]; to: PetitionState; by: readonly PetitionActor[] }>;
export type PetitionTransition = keyof typeof PETITION_TRANSITIONS;

export type TransitionCheck = { ok: true; to: PetitionState } | { ok: false; kind: 'illegal' | 'forbidden' };

/** Whether `actors` may take `transition` from `state`; `illegal` wins over `forbidden`. */
export function checkTransition(transition: PetitionTransition, state: PetitionState, actors: readonly PetitionActor[]): TransitionCheck {
  const rule = PETITION_TRANSITIONS[transition];
  if (!(rule.from as readonly PetitionState[]).includes(state)) return { ok: false, kind: 'illegal' };
  if (!actors.some((a) => (rule.by as readonly PetitionActor[]).includes(a))) return { ok: false, kind: 'forbidden' };
  return { ok: true, to: rule.to };
}

/** The moderators' actions as transitions. */
export const MODERATION_TRANSITIONS: Record<PetitionModerationAction, PetitionTransition> = {
  publish: 'publish',
  reject: 'reject',
  hide: 'hide',
};

/** Who the caller is to a petition (staff roles count everywhere; an official only for the petition's department). */
export function actorsOf(user: AuthUser | undefined, relation: PetitionRelation, departmentId: string | null): PetitionActor[] {
  if (!user) return [];
  const actors: PetitionActor[] = [];
  if (relation.creator) actors.push('creator');
  if (relation.sponsor) actors.push('sponsor');
  if (user.roles.includes('citizen')) actors.push('citizen');
  if (user.roles.includes('moderator')) actors.push('moderator');
  if (user.roles.includes('official') && departmentId && user.departmentIds.includes(departmentId)) actors.push('official');
  if (user.roles.includes('admin')) actors.push('admin');
  return actors;
}

export function isPublicState(state: PetitionState): boolean {
  return (PETITION_PUBLIC_STATES as readonly PetitionState[]).includes(state);
}

/**
 * Who may see a petition: published ones (open, closed, rejected, hidden: the last two with their
 * reason, their text only when the reason allows) everyone; a draft its creator; one gathering
 * sponsors or waiting for moderators its creator, its sponsors and moderators. Admins see all.
 */
export function canViewPetition(user: AuthUser | undefined, state: PetitionState, relation: PetitionRelation): boolean {
  if (isPublicState(state)) return true;
  if (!user) return false;
  if (relation.creator || hasRole(user, 'admin')) return true;
  if (state === 'draft') return false;
  return relation.sponsor || hasRole(user, 'moderator');
}

/** Whether the text (background, details) is shown: not when a reason that hides text was given. */
export function textIsShown(state: PetitionState, reasonHidesText: boolean): boolean {
  if (state === 'hidden') return !reasonHidesText;
  if (state === 'rejected') return !reasonHidesText;
  return true;
}

/** Signatures are taken while open and before the closing time. */
export function takesSignatures(state: PetitionState, closesAt: Date | null, now: Date): boolean {
  return state === 'open' && closesAt !== null && closesAt.getTime() > now.getTime();
}

/** Officials of the petition's department (or admins) publish the response, once it is published and not hidden. */
export function canRespond(user: AuthUser | undefined, state: PetitionState, departmentId: string | null): boolean {
  if (!user || !['open', 'closed'].includes(state)) return false;
  if (user.roles.includes('admin')) return true;
  return user.roles.includes('official') && !!departmentId && user.departmentIds.includes(departmentId);
}

export function responseStatusOf(p: { responseThresholdAt: Date | null; respondedAt: Date | null }): PetitionResponseStatus {
  if (p.respondedAt) return 'responded';
  if (p.responseThresholdAt) return 'awaiting_response';
  return 'none';
}

export function responseOverdue(p: { respondedAt: Date | null; responseDueAt: Date | null }, now: Date): boolean {
  return !p.respondedAt && !!p.responseDueAt && p.responseDueAt.getTime() < now.getTime();
}

export function moderationDelayed(p: { state: PetitionState; moderationDueAt: Date | null }, now: Date): boolean {
  return p.state === 'pending_moderation' && !!p.moderationDueAt && p.moderationDueAt.getTime() < now.getTime();
}
