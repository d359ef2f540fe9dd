import { AuthUser, actsForDepartment, hasRole } from '@walikota/api-platform';
import type { ActorKind } from './report-workflow';
import type { ReportEntity } from './report.entity';

/** What the access rules read of a report. */
export type ReportSubject = Pick<ReportEntity, 'privacy' | 'status' | 'reporterId' | 'departmentId' | 'dispatchedAt' | 'verifiedAt'>;

/**
 * The one publication rule every reader follows (detail, attachments, support and follow, the
 * actions' 404s, lists, similar reports, Open311, the sitemap): a report's content is public once
 * a moderator has verified it, whatever happened later (a merge, a redirection), except while it
 * is rejected; confidential reports never are.
 */
export function contentIsPublic(report: Pick<ReportSubject, 'privacy' | 'status' | 'verifiedAt'>): boolean {
  return report.privacy !== 'confidential' && report.verifiedAt !== null && report.status !== 'rejected';
}

/** In the public lists: public content, and not merged into another report (its original is listed). */
export function isListed(report: Pick<ReportSubject, 'privacy' | 'status' | 'verifiedAt'>): boolean {
  return contentIsPublic(report) && report.status !== 'duplicate';
}

/**
 * Officials of the department the report was dispatched to (admins always, once dispatched):
 * "the staff handling it". Before dispatch no department handles it, not even the category's.
 */
export function handles(user: AuthUser | undefined, report: Pick<ReportSubject, 'departmentId' | 'dispatchedAt'>): boolean {
  return report.dispatchedAt !== null && actsForDepartment(user, report.departmentId, 'official');
}

/** Moderators, admins and the handling department see internal events and every detail. */
export function isStaffFor(user: AuthUser | undefined, report: ReportSubject): boolean {
  return hasRole(user, 'moderator') || handles(user, report);
}

/**
 * Whether the caller may read the report's content: everyone once it is public; before that, and
 * always for confidential reports, only the reporter and the staff (others: 404).
 */
export function canView(user: AuthUser | undefined, report: ReportSubject): boolean {
  return contentIsPublic(report) || user?.id === report.reporterId || isStaffFor(user, report);
}

/**
 * How much of a report the caller may know: `content` (canView), `status` (that it exists and its
 * status: any report that is not confidential) or `nothing` (a confidential report is not found).
 */
export type ReportVisibility = 'content' | 'status' | 'nothing';

export function visibilityOf(user: AuthUser | undefined, report: ReportSubject): ReportVisibility {
  if (canView(user, report)) return 'content';
  return report.privacy === 'confidential' ? 'nothing' : 'status';
}

/** Anonymous reports hide the reporter from the public and from departments; moderators see who filed. */
export function reporterVisible(user: AuthUser | undefined, report: ReportSubject): boolean {
  if (report.privacy === 'public' || user?.id === report.reporterId || hasRole(user, 'moderator')) return true;
  return report.privacy === 'confidential' && handles(user, report);
}

/** What the caller counts as for the workflow on this report. */
export function actorKinds(user: AuthUser | undefined, report: ReportSubject): ActorKind[] {
  const kinds: ActorKind[] = [];
  if (hasRole(user, 'moderator')) kinds.push('moderator');
  if (handles(user, report)) kinds.push('handler');
  if (user && user.id === report.reporterId) kinds.push('reporter');
  return kinds;
}

/** The role written on the timeline: what the caller acted as. */
export function actorRole(user: AuthUser, kinds: readonly ActorKind[]): 'citizen' | 'moderator' | 'official' | 'admin' {
  if (user.roles.includes('admin')) return 'admin';
  if (kinds.includes('handler')) return 'official';
  if (kinds.includes('moderator')) return 'moderator';
  return 'citizen';
}
