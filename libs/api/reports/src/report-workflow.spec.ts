import { ActorKind, ReportAction, ReportStatus, WorkflowState, nextStatus } from './report-workflow';

const state = (status: ReportStatus, extra: Partial<WorkflowState> = {}): WorkflowState => ({
  status,
  heldFromStatus: null,
  resolvedAt: null,
  reopenCount: 0,
  rating: null,
  ...extra,
});
const RESOLVED_AT = new Date('2026-03-02T03:00:00Z');

/**
 * The states of the matrix's columns. `closed` twice: after a resolution (the reporter may still
 * reopen or rate) and after a redirection (nothing to reopen). `on_hold` twice: held by the
 * moderators before dispatch, and by the department while handling it.
 */
const COLUMNS = {
  submitted: state('submitted'),
  verified: state('verified'),
  dispatched: state('dispatched'),
  in_progress: state('in_progress'),
  resolved: state('resolved', { resolvedAt: RESOLVED_AT }),
  closed: state('closed', { resolvedAt: RESOLVED_AT }),
  closed_redirected: state('closed'),
  rejected: state('rejected'),
  held_verified: state('on_hold', { heldFromStatus: 'verified' }),
  held_dispatched: state('on_hold', { heldFromStatus: 'dispatched' }),
  not_our_authority: state('not_our_authority'),
  duplicate: state('duplicate'),
};
const COLUMN_NAMES = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];

/** Who acts: one kind each, admins (moderator and, once dispatched, handler), and someone who is none. */
const ACTORS: Record<string, ActorKind[]> = {
  moderator: ['moderator'],
  handler: ['handler'],
  reporter: ['reporter'],
  admin: ['moderator', 'handler'],
  nobody: [],
};

/** A cell: the new status, or 403 (not this actor's action), 409 (not from this status), or why not. */
type Cell = ReportStatus | 403 | 409 | 'not_resolved';
type Row = [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];

