import type { ReportActionDto } from '@walikota/shared-contracts';
import { ConflictDomainException, FieldDomainException } from '@walikota/api-platform';
import type { ReportEntity } from './report.entity';
import type { ReportAction } from './report-workflow';

/** What an action's effect may read and change: the locked report, the request, the clock and deadlines. */
export interface EffectContext {
  report: ReportEntity;
  dto: ReportActionDto;
  now: Date;
  /** When a dispatched or reopened report is due for follow-up, and a resolved one closes on its own. */
  followUpDue: Date;
  autoCloseDue: Date;
  /** The department a dispatch names exists (looked up before the transaction); true when it names none. */
  departmentKnown: boolean;
  /** Written into the timeline event's data (and the audit entry's `after`). */
  data: Record<string, string | number | null>;
  /** The department the event speaks for; a dispatch names the one it goes to. */
  speaksFor(departmentId: string): void;
  /** Merges the report into another (mark_duplicate); returns the other's code. */
  merge(code: string): Promise<string>;
  /** Claims the resolving official's "after" photos for the report. */
  claimResolutionPhotos(uploadIds: string[]): Promise<void>;
}

export type Effect = (context: EffectContext) => void | Promise<void>;

/**
 * What each action does to a report besides its status (the workflow's `ACTION_RULES` decide
 * who may take it and where it leads): one small effect per action, in one table, so that an
 * action added to the workflow has to say here what it changes.
 */
export const ACTION_EFFECTS: Record<ReportAction, Effect> = {
  verify: ({ report, now }) => {
    report.verifiedAt ??= now;
  },
  reject: ({ report, dto, data }) => {
    report.rejectReason = dto.reasonCode ?? null;
    data['reasonCode'] = report.rejectReason;
  },
  dispatch: ({ report, dto, now, followUpDue, departmentKnown, data, speaksFor }) => {
    const departmentId = dto.departmentId ?? report.departmentId;
    if (!departmentId) throw new FieldDomainException('departmentId', 'department_required');
    // The report's own department exists (foreign key); a named one was looked up beforehand.
    if (departmentId === dto.departmentId && !departmentKnown) throw new FieldDomainException('departmentId', 'department_not_found');
    report.departmentId = departmentId;
    report.dispatchedAt = now;
    report.followedUpAt = null;
    report.followupDueAt = followUpDue;
    data['departmentId'] = departmentId;
    speaksFor(departmentId);
  },
  start: () => undefined,
  resolve: async ({ report, dto, now, autoCloseDue, claimResolutionPhotos }) => {
    report.resolvedAt = now;
    report.autocloseAt = autoCloseDue;
    // "After" photos: the resolving official's own uploads, claimed with the change (or not at all).
    if (dto.attachmentIds?.length) await claimResolutionPhotos(dto.attachmentIds);
  },
  hold: ({ report }) => {
    report.heldFromStatus = report.status;
  },
  resume: ({ report }) => {
    report.heldFromStatus = null;
  },
  not_our_authority: ({ report, dto, data }) => {
    report.externalAgency = dto.externalAgency ?? null;
    data['externalAgency'] = report.externalAgency;
  },
  mark_duplicate: async ({ dto, data, merge }) => {
    data['duplicateOf'] = await merge(dto.duplicateOf ?? '');
  },
  close: () => undefined,
  // "Sudah selesai? Ya": closing and, if given, rating in one event.
  confirm: (context) => rate(context),
  // "Sudah selesai? Belum": back to the department, which has the follow-up time again.
  reopen: ({ report, followUpDue }) => {
    report.reopenCount += 1;
    report.closedAt = null;
    report.autocloseAt = null;
    report.followedUpAt = null;
    report.followupDueAt = followUpDue;
  },
  rate: (context) => rate(context),
  note: () => undefined,
};

function rate({ report, dto, data }: EffectContext): void {
  if (dto.rating === undefined) return;
  if (report.rating !== null) throw new ConflictDomainException('already_rated');
  report.rating = dto.rating;
  report.ratingComment = dto.note ?? null;
  data['rating'] = report.rating;
}
