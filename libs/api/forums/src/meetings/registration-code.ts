import { randomInt } from 'node:crypto';

/**
 * The short code of a registration, read aloud at the door or scanned from its QR code: eight
 * characters of an alphabet without look-alikes (no 0/O, 1/I/L, U/V), shown as two groups of
 * four (`K7F3-Q9XA`). 29⁸ ≈ 5 × 10¹¹ codes; the unique index settles the rare collision.
 */
export const REGISTRATION_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTWXYZ23456789' as const;
export const REGISTRATION_CODE_LENGTH = 8;

/** A new random code, stored without its separator (`K7F3Q9XA`). */
export function newRegistrationCode(): string {
  let code = '';
  for (let i = 0; i < REGISTRATION_CODE_LENGTH; i++) code += REGISTRATION_CODE_ALPHABET[randomInt(REGISTRATION_CODE_ALPHABET.length)];
  return code;
}

/** `K7F3Q9XA` → `K7F3-Q9XA`, as people read it. */
export function formatRegistrationCode(stored: string): string {
  return `${stored.slice(0, 4)}-${stored.slice(4)}`;
}

/**
 * What staff typed or scanned, as stored: case and separators (spaces, hyphens, dots) do not
 * matter. Null when it cannot be a code, so that no query is made for it.
 */
export function normalizeRegistrationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s\-_.·]/g, '');
  if (compact.length !== REGISTRATION_CODE_LENGTH) return null;
  for (const char of compact) if (!REGISTRATION_CODE_ALPHABET.includes(char)) return null;
  return compact;
}
