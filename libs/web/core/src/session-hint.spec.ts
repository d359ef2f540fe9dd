import { accessTokenStale, readSessionHint } from './session-hint';

describe(readSessionHint.name, () => {
  it('reads the expiry from the wk_session cookie among others', () => {
    expect(readSessionHint('XSRF-TOKEN=abc; wk_session=1795000000; theme=x')).toBe(1795000000);
  });

  it('answers null for a visitor or a malformed value', () => {
    expect(readSessionHint('XSRF-TOKEN=abc')).toBeNull();
    expect(readSessionHint('')).toBeNull();
    expect(readSessionHint('wk_session=soon')).toBeNull();
  });
});

describe(accessTokenStale.name, () => {
  const now = Date.UTC(2026, 10, 22, 12, 0, 0);
  const nowSeconds = now / 1000;
  it('is stale when expired or within the skew', () => {
    expect(accessTokenStale(nowSeconds - 1, now)).toBe(true);
    expect(accessTokenStale(nowSeconds + 10, now)).toBe(true);
    expect(accessTokenStale(nowSeconds + 600, now)).toBe(false);
  });
});
