import { Language } from '@walikota/api-platform';

/** What a notification says, in one language. `link` may be a path (`/laporan/LPR-…`) or a URL. */
export interface NotificationText {
  title: string;
  body: string;
  link?: string;
}

export type NotificationTemplate = (params: Record<string, string>) => NotificationText;
export type NotificationTemplates = Record<Language, NotificationTemplate>;

/** Carries its own text: `title`, `body` and `link`, with optional English `titleEn`/`bodyEn`. */
export const GENERIC_NOTIFICATION = 'generic';

/** Types are dotted lower-case names, `<module>.<event>` (e.g. `report.status_changed`). */
export const NOTIFICATION_TYPE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

const templates = new Map<string, NotificationTemplates>([
  [
    GENERIC_NOTIFICATION,
    {
      id: (p) => ({ title: p['title'] || 'Pemberitahuan baru', body: p['body'] ?? '', link: p['link'] || undefined }),
      en: (p) => ({
        title: p['titleEn'] || p['title'] || 'New notification',
        body: p['bodyEn'] || p['body'] || '',
        link: p['link'] || undefined,
      }),
    },
  ],
]);

/** Lets a domain module describe its notification types in Indonesian and English. */
export function registerNotificationTemplates(type: string, byLanguage: NotificationTemplates): void {
  if (!NOTIFICATION_TYPE.test(type) || type.length > 60) throw new Error(`Invalid notification type ${type}`);
  templates.set(type, byLanguage);
}

/** Renders a notification; an unknown type falls back to the generic template, so it always shows. */
export function renderNotification(type: string, language: Language, params: Record<string, string>): NotificationText {
  const byLanguage = templates.get(type) ?? templates.get(GENERIC_NOTIFICATION);
  if (!byLanguage) throw new Error('The generic notification template is missing');
  return byLanguage[language](params);
}
