import { parseFilters } from './report-filters';

const params = (query: string) => new URLSearchParams(query);

describe(parseFilters.name, () => {
  it('keeps the filters the API accepts', () => {
    const id = '0b6f4a52-5d7f-4e8e-9a61-2f0f4b1c9d3e';
    expect(
      parseFilters(params(`q=+jalan+rusak+&type=complaint&status=in_progress&categoryId=${id}&areaId=${id}&from=2026-01-01&to=2026-02-01`)),
    ).toEqual({
      q: 'jalan rusak',
      type: 'complaint',
      status: 'in_progress',
      categoryId: id,
      areaId: id,
      from: '2026-01-01',
      to: '2026-02-01',
    });
  });

  it('drops unknown values instead of sending what the API would refuse', () => {
    expect(parseFilters(params('type=bogus&status=open&categoryId=42&kecamatanId=&from=kemarin&to=2026-13-45&q=%20'))).toEqual({});
  });
});
