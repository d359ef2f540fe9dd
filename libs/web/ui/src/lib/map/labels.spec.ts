import { labelWidth, placeLabels } from './labels';

describe(placeLabels.name, () => {
  it('keeps labels in order of importance and drops those that would overlap a kept one', () => {
    const labels = [
      { x: 100, y: 100, width: 80, height: 14 },
      // Overlaps the first: dropped.
      { x: 130, y: 105, width: 60, height: 14 },
      // Beside the first, apart by more than the gap: kept.
      { x: 200, y: 100, width: 60, height: 14 },
      // Below the first: kept.
      { x: 100, y: 125, width: 80, height: 14 },
    ];
    expect(placeLabels(labels)).toEqual([0, 2, 3]);
    expect(placeLabels([])).toEqual([]);
  });
});

describe(labelWidth.name, () => {
  it('grows with the text', () => {
    expect(labelWidth('Pleburan')).toBeLessThan(labelWidth('Semarang Selatan'));
    expect(labelWidth('')).toBe(4);
  });
});
