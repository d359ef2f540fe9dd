/**
 * A tiny XML reader for the Open311 tests: elements, text and the five predefined entities,
 * nothing more. Lists (the spec's plural elements) become arrays, empty elements null, so a
 * document can be compared with the JSON answer through `asXmlText`.
 */
const LISTS = new Set(['services', 'service_requests', 'errors', 'attributes', 'endpoints', 'formats']);

type XmlJson = string | null | XmlJson[] | { [name: string]: XmlJson };

interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(xml: string): { root: string; value: XmlJson } {
  const tokens = /<\?[^>]*\?>|<(\/?)([A-Za-z_][\w.-]*)\s*(\/?)>|([^<]+)/g;
  const stack: XmlNode[] = [{ name: '#document', children: [], text: '' }];
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = tokens.exec(xml))) {
    if (match.index !== consumed) throw new Error(`Unexpected markup at ${consumed}: ${xml.slice(consumed, consumed + 30)}`);
    consumed = tokens.lastIndex;
    const [whole, closing, name, selfClosing, text] = match;
    if (whole.startsWith('<?')) continue;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      if (/[<>]/.test(text) || /&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`Unescaped text: ${text}`);
      top.text += text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, entity: string) => ENTITIES[entity]);
    } else if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
    } else {
      const node: XmlNode = { name, children: [], text: '' };
      top.children.push(node);
      if (!selfClosing) stack.push(node);
    }
  }
  if (consumed !== xml.length || stack.length !== 1) throw new Error('Unterminated document');
  const [root] = stack[0].children;
  return { root: root.name, value: toJson(root) };
}

function toJson(node: XmlNode): XmlJson {
  if (LISTS.has(node.name)) return node.children.map(toJson);
  if (node.children.length) return Object.fromEntries(node.children.map((c) => [c.name, toJson(c)]));
  return node.text === '' ? null : node.text;
}

/** A JSON answer as its XML reads back: scalars as text, empty strings and null as null. */
export function asXmlText(value: unknown): XmlJson {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.map(asXmlText);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asXmlText(v)]));
  return String(value);
}
