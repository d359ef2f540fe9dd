import { AuthUser, actsForDepartment, hasRole } from '@walikota/api-platform';
import type { ActorKind } from './report-workflow';
import type { ReportEntity } from './report.entity';

type Subject = Pick<ReportEntity, 'privacy' | 'reporterId' | 'departmentId'>;

/** Officials of the department the report is with (admins always). */
export function handles(user: AuthUser | undefined, report: Subject): boolean {
  return actsForDepartment(user, report.departmentId, 'official');
}

/** Moderators, admins and the handling department see internal events and every detail. */
export function isStaffFor(user: AuthUser | undefined, report: Subject): boolean {
  return hasRole(user, 'moderator') || handles(user, report);
}

/** Confidential reports exist only for the reporter and the staff handling them (others: 404). */
export function canView(user: AuthUser | undefined, report: Subject): boolean {
  return report.privacy !== 'confidential' || user?.id === report.reporterId || isStaffFor(user, report);
}

/** Anonymous reports hide the reporter from the public and from departments; moderators see who filed. */
export function reporterVisible(user: AuthUser | undefined, report: Subject): boolean {
  if (report.privacy === 'public' || user?.id === report.reporterId || hasRole(user, 'moderator')) return true;
  return report.privacy === 'confidential' && handles(user, report);
}

/** What the caller counts as for the workflow on this report. */
export function actorKinds(user: AuthUser | undefined, report: Subject): ActorKind[] {
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