// prettier-ignore
const MATRIX: Record<ReportAction, Record<keyof typeof ACTORS, Row>> = {
  //                submitted    verified     dispatched   in_progress  resolved     closed       closed_redir rejected     held_verif.  held_disp.   not_our_auth duplicate
  verify: {
    moderator:     ['verified',  409,         409,         409,         409,         409,         409,         409,         409,         409,         409,         409],
    handler:       [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    reporter:      [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    admin:         ['verified',  409,         409,         409,         409,         409,         409,         409,         409,         409,         409,         409],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  reject: {
    moderator:     ['rejected',  'rejected',  409,         409,         409,         409,         409,         409,         409,         409,         409,         409],
    handler:       [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    reporter:      [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    admin:         ['rejected',  'rejected',  409,         409,         409,         409,         409,         409,         409,         409,         409,         409],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  dispatch: {
    moderator:     [409,         'dispatched', 409,        409,         409,         409,         409,         409,         409,         409,         'dispatched', 409],
    handler:       [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    reporter:      [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    admin:         [409,         'dispatched', 409,        409,         409,         409,         409,         409,         409,         409,         'dispatched', 409],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  start: {
    moderator:     [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    handler:       [409,         409,         'in_progress', 409,       409,         409,         409,         409,         409,         409,         409,         409],
    reporter:      [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    admin:         [409,         409,         'in_progress', 409,       409,         409,         409,         409,         409,         409,         409,         409],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  resolve: {
    moderator:     [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    handler:       [409,         409,         'resolved',  'resolved',  409,         409,         409,         409,         409,         409,         409,         409],
    reporter:      [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    admin:         [409,         409,         'resolved',  'resolved',  409,         409,         409,         409,         409,         409,         409,         409],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  hold: {
    moderator:     [409,         'on_hold',   409,         409,         409,         409,         409,         409,         409,         409,         409,         409],
    handler:       [409,         409,         'on_hold',   'on_hold',   409,         409,         409,         409,         409,         409,         409,         409],
    reporter:      [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    admin:         [409,         'on_hold',   'on_hold',   'on_hold',   409,         409,         409,         409,         409,         409,         409,         409],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  resume: {
    moderator:     [409,         409,         409,         409,         409,         409,         409,         409,         'verified',  403,         409,         409],
    handler:       [409,         409,         409,         409,         409,         409,         409,         409,         403,         'dispatched', 409,        409],
    reporter:      [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    admin:         [409,         409,         409,         409,         409,         409,         409,         409,         'verified',  'dispatched', 409,        409],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  not_our_authority: {
    moderator:     [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    handler:       [409,         409,         'not_our_authority', 'not_our_authority', 409, 409,   409,         409,         409,         409,         409,         409],
    reporter:      [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    admin:         [409,         409,         'not_our_authority', 'not_our_authority', 409, 409,   409,         409,         409,         409,         409,         409],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  mark_duplicate: {
    moderator:     ['duplicate', 'duplicate', 'duplicate', 'duplicate', 409,         409,         409,         409,         'duplicate', 'duplicate', 409,         409],
    handler:       [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    reporter:      [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    admin:         ['duplicate', 'duplicate', 'duplicate', 'duplicate', 409,         409,         409,         409,         'duplicate', 'duplicate', 409,         409],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  close: {
    moderator:     [409,         409,         409,         409,         409,         409,         409,         409,         409,         409,         'closed',    409],
    handler:       [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    reporter:      [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    admin:         [409,         409,         409,         409,         409,         409,         409,         409,         409,         409,         'closed',    409],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  confirm: {
    moderator:     [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    handler:       [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    reporter:      [409,         409,         409,         409,         'closed',    409,         409,         409,         409,         409,         409,         409],
    admin:         [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  reopen: {
    moderator:     [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    handler:       [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    reporter:      [409,         409,         409,         409,         'in_progress', 'in_progress', 'not_resolved', 409,   409,         409,         409,         409],
    admin:         [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  rate: {
    moderator:     [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    handler:       [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    reporter:      [409,         409,         409,         409,         'resolved',  'closed',    'not_resolved', 409,       409,         409,         409,         409],
    admin:         [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
  note: {
    moderator:     ['submitted', 'verified',  'dispatched', 'in_progress', 'resolved', 'closed',    'closed',    'rejected',  'on_hold',   'on_hold',   'not_our_authority', 'duplicate'],
    handler:       ['submitted', 'verified',  'dispatched', 'in_progress', 'resolved', 'closed',    'closed',    'rejected',  'on_hold',   'on_hold',   'not_our_authority', 'duplicate'],
    reporter:      [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
    admin:         ['submitted', 'verified',  'dispatched', 'in_progress', 'resolved', 'closed',    'closed',    'rejected',  'on_hold',   'on_hold',   'not_our_authority', 'duplicate'],
    nobody:        [403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403,         403],
  },
};

/** nextStatus's answer in the matrix's words. */
function outcome(result: ReturnType<typeof nextStatus>): Cell | string {
  if (typeof result === 'string') return result;
  if (result.kind === 'forbidden') return 403;
  if (result.kind === 'illegal') return 409;
  return result.kind;
}

describe(`${nextStatus.name}: action × actor × status`, () => {
  const cells = (Object.keys(MATRIX) as ReportAction[]).flatMap((action) =>
    Object.entries(MATRIX[action]).map(([actor, row]) => [action, actor, row] as const),
  );

  it.each(cells)('%s by %s', (action, actor, row) => {
    const actual = COLUMN_NAMES.map((column) => [column, outcome(nextStatus(COLUMNS[column], action, ACTORS[actor]))]);
    expect(actual).toEqual(COLUMN_NAMES.map((column, i) => [column, row[i]]));
  });

  it('names the status an action is not possible from', () => {
    expect(nextStatus(state('resolved', { resolvedAt: RESOLVED_AT }), 'verify', ['moderator'])).toEqual({
      kind: 'illegal',
      from: 'resolved',
    });
  });
});

describe(`${nextStatus.name}: the reporter’s once-only answers`, () => {
  const resolved = state('resolved', { resolvedAt: RESOLVED_AT });

  it('reopens once', () => {
    expect(nextStatus({ ...resolved, reopenCount: 1 }, 'reopen', ['reporter'])).toEqual({ kind: 'reopen_used' });
    expect(nextStatus({ ...resolved, status: 'closed', reopenCount: 1 }, 'reopen', ['reporter'])).toEqual({ kind: 'reopen_used' });
  });

  it('rates once', () => {
    expect(nextStatus({ ...resolved, rating: 4 }, 'rate', ['reporter'])).toEqual({ kind: 'already_rated' });
    expect(nextStatus({ ...resolved, status: 'closed', rating: 4 }, 'rate', ['reporter'])).toEqual({ kind: 'already_rated' });
  });

  it('resumes to in_progress what the department held while working on it', () => {
    expect(nextStatus(state('on_hold', { heldFromStatus: 'in_progress' }), 'resume', ['handler'])).toBe('in_progress');
    expect(nextStatus(state('on_hold', { heldFromStatus: 'in_progress' }), 'resume', ['moderator'])).toEqual({ kind: 'forbidden' });
  });
});
