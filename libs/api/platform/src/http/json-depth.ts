/** The deepest nesting of objects and arrays a JSON body may have; the portal's own forms need 3. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether the JSON text nests objects/arrays deeper than `max`, found in one pass over the text
 * (no recursion, nothing parsed). Deeply nested bodies are parsed fine, but every recursive walk
 * after the parser (Nest's ValidationPipe strips `__proto__` keys recursively, class-transformer
 * transforms recursively) overflows the stack on them, which answered 20,000 levels with a 500.
 */
export function jsonNestingExceeds(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}
