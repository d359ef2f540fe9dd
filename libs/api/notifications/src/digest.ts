import { Language } from '@walikota/api-platform';
import { renderNotification } from './notification-templates';
import { Recipient } from './recipient-directory';

/** Local hour at which a new digest day begins: digests go out from 07:00 city time. */
export const DIGEST_HOUR = 7;
/** Items listed in one digest e-mail; the rest are counted. */
export const DIGEST_MAX_ITEMS = 30;

export interface DigestItem {
  type: string;
  params: Record<string, string>;
  createdAt: Date;
}

export interface DigestContext {
  publicUrl: string;
  timeZone: string;
}

/** The digest day `at` belongs to (YYYY-MM-DD in the city's time zone, starting at DIGEST_HOUR). */
export function digestDay(at: Date, timeZone: string): string {
  const shifted = new Date(at.getTime() - DIGEST_HOUR * 3_600_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(shifted);
}

/** A path becomes a URL on the portal; a URL stays as it is. */
export function absoluteLink(publicUrl: string, link: string | undefined): string {
  if (!link) return '';
  return link.startsWith('/') ? `${publicUrl}${link}` : link;
}

export const NOTIFICATIONS_PATH = '/notifikasi';
export const EMAIL_SETTINGS_PATH = '/profil';

/** The `daily_digest` template's parameters for one recipient: items oldest first, in their language. */
export function digestParams(recipient: Recipient, items: DigestItem[], context: DigestContext): Record<string, string> {
  const formatTime = new Intl.DateTimeFormat(locale(recipient.language), {
    timeZone: context.timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const listed = items.slice(0, DIGEST_MAX_ITEMS).map((item) => {
    const text = renderNotification(item.type, recipient.language, item.params);
    const link = absoluteLink(context.publicUrl, text.link);
    return `- ${formatTime.format(item.createdAt)} — ${text.title}${link ? `\n  ${link}` : ''}`;
  });
  return {
    name: recipient.name,
    count: String(items.length),
    items: listed.join('\n'),
    more: String(Math.max(0, items.length - DIGEST_MAX_ITEMS)),
    link: `${context.publicUrl}${NOTIFICATIONS_PATH}`,
    settingsLink: `${context.publicUrl}${EMAIL_SETTINGS_PATH}`,
  };
}

function locale(language: Language): string {
  return language === 'id' ? 'id-ID' : 'en-GB';
}
