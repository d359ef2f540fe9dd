import { ACTION_RULES, REPORT_ACTIONS, REPORT_STATUSES, ReportStatus, WorkflowState, isListed, nextStatus } from './report-workflow';

const state = (status: ReportStatus, extra: Partial<WorkflowState> = {}): WorkflowState => ({
  status,
  heldFromStatus: null,
  resolvedAt: null,
  reopenCount: 0,
  rating: null,
  ...extra,
});

describe(nextStatus.name, () => {
  it('follows the main path submitted → verified → dispatched → in_progress → resolved → closed', () => {
    expect(nextStatus(state('submitted'), 'verify', ['moderator'])).toBe('verified');
    expect(nextStatus(state('verified'), 'dispatch', ['moderator'])).toBe('dispatched');
    expect(nextStatus(state('dispatched'), 'start', ['handler'])).toBe('in_progress');
    expect(nextStatus(state('in_progress'), 'resolve', ['handler'])).toBe('resolved');
    expect(nextStatus(state('resolved', { resolvedAt: new Date() }), 'confirm', ['reporter'])).toBe('closed');
  });

  it('refuses every action from every status its rule does not list, naming the status', () => {
    for (const action of REPORT_ACTIONS) {
      const rule = ACTION_RULES[action];
      for (const status of REPORT_STATUSES) {
        const result = nextStatus(state(status, { resolvedAt: new Date() }), action, rule.actors);
        if (rule.from.includes(status)) expect({ action, status, result: typeof result }).toEqual({ action, status, result: 'string' });
        else expect({ action, status, result }).toEqual({ action, status, result: { kind: 'illegal', from: status } });
      }
    }
  });

  it('lets only the right kind of actor act', () => {
    expect(nextStatus(state('submitted'), 'verify', ['handler', 'reporter'])).toEqual({ kind: 'forbidden' });
    expect(nextStatus(state('dispatched'), 'start', ['moderator'])).toEqual({ kind: 'forbidden' });
    expect(nextStatus(state('resolved', { resolvedAt: new Date() }), 'confirm', ['moderator', 'handler'])).toEqual({ kind: 'forbidden' });
    expect(nextStatus(state('in_progress'), 'note', ['reporter'])).toEqual({ kind: 'forbidden' });
  });

  it('returns from on_hold to where the report was', () => {
    expect(nextStatus(state('on_hold', { heldFromStatus: 'in_progress' }), 'resume', ['handler'])).toBe('in_progress');
    expect(nextStatus(state('on_hold', { heldFromStatus: 'verified' }), 'resume', ['moderator'])).toBe('verified');
  });

  it('lets the reporter reopen once, and rate once, only what was resolved', () => {
    const resolved = state('resolved', { resolvedAt: new Date() });
    expect(nextStatus(resolved, 'reopen', ['reporter'])).toBe('in_progress');
    expect(nextStatus({ ...resolved, reopenCount: 1 }, 'reopen', ['reporter'])).toEqual({ kind: 'reopen_used' });
    expect(nextStatus(resolved, 'rate', ['reporter'])).toBe('resolved');
    expect(nextStatus({ ...resolved, rating: 4 }, 'rate', ['reporter'])).toEqual({ kind: 'already_rated' });
    // Closed after being redirected elsewhere: nothing to reopen or rate.
    expect(nextStatus(state('closed'), 'reopen', ['reporter'])).toEqual({ kind: 'not_resolved' });
    expect(nextStatus(state('closed'), 'rate', ['reporter'])).toEqual({ kind: 'not_resolved' });
  });

  it('re-dispatches what a department said is not theirs', () => {
    expect(nextStatus(state('in_progress'), 'not_our_authority', ['handler'])).toBe('not_our_authority');
    expect(nextStatus(state('not_our_authority'), 'dispatch', ['moderator'])).toBe('dispatched');
    expect(nextStatus(state('not_our_authority'), 'close', ['moderator'])).toBe('closed');
  });
});

describe(isListed.name, () => {
  it('lists public and anonymous reports once verified, never confidential, rejected or merged ones', () => {
    expect(isListed('public', 'submitted')).toBe(false);
    expect(isListed('public', 'verified')).toBe(true);
    expect(isListed('anonymous', 'resolved')).toBe(true);
    expect(isListed('confidential', 'resolved')).toBe(false);
    expect(isListed('public', 'rejected')).toBe(false);
    expect(isListed('public', 'duplicate')).toBe(false);
  });
});
