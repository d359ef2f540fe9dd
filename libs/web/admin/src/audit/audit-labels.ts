import type { AuditAction, AuditEntryDto, AuditTargetType } from '@walikota/shared-contracts';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '@walikota/shared-contracts';
import { adminPath } from '../data-access/paths';

/**
 * The audit log's words for people: a label per action code, per kind of target and per way the
 * hash chain can break (admin.messages.ts holds the texts; the spec checks that none is missing).
 */

/** Every reason `GET /api/admin/audit-log/verification` can give: the API's own list (shared contracts). */
export { AUDIT_CHAIN_BREAKS } from '@walikota/shared-contracts';
export type { AuditChainBreak } from '@walikota/shared-contracts';

export const auditActionKey = (action: string): string => `admin.audit.actions.${action}`;
export const auditTargetTypeKey = (type: string): string => `admin.audit.targetTypes.${type}`;
export const auditChainBreakKey = (reason: string): string => `admin.audit.verify.break.${reason}`;

/** The action filter's choices, grouped by the kind of target their code starts with (`user.`, `report.`…). */
export interface AuditActionGroup {
  targetType: AuditTargetType;
  actions: AuditAction[];
}

export function auditActionGroups(): AuditActionGroup[] {
  return AUDIT_TARGET_TYPES.map((targetType) => ({
    targetType,
    actions: AUDIT_ACTIONS.filter((action) => action.startsWith(`${targetType}.`)),
  })).filter((group) => group.actions.length > 0);
}

/** What the target column shows: the target's name for people, and where it can be opened. */
export interface AuditTarget {
  text: string | null;
  link: string | null;
}

/**
 * A user opens on the admin user page, a report on the staff report page (by its code, which is
 * the label); holidays and API keys have no page here. Without a label (the target no longer
 * exists), the id is shown, linked only where the page takes the id.
 */
export function auditTarget(entry: Pick<AuditEntryDto, 'targetType' | 'targetId' | 'targetLabel'>): AuditTarget {
  const text = entry.targetLabel ?? entry.targetId;
  switch (entry.targetType) {
    case 'user':
      return { text, link: entry.targetId ? adminPath('pengguna', entry.targetId) : null };
    case 'report':
      return { text, link: entry.targetLabel ? adminPath('laporan', entry.targetLabel) : null };
    default:
      return { text, link: null };
  }
}

/** What the actor column shows: "Sistem" (null), the actor's name, or the id when the name is unknown. */
export function auditActor(
  entry: Pick<AuditEntryDto, 'actorId' | 'actorName'>,
): { system: true } | { system: false; text: string; link: string } {
  if (!entry.actorId) return { system: true };
  return { system: false, text: entry.actorName ?? entry.actorId, link: adminPath('pengguna', entry.actorId) };
}
