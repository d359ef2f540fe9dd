import type { WkTone } from '@walikota/web-ui';
import { adminPath } from '../data-access/paths';

/** Where a forum section of the staff area lives, under `/admin/forum`. */
export const forumPath = (...segments: string[]): string => adminPath('forum', ...segments);

/** How long an item has waited, in its largest whole unit: "45 menit", "5 jam", "3 hari". */
export function waitedFor(since: string | Date, now: number, t: (key: string, params: Record<string, string | number>) => string): string {
  const minutes = Math.max(0, Math.floor((now - new Date(since).getTime()) / 60_000));
  if (minutes < 60) return t('admin.forum.waited.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('admin.forum.waited.hours', { count: hours });
  return t('admin.forum.waited.days', { count: Math.floor(hours / 24) });
}

/** The badge tone of a queue item's state. */
export function stateTone(state: string): WkTone {
  if (state === 'visible') return 'success';
  if (state === 'hidden' || state === 'rejected') return 'danger';
  if (state === 'pending') return 'warning';
  return 'neutral';
}

/**
 * The thread number and post number of a forum address (`/forum/t/12#3`), or null: the queue
 * names a post by where it is read.
 */
export function threadOf(link: string): { number: number; post: number | null } | null {
  const match = /^\/forum\/t\/(\d+)(?:#(\d+))?$/.exec(link);
  if (!match) return null;
  return { number: Number(match[1]), post: match[2] ? Number(match[2]) : null };
}
