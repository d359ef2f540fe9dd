import { compactFilters, parsePetitionFilters } from './petition-filters';

const params = (query: string) => new URLSearchParams(query);

describe(parsePetitionFilters.name, () => {
  it('keeps what the API accepts and drops the rest', () => {
    expect(
      parsePetitionFilters(
        params('state=responded&sort=newest&scope=kecamatan&kecamatanId=2f1e8c9a-1b2c-4d3e-8f9a-0b1c2d3e4f5a&q=%20taman%20&categoryId=x'),
      ),
    ).toEqual({ state: 'responded', sort: 'newest', scope: 'kecamatan', kecamatanId: '2f1e8c9a-1b2c-4d3e-8f9a-0b1c2d3e4f5a', q: 'taman' });
    expect(parsePetitionFilters(params('state=draft&sort=loudest'))).toEqual({});
  });

  it('drops "trending" for any state but open', () => {
    expect(parsePetitionFilters(params('state=closed&sort=trending'))).toEqual({ state: 'closed' });
    expect(parsePetitionFilters(params('state=open&sort=trending'))).toEqual({ state: 'open', sort: 'trending' });
    expect(parsePetitionFilters(params('sort=trending'))).toEqual({ sort: 'trending' });
  });
});

describe(compactFilters.name, () => {
  it('drops empty values', () => {
    expect(compactFilters({ q: '', state: undefined, sort: 'newest' })).toEqual({ sort: 'newest' });
  });
});
