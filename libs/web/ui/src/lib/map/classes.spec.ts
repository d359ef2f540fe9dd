import { WK_MAP_PALETTE, classBreaks, classIndex, paletteIndex } from './classes';

describe(classBreaks.name, () => {
  it('gives zero its own class and splits the positive counts at quantiles, without gaps or overlaps', () => {
    const counts = [...Array(150).fill(0), ...Array(10).fill(1), ...Array(5).fill(2), 3, 3, 3, 7, 12];
    expect(classBreaks(counts)).toEqual([
      { min: 0, max: 0 },
      { min: 1, max: 1 },
      { min: 2, max: 2 },
      { min: 3, max: 3 },
      { min: 4, max: 12 },
    ]);
  });

  it('splits counts without zeros into five classes of about equal size', () => {
    const counts = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(classBreaks(counts)).toEqual([
      { min: 1, max: 20 },
      { min: 21, max: 40 },
      { min: 41, max: 60 },
      { min: 61, max: 80 },
      { min: 81, max: 100 },
    ]);
  });

  it('gives each value its own class when there are no more distinct values than classes', () => {
    expect(classBreaks([0, 0, 3, 1, 3])).toEqual([
      { min: 0, max: 0 },
      { min: 1, max: 1 },
      { min: 3, max: 3 },
    ]);
    expect(classBreaks([0, 0, 0])).toEqual([{ min: 0, max: 0 }]);
  });

  it('makes fewer classes rather than empty ones when many areas share a value', () => {
    expect(classBreaks([1, 2, 3, 4, 5, ...Array(20).fill(100)])).toEqual([
      { min: 1, max: 5 },
      { min: 6, max: 100 },
    ]);
    const classes = classBreaks([0, ...Array(8).fill(1), 2, 3, 4, 9]);
    expect(classes[0]).toEqual({ min: 0, max: 0 });
    for (let i = 1; i < classes.length; i++) expect(classes[i].min).toBe(classes[i - 1].max + 1);
    expect(classes[classes.length - 1].max).toBe(9);
  });

  it('uses equal intervals for numbers that are not whole', () => {
    expect(classBreaks([0.5, 1, 1.5, 2, 2.5, 3])).toEqual([
      { min: 0.5, max: 1 },
      { min: 1, max: 1.5 },
      { min: 1.5, max: 2 },
      { min: 2, max: 2.5 },
      { min: 2.5, max: 3 },
    ]);
  });

  it('has no classes without values', () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([NaN, Infinity])).toEqual([]);
  });
});

describe(classIndex.name, () => {
  const classes = classBreaks([0, 1, 2, 3, 5, 8, 13, 21, 34]);

  it('finds the class of a value, and none for a missing value', () => {
    expect(classIndex(0, classes)).toBe(0);
    expect(classIndex(34, classes)).toBe(classes.length - 1);
    expect(classIndex(null, classes)).toBeNull();
    expect(classIndex(undefined, classes)).toBeNull();
    expect(classIndex(3, [])).toBeNull();
  });
});

describe(paletteIndex.name, () => {
  it('spreads fewer classes over the palette from lightest to darkest', () => {
    expect([0, 1, 2, 3, 4].map((i) => paletteIndex(i, 5))).toEqual([0, 1, 2, 3, 4]);
    expect([0, 1].map((i) => paletteIndex(i, 2))).toEqual([0, 4]);
    expect([0, 1, 2].map((i) => paletteIndex(i, 3))).toEqual([0, 2, 4]);
    expect(paletteIndex(0, 1)).toBe(0);
    expect(WK_MAP_PALETTE).toHaveLength(5);
  });
});
