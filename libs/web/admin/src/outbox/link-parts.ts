import { Pipe, PipeTransform } from '@angular/core';

/** A piece of a plain-text e-mail body: text as it is, or a web address to render as a link. */
export type LinkPart = { text: string; url?: undefined } | { url: string; text?: undefined };

const CANDIDATE = /https?:\/\/[^\s<>"']+/gi;
/** Sentence punctuation that ends a sentence, not the address it follows ("…: https://x/a."). */
const TRAILING = /[.,;:!?'"»)\]}]+$/;

/**
 * Splits plain text into text and http(s) links, for rendering with interpolation and `[href]`
 * (never `innerHTML`): nothing in the text can become markup, and only http and https addresses
 * that parse as URLs become links.
 */
export function linkParts(text: string): LinkPart[] {
  const parts: LinkPart[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last?.text !== undefined) parts[parts.length - 1] = { text: last.text + value };
    else parts.push({ text: value });
  };
  let from = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index ?? 0;
    let candidate = match[0];
    // A closing bracket belongs to the address only when the address opened one.
    const trailing = TRAILING.exec(candidate)?.[0] ?? '';
    const kept = trailing.startsWith(')') && candidate.includes('(') ? '' : trailing;
    candidate = candidate.slice(0, candidate.length - kept.length);
    pushText(text.slice(from, start));
    if (isWebUrl(candidate)) parts.push({ url: candidate });
    else pushText(candidate);
    from = start + candidate.length;
  }
  pushText(text.slice(from));
  return parts;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `text | wkLinkParts`: see linkParts; pure, so each body is split once. */
@Pipe({ name: 'wkLinkParts' })
export class LinkPartsPipe implements PipeTransform {
  transform(text: string): LinkPart[] {
    return linkParts(text);
  }
}
