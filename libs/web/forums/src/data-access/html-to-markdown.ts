/**
 * The Markdown of a post, rebuilt from its rendered HTML for the edit form. The API answers a
 * post with its sanitised HTML only, so an author editing a post they did not write in this visit
 * starts from this: text, emphasis, links, lists, quotes and code come back as Markdown; the
 * renderer's allow-list (docs/architecture.md, "User-written text") holds nothing else.
 */
export function htmlToMarkdown(html: string, parser: DOMParser = new DOMParser()): string {
  const body = parser.parseFromString(`<body>${html}</body>`, 'text/html').body;
  return blocks(body)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blocks(parent: Node): string {
  let out = '';
  for (const node of Array.from(parent.childNodes)) out += block(node);
  return out;
}

function block(node: Node): string {
  if (node.nodeType === 3) return (node.textContent ?? '').trim() ? inline(node) : '';
  if (!(node instanceof Element)) return '';
  const tag = node.tagName.toLowerCase();
  switch (tag) {
    case 'p':
      return `${children(node).trim()}\n\n`;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      // The renderer starts headings at h3 for "#".
      return `${'#'.repeat(Math.max(1, Number(tag[1]) - 2))} ${children(node).trim()}\n\n`;
    case 'ul':
    case 'ol': {
      const start = Number(node.getAttribute('start') ?? 1) || 1;
      const items = Array.from(node.children).filter((child) => child.tagName.toLowerCase() === 'li');
      const lines = items.map((item, i) => {
        const marker = tag === 'ol' ? `${start + i}. ` : '- ';
        const text = listItem(item).replace(/\n/g, `\n${' '.repeat(marker.length)}`);
        return marker + text;
      });
      return `${lines.join('\n')}\n\n`;
    }
    case 'blockquote':
      return `${blocks(node)
        .trim()
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n')}\n\n`;
    case 'pre': {
      const code = node.querySelector('code');
      const language = /language-([\w-]+)/.exec(code?.className ?? '')?.[1] ?? '';
      return `\`\`\`${language}\n${(code ?? node).textContent?.replace(/\n$/, '') ?? ''}\n\`\`\`\n\n`;
    }
    case 'hr':
      return '---\n\n';
    default:
      return children(node);
  }
}

function listItem(item: Element): string {
  const hasBlocks = Array.from(item.children).some((child) => ['p', 'ul', 'ol', 'blockquote', 'pre'].includes(child.tagName.toLowerCase()));
  return (hasBlocks ? blocks(item) : children(item)).trim();
}

function children(node: Node): string {
  return Array.from(node.childNodes).map(inline).join('');
}

function inline(node: Node): string {
  if (node.nodeType === 3) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (!(node instanceof Element)) return '';
  const inner = () => children(node);
  switch (node.tagName.toLowerCase()) {
    case 'strong':
    case 'b':
      return `**${inner()}**`;
    case 'em':
    case 'i':
      return `*${inner()}*`;
    case 's':
    case 'del':
      return `~~${inner()}~~`;
    case 'code':
      return `\`${node.textContent ?? ''}\``;
    case 'br':
      return '  \n';
    case 'a': {
      const href = node.getAttribute('href') ?? '';
      const text = inner();
      return href && href !== text ? `[${text}](${href})` : text;
    }
    case 'ul':
    case 'ol':
    case 'p':
    case 'blockquote':
    case 'pre':
      return `\n${block(node)}`;
    default:
      return inner();
  }
}
