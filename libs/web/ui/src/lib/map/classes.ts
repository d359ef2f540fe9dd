/** One class of a choropleth: the values from `min` to `max`, both included. */
export interface WkMapClass {
  min: number;
  max: number;
}

/**
 * ColorBrewer's 5-class "Blues": one hue from light to dark, told apart by lightness, so it reads
 * the same with any colour vision (and in greyscale). Area labels carry a white halo, so their
 * text stays readable on every class. The legend and the table say the same in words.
 */
export const WK_MAP_PALETTE = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/**
 * At most `count` classes for a choropleth. Whole numbers (counts) get whole-number ranges that
 * do not overlap ("0", "1–2", "3–5"…): zero its own class when there are zeros (no reports at
 * all reads differently from a few), the rest split at quantiles, so each class holds about as
 * many areas. With no more distinct values than classes, each value is its own class. Other
 * numbers get equal intervals. No values: no classes.
 */
export function classBreaks(values: readonly number[], count = 5): WkMapClass[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length || count < 1) return [];
  const distinct = [...new Set(sorted)];
  if (distinct.length <= count) return distinct.map((v) => ({ min: v, max: v }));
  if (!sorted.every(Number.isInteger)) {
    const [min, max] = [sorted[0], sorted[sorted.length - 1]];
    const step = (max - min) / count;
    return Array.from({ length: count }, (_, i) => ({ min: min + step * i, max: i === count - 1 ? max : min + step * (i + 1) }));
  }
  const classes: WkMapClass[] = [];
  let rest = sorted;
  let slots = count;
  if (sorted[0] === 0 && sorted[sorted.length - 1] > 0) {
    classes.push({ min: 0, max: 0 });
    rest = sorted.filter((v) => v > 0);
    slots -= 1;
  }
  let min = rest[0];
  const max = rest[rest.length - 1];
  for (let i = 1; i <= slots && min <= max; i++) {
    // The value at the i-th quantile closes the class (the last class closes at the maximum).
    const upper = i === slots ? max : Math.max(min, rest[Math.min(rest.length - 1, Math.ceil((rest.length * i) / slots) - 1)]);
    classes.push({ min, max: upper });
    min = upper + 1;
  }
  return classes;
}

/** The class a value falls in; null for no value (drawn as "no data"). */
export function classIndex(value: number | null | undefined, classes: readonly WkMapClass[]): number | null {
  if (value === null || value === undefined || !Number.isFinite(value) || !classes.length) return null;
  return classes.findIndex((c, i) => value <= c.max || i === classes.length - 1);
}

/** The palette colour (0–4) of class `index` of `count`: spread from the lightest to the darkest. */
export function paletteIndex(index: number, count: number): number {
  const last = WK_MAP_PALETTE.length - 1;
  if (count <= 1) return 0;
  return Math.round((index * last) / (count - 1));
}
