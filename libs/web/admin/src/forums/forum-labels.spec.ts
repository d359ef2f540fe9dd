import { stateTone, threadOf, waitedFor } from './forum-labels';

describe('forum labels', () => {
  const t = (key: string, params: Record<string, string | number>) => `${key.split('.').pop()}:${params['count']}`;
  const now = Date.parse('2026-03-10T12:00:00Z');

  it('says how long an item waited in its largest whole unit', () => {
    expect(waitedFor('2026-03-10T12:00:30Z', now, t)).toBe('minutes:0');
    expect(waitedFor('2026-03-10T11:15:00Z', now, t)).toBe('minutes:45');
    expect(waitedFor('2026-03-10T11:00:00Z', now, t)).toBe('hours:1');
    expect(waitedFor('2026-03-08T13:00:00Z', now, t)).toBe('hours:47');
    expect(waitedFor('2026-03-08T12:00:00Z', now, t)).toBe('days:2');
    expect(waitedFor(new Date('2026-02-08T12:00:00Z'), now, t)).toBe('days:30');
  });

  it('reads the thread and post of a forum address', () => {
    expect(threadOf('/forum/t/12#3')).toEqual({ number: 12, post: 3 });
    expect(threadOf('/forum/t/7')).toEqual({ number: 7, post: null });
    expect(threadOf('/balai-kota/rapat/3#q')).toBeNull();
  });

  it('tones states', () => {
    expect(['visible', 'hidden', 'pending', 'rejected', 'deleted'].map(stateTone)).toEqual([
      'success',
      'danger',
      'warning',
      'danger',
      'neutral',
    ]);
  });
});
