import { everOverdueSql, overdue, overdueNowSql } from './report-overdue';

const NOW = Date.parse('2026-06-10T00:00:00Z');
const past = new Date(NOW - 1000);
const future = new Date(NOW + 1000);

describe('overdue, one definition', () => {
  it.each([
    ['submitted', past, null, 'verification'],
    ['submitted', future, null, null],
    ['dispatched', future, past, 'follow_up'],
    ['dispatched', past, future, null],
    ['in_progress', past, past, null],
    ['verified', past, null, null],
  ] as const)('%s, verify due %s, follow-up due %s: %s', (status, verifyDueAt, followupDueAt, expected) => {
    expect(overdue({ status, verifyDueAt, followupDueAt }, NOW)).toBe(expected);
  });

  it('writes the same rules as SQL, for the lists and for the statistics', () => {
    expect(overdueNowSql('r')).toBe(
      "((r.status = 'submitted' AND r.verify_due_at < now()) OR (r.status = 'dispatched' AND r.followup_due_at < now()))",
    );
    expect(everOverdueSql('x')).toContain("x.first_response_at IS NULL AND x.status = 'submitted' AND x.verify_due_at < now()");
    expect(everOverdueSql('x')).toContain('x.followed_up_at > x.followup_due_at');
  });
});
