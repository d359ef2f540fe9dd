import type { ReportEntity } from './report.entity';
import type { ReportStatus } from './report-workflow';

/**
 * "Overdue", defined once (docs/product.md, "Deadlines"): a report waits on one deadline at a
 * time, the verification deadline while it is `submitted` and the follow-up deadline while it is
 * `dispatched`. Each rule names the status, the deadline's column and the column of the first
 * response that meets it; the TypeScript check (a report on screen), the staff lists' filter and
 * the statistics' count are all written from this table.
 */
export const OVERDUE_RULES = [
  { kind: 'verification', status: 'submitted', due: 'verifyDueAt', dueColumn: 'verify_due_at', metColumn: 'first_response_at' },
  { kind: 'follow_up', status: 'dispatched', due: 'followupDueAt', dueColumn: 'followup_due_at', metColumn: 'followed_up_at' },
] as const satisfies readonly {
  kind: string;
  status: ReportStatus;
  due: keyof ReportEntity;
  dueColumn: string;
  metColumn: string;
}[];

export type OverdueKind = (typeof OVERDUE_RULES)[number]['kind'];

/** The deadline a report waits on now, by its status (verification, follow-up), or null. */
export function pendingDeadline(
  r: Pick<ReportEntity, 'status' | 'verifyDueAt' | 'followupDueAt'>,
): { kind: OverdueKind; due: Date } | null {
  const rule = OVERDUE_RULES.find((candidate) => candidate.status === r.status);
  const due = rule ? r[rule.due] : null;
  return rule && due ? { kind: rule.kind, due } : null;
}

/** Which deadline a report is past now, if any. */
export function overdue(r: Pick<ReportEntity, 'status' | 'verifyDueAt' | 'followupDueAt'>, now: number): OverdueKind | null {
  const pending = pendingDeadline(r);
  return pending && pending.due.getTime() < now ? pending.kind : null;
}

/** SQL: the report (alias `r`) is past the deadline it waits on now (the staff lists' filter). */
export function overdueNowSql(alias = 'r'): string {
  return `(${OVERDUE_RULES.map((rule) => `(${alias}.status = '${rule.status}' AND ${alias}.${rule.dueColumn} < now())`).join(' OR ')})`;
}

/**
 * SQL: the report missed a deadline at any time (statistics): its first response came after the
 * deadline, or there has been none and it is past the deadline now (`overdueNowSql`'s rule).
 */
export function everOverdueSql(alias = 'r'): string {
  return `(${OVERDUE_RULES.map(
    (rule) =>
      `${alias}.${rule.metColumn} > ${alias}.${rule.dueColumn}` +
      ` OR (${alias}.${rule.metColumn} IS NULL AND ${alias}.status = '${rule.status}' AND ${alias}.${rule.dueColumn} < now())`,
  ).join(' OR ')})`;
}
