import { EXPORT_COLUMNS, ExportRow, csvField, serializeExport } from './report-export';

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

async function* batches(...sets: ExportRow[][]): AsyncGenerator<ExportRow[]> {
  for (const set of sets) yield set;
}

const row = (code: string, title: string): ExportRow =>
  Object.assign(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, null])) as ExportRow, { code, title, support_count: 3 });

describe('report export', () => {
  it.each([
    ['Jalan rusak', 'Jalan rusak'],
    ['a, b', '"a, b"'],
    ['kata "kutip"', '"kata ""kutip"""'],
    ['baris\nbaru', '"baris\nbaru"'],
    ['=1+1', "'=1+1"],
    ['+62 812', "'+62 812"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=A1,B1', `"'=A1,B1"`],
  ])('writes %j as the CSV field %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes numbers as they are and null as an empty field', () => {
    expect(csvField(-6.98)).toBe('-6.98');
    expect(csvField(null)).toBe('');
  });

  it('writes CSV with a BOM and a header, rows across batches, CRLF line ends', async () => {
    const text = await collect(serializeExport('csv', batches([row('LPR-1', 'a')], [], [row('LPR-2', 'b')])));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${EXPORT_COLUMNS.join(',')}`);
    expect(lines.slice(1)).toEqual(['LPR-1,,,a,,,,,,,3,,,', 'LPR-2,,,b,,,,,,,3,,,', '']);
    expect(await collect(serializeExport('csv', batches()))).toBe(`\uFEFF${EXPORT_COLUMNS.join(',')}\r\n`);
  });

  it('writes a JSON array that parses, also when empty', async () => {
    const text = await collect(serializeExport('json', batches([row('LPR-1', 'a'), row('LPR-2', 'b')], [], [row('LPR-3', 'c')])));
    expect(JSON.parse(text).map((r: ExportRow) => r.code)).toEqual(['LPR-1', 'LPR-2', 'LPR-3']);
    expect(JSON.parse(await collect(serializeExport('json', batches([]))))).toEqual([]);
  });
});
