import { deferAppScripts } from './deferred-scripts';
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

describe(deferAppScripts.name, () => {
  const page =
    '<html><head><link rel="modulepreload" href="chunk-AAAA1111.js"><link rel="modulepreload" href="chunk-BBBB2222.js">' +
    '</head><body><app-root></app-root><script src="main-CCCC3333.js" type="module" nonce="wk-csp-nonce"></script></body></html>';

  it('takes the scripts out of the page and leaves a loader with the page nonce that adds them on the first act', () => {
    const deferred = deferAppScripts(page);
    expect(deferred).not.toContain('<link rel="modulepreload"');
    expect(deferred).not.toContain('<script src=');
    const loader = /<script nonce="wk-csp-nonce">(.*)<\/script><\/body>/.exec(deferred)?.[1] ?? '';
    expect(loader).toContain('["chunk-AAAA1111.js","chunk-BBBB2222.js"]');
    expect(loader).toContain('"main-CCCC3333.js"');
    expect(loader).toContain('["click","keydown","mouseover","focusin"]');
    expect(loader).toContain('wk:ready');
  });

  it('leaves a page without a module script as it is', () => {
    expect(deferAppScripts('<html><body><p>x</p></body></html>')).toBe('<html><body><p>x</p></body></html>');
  });
});
