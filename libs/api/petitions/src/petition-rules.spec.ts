import type { AuthUser } from '@walikota/api-platform';
import { PETITION_STATES } from '@walikota/shared-contracts';
import type { PetitionState } from '@walikota/shared-contracts';
import { PetitionActor, PetitionTransition, canRespond, canViewPetition, checkTransition, textIsShown, takesSignatures } from './petition-rules';

// Written out cell by cell, not derived from PETITION_TRANSITIONS: the table below is what the
// product says (docs/product.md, "Petitions"); the rule table must agree with it.
// For each transition: the states it is legal from, and the actors who may take it.
const LEGAL: Record<PetitionTransition, { from: PetitionState[]; by: PetitionActor[] }> = {
  request_sponsors: { from: ['draft'], by: ['creator'] },
  submit: { from: ['gathering_sponsors'], by: ['system'] },
  publish: { from: ['pending_moderation'], by: ['moderator', 'admin'] },
  reject: { from: ['pending_moderation'], by: ['moderator', 'admin'] },
  hide: { from: ['open', 'closed'], by: ['moderator', 'admin'] },
  close: { from: ['open'], by: ['system'] },
};
const ACTORS: PetitionActor[] = ['creator', 'sponsor', 'citizen', 'moderator', 'official', 'admin', 'system'];
const TARGET: Record<PetitionTransition, PetitionState> = {
  request_sponsors: 'gathering_sponsors',
  submit: 'pending_moderation',
  publish: 'open',
  reject: 'rejected',
  hide: 'hidden',
  close: 'closed',
};

describe('petition transitions', () => {
  for (const [transition, rule] of Object.entries(LEGAL) as [PetitionTransition, (typeof LEGAL)[PetitionTransition]][]) {
    for (const state of PETITION_STATES) {
      for (const actor of ACTORS) {
        const expected = !rule.from.includes(state) ? 'illegal' : rule.by.includes(actor) ? 'ok' : 'forbidden';
        it(`${transition} from ${state} by ${actor}: ${expected}`, () => {
          const result = checkTransition(transition, state, [actor]);
          if (expected === 'ok') expect(result).toEqual({ ok: true, to: TARGET[transition] });
          else expect(result).toEqual({ ok: false, kind: expected });
        });
      }
    }
  }
});

const user = (roles: AuthUser['roles'], departmentIds: string[] = []): AuthUser => ({ id: 'u', roles, departmentIds, language: 'id', via: 'session' });
const none = { creator: false, sponsor: false };

describe('who sees a petition', () => {
  // state → [visitor, citizen, creator, sponsor, moderator, admin]
  const SEES: Record<PetitionState, [boolean, boolean, boolean, boolean, boolean, boolean]> = {
    draft: [false, false, true, false, false, true],
    gathering_sponsors: [false, false, true, true, true, true],
    pending_moderation: [false, false, true, true, true, true],
    open: [true, true, true, true, true, true],
    closed: [true, true, true, true, true, true],
    rejected: [true, true, true, true, true, true],
    hidden: [true, true, true, true, true, true],
  };
  for (const state of PETITION_STATES) {
    it(`${state}`, () => {
      const [visitor, citizen, creator, sponsor, moderator, admin] = SEES[state];
      expect(canViewPetition(undefined, state, none)).toBe(visitor);
      expect(canViewPetition(user(['citizen']), state, none)).toBe(citizen);
      expect(canViewPetition(user(['citizen']), state, { creator: true, sponsor: false })).toBe(creator);
      expect(canViewPetition(user(['citizen']), state, { creator: false, sponsor: true })).toBe(sponsor);
      expect(canViewPetition(user(['citizen', 'moderator']), state, none)).toBe(moderator);
      expect(canViewPetition(user(['admin']), state, none)).toBe(admin);
    });
  }
});

describe('other rules', () => {
  it('shows the text unless a rejection or hiding reason hides it', () => {
    expect(textIsShown('open', true)).toBe(true);
    expect(textIsShown('rejected', false)).toBe(true);
    expect(textIsShown('rejected', true)).toBe(false);
    expect(textIsShown('hidden', true)).toBe(false);
    expect(textIsShown('hidden', false)).toBe(true);
  });

  it('takes signatures only while open and before the closing time', () => {
    const now = new Date('2026-12-05T00:00:00Z');
    expect(takesSignatures('open', new Date('2026-12-05T00:00:01Z'), now)).toBe(true);
    expect(takesSignatures('open', now, now)).toBe(false);
    expect(takesSignatures('closed', new Date('2027-01-01T00:00:00Z'), now)).toBe(false);
    expect(takesSignatures('pending_moderation', new Date('2027-01-01T00:00:00Z'), now)).toBe(false);
  });

  it('lets officials of the petition’s department and admins respond to a published petition', () => {
    expect(canRespond(user(['citizen', 'official'], ['dpu']), 'open', 'dpu')).toBe(true);
    expect(canRespond(user(['citizen', 'official'], ['dpu']), 'closed', 'dpu')).toBe(true);
    expect(canRespond(user(['citizen', 'official'], ['dlh']), 'open', 'dpu')).toBe(false);
    expect(canRespond(user(['citizen', 'official'], ['dpu']), 'pending_moderation', 'dpu')).toBe(false);
    expect(canRespond(user(['citizen', 'moderator']), 'open', 'dpu')).toBe(false);
    expect(canRespond(user(['admin']), 'open', null)).toBe(true);
    expect(canRespond(undefined, 'open', 'dpu')).toBe(false);
  });
});
