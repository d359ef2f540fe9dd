import { AppConfig } from '../config/app-config';
import { contentSecurityPolicyHeader, tileOrigin } from './security';

describe(contentSecurityPolicyHeader.name, () => {
  const config = (mapTileUrl?: string) => Object.assign(new AppConfig(), { publicUrl: 'http://localhost:3000', mapTileUrl });

  it('allows images from our own origin only, unless map tiles are configured', () => {
    expect(contentSecurityPolicyHeader(config())).toContain("img-src 'self' data: blob:;");
    expect(contentSecurityPolicyHeader(config('https://{s}.tile.example.org/{z}/{x}/{y}.png'))).toContain(
      "img-src 'self' data: blob: https://*.tile.example.org;",
    );
  });

  it('admits the page’s style nonce and nothing inline', () => {
    const header = contentSecurityPolicyHeader(config(), 'abc123');
    expect(header).toContain("style-src 'self' 'nonce-abc123'");
    expect(header).not.toContain('unsafe');
  });
});

describe(tileOrigin.name, () => {
  it('keeps the host of a tile template', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
  });
});
