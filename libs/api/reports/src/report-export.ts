/**
 * Open data (docs/product.md: every public list exports to CSV/JSON): the public list of reports as a
 * file. Columns are stable machine-readable names; the values are what the public list shows,
 * never who filed a report.
 */
export const EXPORT_COLUMNS = [
  'code',
  'type',
  'status',
  'title',
  'description',
  'category',
  'kecamatan',
  'kelurahan',
  'department',
  'created_at',
  'support_count',
  'latitude',
  'longitude',
  'url',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string | number | null>;

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A spreadsheet reads a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180), defused so that a spreadsheet shows text and never runs a formula. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file, piece by piece, from batches of rows: CSV (with a BOM, for spreadsheets) or a JSON array. */
export async function* serializeExport(format: ExportFormat, batches: AsyncIterable<ExportRow[]>): AsyncGenerator<string> {
  if (format === 'csv') {
    yield `\uFEFF${EXPORT_COLUMNS.join(',')}\r\n`;
    for await (const rows of batches) {
      if (rows.length) yield rows.map((row) => EXPORT_COLUMNS.map((column) => csvField(row[column])).join(',') + '\r\n').join('');
    }
    return;
  }
  yield '[';
  let first = true;
  for await (const rows of batches) {
    if (!rows.length) continue;
    yield (first ? '\n' : ',\n') + rows.map((row) => JSON.stringify(row)).join(',\n');
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
