import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * What people write in forums, meeting descriptions and minutes: Markdown, turned into HTML once,
 * when it is saved, and stored beside the source (docs/architecture.md, "User-written text").
 *
 * Two independent layers, so that a mistake in one is caught by the other:
 *  1. markdown-it with raw HTML off: `<script>` typed in a post is text, never a tag; links
 *     only to http(s), mailto and the portal's own paths; images off (a picture from anywhere
 *     would tell a third party who reads the post, and the CSP would block it anyway).
 *  2. sanitize-html over the result with an allow-list of tags, attributes and URL schemes: what
 *     is not on it goes, whatever produced it.
 * The browser shows the stored HTML through Angular's own sanitiser, a third layer.
 */

/** The tags the rendered HTML may contain, and nothing else. */
export const MARKDOWN_TAGS = [
  'p', 'br', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'hr',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
] as const;

/** The only URL schemes a link may have; a path on the portal itself is allowed too. */
export const MARKDOWN_SCHEMES = ['http', 'https', 'mailto'] as const;

/** Every link in user-written text: not endorsed (nofollow), user content (ugc), no window.opener. */
export const MARKDOWN_LINK_REL = 'nofollow ugc noopener';

const SAFE_LINK = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;
// Characters a browser drops or folds inside a URL before it reads the scheme.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;

const markdown = new MarkdownIt('default', { html: false, linkify: true, breaks: true, typographer: false });
markdown.disable(['image']);
markdown.validateLink = (url: string) => SAFE_LINK.test(url.replace(URL_NOISE, ''));

// A post sits under the page's h1 (the thread) and h2 (the posts): its own headings start at h3.
const shiftHeading: NonNullable<(typeof markdown)['renderer']['rules']['heading_open']> = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  if (token) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
  return self.renderToken(tokens, index, options);
};
markdown.renderer.rules['heading_open'] = shiftHeading;
markdown.renderer.rules['heading_close'] = shiftHeading;

// A code block's language becomes a class name: a word, or nothing.
markdown.core.ruler.push('plain_fence_language', (state) => {
  for (const token of state.tokens) {
    if (token.type === 'fence' && !/^[A-Za-z0-9_+-]{1,32}(?:\s|$)/.test(token.info)) token.info = '';
  }
  return true;
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...MARKDOWN_TAGS],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'], code: ['class'] },
  allowedClasses: { code: [/^language-[A-Za-z0-9_+-]{1,32}$/] },
  allowedSchemes: [...MARKDOWN_SCHEMES],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  enforceHtmlBoundary: false,
  parseStyleAttributes: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs['href'] ? { href: attribs['href'] } : {}), rel: MARKDOWN_LINK_REL } }),
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs['href'] && !frame.text.trim(),
};

/** The stored HTML of a piece of user-written Markdown; safe to show as it is. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source.normalize('NFC')), SANITIZE).trim();
}

/** The text of user-written Markdown without its markup: for search, previews and e-mails. */
export function markdownToText(source: string): string {
  const html = markdown.render(source.normalize('NFC'));
  return sanitizeHtml(html.replace(/<\/(p|li|h\d|blockquote|pre|tr)>/g, '$&\n'), { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
