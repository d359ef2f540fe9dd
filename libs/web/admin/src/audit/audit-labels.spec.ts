import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '@walikota/shared-contracts';
import { ADMIN_MESSAGES } from '../admin.messages';
import {
  AUDIT_CHAIN_BREAKS,
  auditActionGroups,
  auditActionKey,
  auditActor,
  auditChainBreakKey,
  auditTarget,
  auditTargetTypeKey,
} from './audit-labels';

const USER_ID = '5b0e7c1e-7a8f-4c55-9d0a-3f5e2b1c4d6e';
const REPORT_ID = '0f9d3a52-2c4b-4e8e-b7a1-6c2d5e8f9a10';

/** The keys of `keys` that a language of the admin catalog lacks or leaves empty. */
function unlabelled(keys: string[]): string[] {
  return (['id', 'en'] as const).flatMap((language) =>
    keys.filter((key) => !ADMIN_MESSAGES[language][key]?.trim()).map((key) => `${language}: ${key}`),
  );
}

describe('audit log labels', () => {
  it('names every audit action in Indonesian and English', () => {
    expect(unlabelled(AUDIT_ACTIONS.map(auditActionKey))).toEqual([]);
    expect(ADMIN_MESSAGES.id[auditActionKey('report.verify')]).toBe('Laporan diverifikasi');
    expect(ADMIN_MESSAGES.en[auditActionKey('report.verify')]).toBe('Report verified');
    expect(ADMIN_MESSAGES.id[auditActionKey('user.roles_changed')]).toBe('Peran diubah');
    expect(ADMIN_MESSAGES.en[auditActionKey('user.roles_changed')]).toBe('Roles changed');
  });

  it('names every kind of target in Indonesian and English', () => {
    expect(unlabelled(AUDIT_TARGET_TYPES.map(auditTargetTypeKey))).toEqual([]);
  });

  it('explains every way the hash chain can break in Indonesian and English', () => {
    expect(unlabelled(AUDIT_CHAIN_BREAKS.map(auditChainBreakKey))).toEqual([]);
  });

  it('labels no action twice in one language (the filter’s options must be told apart)', () => {
    for (const language of ['id', 'en'] as const) {
      const labels = AUDIT_ACTIONS.map((action) => ADMIN_MESSAGES[language][auditActionKey(action)]);
      expect(labels.filter((label, i) => labels.indexOf(label) !== i)).toEqual([]);
    }
  });

  it('offers every action exactly once in the filter, grouped by the kind of target', () => {
    const groups = auditActionGroups();
    expect(groups.flatMap((group) => group.actions).sort()).toEqual([...AUDIT_ACTIONS].sort());
    for (const group of groups) expect(group.actions.every((action) => action.startsWith(`${group.targetType}.`))).toBe(true);
  });
});

describe(auditTarget.name, () => {
  it('links a user to the admin user page, by id, named by the label', () => {
    expect(auditTarget({ targetType: 'user', targetId: USER_ID, targetLabel: 'Sari Wulandari' })).toEqual({
      text: 'Sari Wulandari',
      link: `/admin/pengguna/${USER_ID}`,
    });
  });

  it('links a report to the staff report page by its code (the label)', () => {
    expect(auditTarget({ targetType: 'report', targetId: REPORT_ID, targetLabel: 'LPR-2026-004217' })).toEqual({
      text: 'LPR-2026-004217',
      link: '/admin/laporan/LPR-2026-004217',
    });
  });

  it('falls back to the id without a label; a report without its code cannot be opened', () => {
    expect(auditTarget({ targetType: 'report', targetId: REPORT_ID, targetLabel: null })).toEqual({ text: REPORT_ID, link: null });
    expect(auditTarget({ targetType: 'user', targetId: USER_ID, targetLabel: null })).toEqual({
      text: USER_ID,
      link: `/admin/pengguna/${USER_ID}`,
    });
  });

  it('does not link holidays and API keys (no page for them here)', () => {
    expect(auditTarget({ targetType: 'holiday', targetId: '2026-08-17', targetLabel: '17 Agustus 2026: Hari Kemerdekaan' })).toEqual({
      text: '17 Agustus 2026: Hari Kemerdekaan',
      link: null,
    });
    expect(auditTarget({ targetType: 'api_key', targetId: null, targetLabel: null })).toEqual({ text: null, link: null });
  });
});

describe(auditActor.name, () => {
  it('is the system without an actor id, else the actor’s name (or id) linked to the user', () => {
    expect(auditActor({ actorId: null, actorName: null })).toEqual({ system: true });
    expect(auditActor({ actorId: USER_ID, actorName: 'Admin' })).toEqual({
      system: false,
      text: 'Admin',
      link: `/admin/pengguna/${USER_ID}`,
    });
    expect(auditActor({ actorId: USER_ID, actorName: null })).toEqual({ system: false, text: USER_ID, link: `/admin/pengguna/${USER_ID}` });
  });
});
