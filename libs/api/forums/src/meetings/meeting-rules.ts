import type { AuthUser } from '@walikota/api-platform';
import type { MeetingCommitmentStatus, MeetingStatus } from '@walikota/shared-contracts';

/**
 * Town-hall meeting rules as pure functions (docs/product.md, "Town-hall meetings"): which status
 * changes exist and who may make them, what a meeting takes in each status, who runs its door and
 * its questions, how a commitment moves, and when it is overdue. Services and tests use these,
 * never a copy.
 */

/**
 * How the caller stands to one meeting. `organiser`: an official of the organising department;
 * `staff`: a moderator (city-wide, like in the forums).
 */
export type MeetingActor = 'organiser' | 'admin' | 'moderator' | 'citizen';

/**
 * Every status change: where from, where to, who may make it. A meeting that has started is not
 * cancelled: it is concluded, and its minutes say how it ended.
 */
export const MEETING_TRANSITIONS = {
  start: { from: ['scheduled'], to: 'live', by: ['organiser', 'admin'] },
  conclude: { from: ['live'], to: 'concluded', by: ['organiser', 'admin'] },
  cancel: { from: ['scheduled'], to: 'cancelled', by: ['organiser', 'admin'] },
} as const satisfies Record<string, { from: readonly MeetingStatus[]; to: MeetingStatus; by: readonly MeetingActor[] }>;
export type MeetingTransition = keyof typeof MEETING_TRANSITIONS;

export type MeetingTransitionCheck = { ok: true; to: MeetingStatus } | { ok: false; kind: 'illegal' | 'forbidden' };

/** Whether `actors` may make `transition` from `status`; `forbidden` wins over `illegal` (who may not act learns nothing of the state). */
export function checkMeetingTransition(
  transition: MeetingTransition,
  status: MeetingStatus,
  actors: readonly MeetingActor[],
): MeetingTransitionCheck {
  const rule = MEETING_TRANSITIONS[transition];
  if (!actors.some((a) => (rule.by as readonly MeetingActor[]).includes(a))) return { ok: false, kind: 'forbidden' };
  if (!(rule.from as readonly MeetingStatus[]).includes(status)) return { ok: false, kind: 'illegal' };
  return { ok: true, to: rule.to };
}

/** Who the caller is to a meeting of `departmentId`. */
export function meetingActors(user: AuthUser | undefined, departmentId: string): MeetingActor[] {
  if (!user) return [];
  const actors: MeetingActor[] = [];
  if (user.roles.includes('official') && user.departmentIds.includes(departmentId)) actors.push('organiser');
  if (user.roles.includes('admin')) actors.push('admin');
  if (user.roles.includes('moderator')) actors.push('moderator');
  if (user.roles.includes('citizen')) actors.push('citizen');
  return actors;
}

/** Edits the meeting (details, time, venue, agenda): its organisers and admins. */
export function mayManage(actors: readonly MeetingActor[]): boolean {
  return actors.includes('organiser') || actors.includes('admin');
}

/** Runs the door and the questions (check-in; answered, merge, hide): organisers, moderators, admins. */
export function mayRunFloor(actors: readonly MeetingActor[]): boolean {
  return mayManage(actors) || actors.includes('moderator');
}

/** The details, time, venue and agenda change only before the meeting starts. */
export function isEditable(status: MeetingStatus): boolean {
  return status === 'scheduled';
}

/** Places are taken and given up before the meeting starts. */
export function takesRegistrations(status: MeetingStatus): boolean {
  return status === 'scheduled';
}

/** People are checked in at the door: shortly before (still scheduled) and during. */
export function takesCheckIns(status: MeetingStatus): boolean {
  return status === 'scheduled' || status === 'live';
}

/** Questions are asked and voted on before and during the meeting. */
export function takesQuestions(status: MeetingStatus): boolean {
  return status === 'scheduled' || status === 'live';
}

/** Where a commitment may go from each status: done and dropped are final. */
export const COMMITMENT_TRANSITIONS: Record<MeetingCommitmentStatus, readonly MeetingCommitmentStatus[]> = {
  open: ['in_progress', 'done', 'dropped'],
  in_progress: ['done', 'dropped'],
  done: [],
  dropped: [],
};

export function commitmentMayMove(from: MeetingCommitmentStatus, to: MeetingCommitmentStatus): boolean {
  return COMMITMENT_TRANSITIONS[from].includes(to);
}

/** A commitment's status is changed by officials of the department it names, and admins. */
export function mayChangeCommitment(user: AuthUser | undefined, departmentId: string): boolean {
  if (!user) return false;
  if (user.roles.includes('admin')) return true;
  return user.roles.includes('official') && user.departmentIds.includes(departmentId);
}

/**
 * Overdue: its due date (a calendar date in the city) has passed — `today` is the city's date,
 * `YYYY-MM-DD` — and it is neither done nor dropped. Due today is not overdue yet.
 */
export function commitmentOverdue(c: { status: MeetingCommitmentStatus; dueDate: string }, today: string): boolean {
  return c.dueDate < today && c.status !== 'done' && c.status !== 'dropped';
}

/** The SQL form of `commitmentOverdue`, for lists filtered by it (`$today` the city's date). */
export const COMMITMENT_OVERDUE_SQL = (alias: string, today: string) =>
  `(${alias}.due_date < ${today} AND ${alias}.status NOT IN ('done', 'dropped'))`;

/** The city's calendar date of an instant, `YYYY-MM-DD`. */
export function cityDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
