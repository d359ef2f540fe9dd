import { catalogProblems, duplicateKeys } from './catalog-problems';
import { CATALOGS } from './messages';

describe(catalogProblems.name, () => {
  it.each(Object.keys(CATALOGS))('%s: every key in both languages, none empty, the same placeholders', (area) => {
    expect(catalogProblems(CATALOGS[area])).toEqual([]);
  });

  it('finds what is wrong', () => {
    expect(catalogProblems({ id: { a: 'Halo {name}', b: ' ', c: 'x' }, en: { a: 'Hello {nama}', b: 'B', d: 'y' } })).toEqual([
      'c: missing in en',
      'd: missing in id',
      'b: empty in id',
      'a: placeholders differ',
    ]);
  });
});

describe(duplicateKeys.name, () => {
  it('finds a key defined twice', () => {
    expect(duplicateKeys(CATALOGS)).toEqual([]);
    expect(duplicateKeys({ one: { id: { k: 'a' }, en: { k: 'a' } }, two: { id: { k: 'b' }, en: { k: 'b' } } })).toEqual([
      'k: in one and two',
    ]);
  });
});
