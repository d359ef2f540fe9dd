import type { CommitmentDto, MeetingStatus } from '@walikota/shared-contracts';
import type { WkTone } from '@walikota/web-ui';
import { adminPath } from '../data-access/paths';

/** `/admin/balai-kota/…`: where the staff pages of town-hall meetings are mounted. */
export const meetingPath = (...segments: string[]): string => adminPath('balai-kota', ...segments);

/** The meeting's public page (libs/web/meetings), the address the calendar files and the Berita Acara print. */
export const publicMeetingPath = (code: string): string => `/balai-kota/rapat/${code}`;

export const beritaAcaraUrl = (code: string): string => `/api/meetings/${encodeURIComponent(code)}/berita-acara.pdf`;

export function meetingStatusTone(status: MeetingStatus): WkTone {
  return status === 'live' ? 'success' : status === 'scheduled' ? 'info' : status === 'cancelled' ? 'danger' : 'neutral';
}

export function commitmentTone(commitment: CommitmentDto): WkTone {
  if (commitment.overdue) return 'danger';
  return commitment.status === 'done'
    ? 'success'
    : commitment.status === 'in_progress'
      ? 'info'
      : commitment.status === 'open'
        ? 'warning'
        : 'neutral';
}

/** `"PTS-2026-000001, pts-2026-000002"` → `['PTS-2026-000001', 'PTS-2026-000002']`. */
export function parseCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/** `"-6,2"` or `"-6.2"` → -6.2; null for an empty or non-numeric text. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
