/**
 * CHECK constraints written from the lists the code validates with, so that a value added to a
 * list cannot be forgotten in the database (the migrations generator then sees the change).
 * The text is exactly what a hand-written `"column" IN ('a', 'b')` would be.
 */

/** `'a', 'b'`: SQL string literals of plain identifiers (the lists are code constants, never input). */
export function sqlLiterals(values: readonly string[]): string {
  for (const value of values) if (!/^[a-z0-9_./-]+$/i.test(value)) throw new Error(`Not a plain value for a CHECK constraint: ${value}`);
  return values.map((value) => `'${value}'`).join(', ');
}

/** `"column" IN ('a', 'b')`. */
export function checkIn(column: string, values: readonly string[]): string {
  return `"${column}" IN (${sqlLiterals(values)})`;
}
