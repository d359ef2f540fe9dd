import { withNonce } from './page-renderer';
import { acceptedEncoding, literalNoscript } from './web-app';

describe(withNonce.name, () => {
  it('puts the nonce in nonce and ngCspNonce attributes only, never in the page text', () => {
    const page =
      '<app-root ngcspnonce="wk-csp-nonce"><style nonce="wk-csp-nonce">p{}</style><p>wk-csp-nonce</p>' +
      '<p title="wk-csp-nonce">x</p></app-root><script src="main.js" nonce="wk-csp-nonce"></script>';
    expect(withNonce(page, 'N0nce+/=')).toBe(
      '<app-root ngcspnonce="N0nce+/="><style nonce="N0nce+/=">p{}</style><p>wk-csp-nonce</p>' +
        '<p title="wk-csp-nonce">x</p></app-root><script src="main.js" nonce="N0nce+/="></script>',
    );
  });
});

describe(acceptedEncoding.name, () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0', null],
    ['identity', null],
    [undefined, null],
    ['', null],
  ])('%s → %s', (header, expected) => {
    expect(acceptedEncoding(header)).toBe(expected);
  });
});

describe(literalNoscript.name, () => {
  it('writes what noscript holds as it is, as the HTML standard serializes it', () => {
    expect(literalNoscript('<head><noscript>&lt;style nonce="n"&gt;a &amp;gt; b{}&lt;/style&gt;</noscript></head><p>&lt;b&gt;</p>')).toBe(
      '<head><noscript><style nonce="n">a &gt; b{}</style></noscript></head><p>&lt;b&gt;</p>',
    );
    expect(literalNoscript('<noscript>Aktifkan JavaScript.</noscript>')).toBe('<noscript>Aktifkan JavaScript.</noscript>');
  });
});
