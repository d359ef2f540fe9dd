import { PORTAL_NAME, previewCardSvg } from './preview-card-svg';

const texts = (svg: string) =>
  [...svg.matchAll(/<text [^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map(([, size, t]) => ({ size: Number(size), t }));

describe(previewCardSvg.name, () => {
  it('names the portal, the city and the address, with a font list that falls back', () => {
    const svg = previewCardSvg({ city: 'Kota Semarang', host: 'aspirasi.semarangkota.go.id' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(texts(svg).map((x) => x.t)).toEqual([PORTAL_NAME, 'Kota Semarang', expect.any(String), 'aspirasi.semarangkota.go.id']);
    expect(svg).toContain('font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"');
  });

  it('escapes what it is given', () => {
    const svg = previewCardSvg({ city: 'Kota <A> & "B"', host: 'x.example' });
    expect(svg).toContain('Kota &lt;A&gt; &amp; &quot;B&quot;');
    expect(svg).not.toContain('<A>');
  });

  it('sets a long city name on two lines rather than in small type', () => {
    const lines = texts(previewCardSvg({ city: 'Kabupaten Kepulauan Siau Tagulandang Biaro', host: 'x.example' }));
    expect(lines.slice(1, 3)).toEqual([
      { size: expect.any(Number), t: 'Kabupaten Kepulauan' },
      { size: expect.any(Number), t: 'Siau Tagulandang Biaro' },
    ]);
    expect(lines[1].size).toBeGreaterThanOrEqual(48);
  });
});
