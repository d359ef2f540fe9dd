import { monthName } from './forum-labels';

describe(monthName.name, () => {
  it('names the month in the reader’s language', () => {
    expect(monthName('2026-05', 'id-ID')).toBe('Mei 2026');
    expect(monthName('2026-01', 'en-GB')).toBe('January 2026');
  });

  it('leaves anything else as it is', () => {
    expect(monthName('mei', 'id-ID')).toBe('mei');
  });
});
