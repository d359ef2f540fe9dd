import { htmlToMarkdown } from './html-to-markdown';

describe(htmlToMarkdown.name, () => {
  it('gives back the Markdown of what the renderer makes', () => {
    const html =
      '<p>Jadwal <strong>berubah</strong>, lihat <a href="https://semarangkota.go.id/jadwal" rel="nofollow ugc noopener">laman ini</a>.</p>\n' +
      '<ul>\n<li>Senin: <em>organik</em></li>\n<li>Sabtu</li>\n</ul>\n' +
      '<ol start="3">\n<li>tiga</li>\n</ol>\n' +
      '<blockquote>\n<p>kutipan</p>\n</blockquote>\n' +
      '<h3>Judul</h3>\n<pre><code class="language-js">a &lt; b\n</code></pre>\n<p>baris<br>\nkedua <code>x</code></p>';
    expect(htmlToMarkdown(html)).toBe(
      [
        'Jadwal **berubah**, lihat [laman ini](https://semarangkota.go.id/jadwal).',
        '',
        '- Senin: *organik*',
        '- Sabtu',
        '',
        '3. tiga',
        '',
        '> kutipan',
        '',
        '# Judul',
        '',
        '```js',
        'a < b',
        '```',
        '',
        'baris  \n kedua `x`',
      ].join('\n'),
    );
  });

  it('keeps a bare link as its address', () => {
    expect(htmlToMarkdown('<p><a href="https://contoh.id">https://contoh.id</a></p>')).toBe('https://contoh.id');
  });
});
