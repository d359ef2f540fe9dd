import { dateTimeFormat, numberFormat } from '@walikota/web-i18n';

/** Formatting in the user's language and the city's time zone (Rupiah are whole numbers). */
export type DisplayLanguage = 'id' | 'en';

const LOCALES: Record<DisplayLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/** `Rp 1.250.000` (Indonesian) or `Rp 1,250,000` (English); accepts bigint-safe strings. */
export function formatRupiah(amount: number | bigint | string, language: DisplayLanguage): string {
  const value = typeof amount === 'string' ? BigInt(amount) : amount;
  const digits = numberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(value);
  return `Rp ${digits}`;
}

/** A date and time as people in the city read it, e.g. `22 Nov 2026, 17.05`. */
export function formatDateTime(value: string | Date, language: DisplayLanguage, timeZone: string): string {
  return dateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(value));
}

export function formatDate(value: string | Date, language: DisplayLanguage, timeZone: string): string {
  return dateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone }).format(new Date(value));
}
