import { DigestItem, absoluteLink, digestDay, digestParams } from './digest';
import { Recipient } from './recipient-directory';

describe(digestDay.name, () => {
  it('starts a digest day at 07:00 in the city’s time zone', () => {
    // 06:59 and 07:00 in Jakarta (UTC+7) on 14 May 2026.
    expect(digestDay(new Date('2026-05-13T23:59:00Z'), 'Asia/Jakarta')).toBe('2026-05-13');
    expect(digestDay(new Date('2026-05-14T00:00:00Z'), 'Asia/Jakarta')).toBe('2026-05-14');
    expect(digestDay(new Date('2026-05-14T16:59:00Z'), 'Asia/Jakarta')).toBe('2026-05-14');
    expect(digestDay(new Date('2026-05-14T00:00:00Z'), 'Asia/Jayapura')).toBe('2026-05-14');
    expect(digestDay(new Date('2026-05-13T21:59:00Z'), 'Asia/Jayapura')).toBe('2026-05-13');
  });
});

describe(digestParams.name, () => {
  const context = { publicUrl: 'https://lapor.semarangkota.go.id', timeZone: 'Asia/Jakarta' };
  const items: DigestItem[] = [
    { type: 'generic', params: { title: 'Satu', titleEn: 'One', link: '/laporan/1' }, createdAt: new Date('2026-05-14T02:30:00Z') },
    { type: 'generic', params: { title: 'Dua', link: 'https://example.org/x' }, createdAt: new Date('2026-05-14T03:00:00Z') },
  ];
  const recipient = (language: 'id' | 'en'): Recipient => ({
    id: 'u',
    email: 'u@example.id',
    name: 'Siti',
    language,
    emailFrequency: 'daily',
  });

  it('lists the notifications in the recipient’s language and time zone, with absolute links', () => {
    const id = digestParams(recipient('id'), items, context);
    expect(id).toMatchObject({
      name: 'Siti',
      count: '2',
      more: '0',
      link: 'https://lapor.semarangkota.go.id/notifikasi',
      settingsLink: 'https://lapor.semarangkota.go.id/profil',
    });
    expect(id['items'].split('\n')).toEqual([
      expect.stringMatching(/^- 14 Mei,? 09[.:]30 — Satu$/),
      '  https://lapor.semarangkota.go.id/laporan/1',
      expect.stringMatching(/^- 14 Mei,? 10[.:]00 — Dua$/),
      '  https://example.org/x',
    ]);
    expect(digestParams(recipient('en'), items, context)['items']).toMatch(/^- 14 May(,| at)? 09:30 — One\n/);
  });

  it('lists at most 30 and counts the rest', () => {
    const many = Array.from({ length: 33 }, (_, i) => ({ type: 'generic', params: { title: `N${i}` }, createdAt: new Date() }));
    const params = digestParams(recipient('id'), many, context);
    expect(params['count']).toBe('33');
    expect(params['more']).toBe('3');
    expect(params['items'].split('\n')).toHaveLength(30);
  });
});

describe(absoluteLink.name, () => {
  it('puts paths on the portal and leaves URLs alone', () => {
    expect(absoluteLink('http://localhost:3000', '/a')).toBe('http://localhost:3000/a');
    expect(absoluteLink('http://localhost:3000', 'https://b.id/c')).toBe('https://b.id/c');
    expect(absoluteLink('http://localhost:3000', undefined)).toBe('');
  });
});
