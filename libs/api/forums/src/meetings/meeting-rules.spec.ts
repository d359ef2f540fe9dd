import type { AuthUser } from '@walikota/api-platform';
import {
  MeetingActor,
  MeetingTransition,
  checkMeetingTransition,
  cityDate,
  commitmentMayMove,
  commitmentOverdue,
  mayChangeCommitment,
  mayManage,
  mayRunFloor,
  meetingActors,
  takesCheckIns,
  takesQuestions,
  takesRegistrations,
} from './meeting-rules';
import { MEETING_COMMITMENT_STATUSES, MEETING_STATUSES } from '@walikota/shared-contracts';
import type { MeetingCommitmentStatus, MeetingStatus } from '@walikota/shared-contracts';

// Written out cell by cell from docs/product.md ("Town-hall meetings"), not derived from
// MEETING_TRANSITIONS: transition × status × actor → ok (and where to), illegal, or forbidden.
// A meeting that is live cannot be cancelled; only organisers and admins move a meeting.
type Cell = MeetingStatus | 'illegal' | 'forbidden';
const F = 'forbidden' as const;
const I = 'illegal' as const;
// Columns: organiser, admin, moderator, citizen.
const MATRIX: Record<MeetingTransition, Record<MeetingStatus, [Cell, Cell, Cell, Cell]>> = {
  start: {
    scheduled: ['live', 'live', F, F],
    live: [I, I, F, F],
    concluded: [I, I, F, F],
    cancelled: [I, I, F, F],
  },
  conclude: {
    scheduled: [I, I, F, F],
    live: ['concluded', 'concluded', F, F],
    concluded: [I, I, F, F],
    cancelled: [I, I, F, F],
  },
  cancel: {
    scheduled: ['cancelled', 'cancelled', F, F],
    live: [I, I, F, F],
    concluded: [I, I, F, F],
    cancelled: [I, I, F, F],
  },
};
const ACTORS: MeetingActor[] = ['organiser', 'admin', 'moderator', 'citizen'];

describe('meeting transitions', () => {
  for (const transition of Object.keys(MATRIX) as MeetingTransition[]) {
    for (const status of MEETING_STATUSES) {
      ACTORS.forEach((actor, column) => {
        const expected = MATRIX[transition][status][column];
        it(`${transition} from ${status} by ${actor}: ${expected}`, () => {
          const result = checkMeetingTransition(transition, status, [actor]);
          if (expected === 'illegal' || expected === 'forbidden') expect(result).toEqual({ ok: false, kind: expected });
          else expect(result).toEqual({ ok: true, to: expected });
        });
      });
    }
  }
});

const user = (roles: AuthUser['roles'], departmentIds: string[] = []): AuthUser => ({
  id: 'u',
  roles,
  departmentIds,
  language: 'id',
  via: 'session',
});

describe('who is who to a meeting of DPU', () => {
  // caller → [actors, may manage, may run the floor]
  const CASES: [string, AuthUser | undefined, MeetingActor[], boolean, boolean][] = [
    ['visitor', undefined, [], false, false],
    ['citizen', user(['citizen']), ['citizen'], false, false],
    ['moderator', user(['citizen', 'moderator']), ['moderator', 'citizen'], false, true],
    ['official of DPU', user(['citizen', 'official'], ['dpu']), ['organiser', 'citizen'], true, true],
    ['official of DLH', user(['citizen', 'official'], ['dlh']), ['citizen'], false, false],
    ['moderator who belongs to DPU', user(['moderator'], ['dpu']), ['moderator'], false, true],
    ['admin', user(['admin']), ['admin'], true, true],
  ];
  for (const [name, caller, actors, manage, floor] of CASES) {
    it(name, () => {
      expect(meetingActors(caller, 'dpu')).toEqual(actors);
      expect(mayManage(meetingActors(caller, 'dpu'))).toBe(manage);
      expect(mayRunFloor(meetingActors(caller, 'dpu'))).toBe(floor);
    });
  }
});

describe('what a meeting takes in each status', () => {
  // status → [registrations, check-ins, questions]
  const TAKES: Record<MeetingStatus, [boolean, boolean, boolean]> = {
    scheduled: [true, true, true],
    live: [false, true, true],
    concluded: [false, false, false],
    cancelled: [false, false, false],
  };
  for (const status of MEETING_STATUSES) {
    it(status, () => {
      expect([takesRegistrations(status), takesCheckIns(status), takesQuestions(status)]).toEqual(TAKES[status]);
    });
  }
});

describe('commitments', () => {
  // from → the statuses it may go to.
  const MOVES: Record<MeetingCommitmentStatus, MeetingCommitmentStatus[]> = {
    open: ['in_progress', 'done', 'dropped'],
    in_progress: ['done', 'dropped'],
    done: [],
    dropped: [],
  };
  for (const from of MEETING_COMMITMENT_STATUSES)
    for (const to of MEETING_COMMITMENT_STATUSES)
      it(`${from} → ${to}: ${MOVES[from].includes(to)}`, () => expect(commitmentMayMove(from, to)).toBe(MOVES[from].includes(to)));

  it('is overdue once its due date has passed, unless done or dropped', () => {
    expect(commitmentOverdue({ status: 'open', dueDate: '2026-12-04' }, '2026-12-05')).toBe(true);
    expect(commitmentOverdue({ status: 'in_progress', dueDate: '2026-12-04' }, '2026-12-05')).toBe(true);
    expect(commitmentOverdue({ status: 'open', dueDate: '2026-12-05' }, '2026-12-05')).toBe(false);
    expect(commitmentOverdue({ status: 'done', dueDate: '2026-01-01' }, '2026-12-05')).toBe(false);
    expect(commitmentOverdue({ status: 'dropped', dueDate: '2026-01-01' }, '2026-12-05')).toBe(false);
  });

  it('is moved by officials of its department and admins only', () => {
    expect(mayChangeCommitment(user(['citizen', 'official'], ['dpu']), 'dpu')).toBe(true);
    expect(mayChangeCommitment(user(['citizen', 'official'], ['dlh']), 'dpu')).toBe(false);
    expect(mayChangeCommitment(user(['citizen', 'moderator'], ['dpu']), 'dpu')).toBe(false);
    expect(mayChangeCommitment(user(['admin']), 'dpu')).toBe(true);
    expect(mayChangeCommitment(undefined, 'dpu')).toBe(false);
  });

  it('takes "today" in the city, not in UTC', () => {
    // 17:30 UTC on the 4th is 00:30 on the 5th in Jakarta.
    expect(cityDate(new Date('2026-12-04T17:30:00Z'), 'Asia/Jakarta')).toBe('2026-12-05');
    expect(cityDate(new Date('2026-12-04T16:59:59Z'), 'Asia/Jakarta')).toBe('2026-12-04');
  });
});
