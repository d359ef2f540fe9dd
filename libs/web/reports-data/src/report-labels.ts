import { DEADLINE_PARAMS } from '@walikota/shared-contracts';
import type { I18n } from '@walikota/web-i18n';
import type { ReportEventKind, ReportStatus, ReportType } from './report-kinds';
import { REPORT_LABEL_MESSAGES } from './report-labels.messages';

/** Who reads the labels: citizens on the public pages, or staff in `/admin`. */
export type ReportAudience = 'public' | 'staff';

/** A badge tone (the same values as the design system's `WkTone`, which a data-access lib may not import). */
export type ReportTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** What the labels need of I18n (a test may pass a plain lookup). */
export type Translate = Pick<I18n, 't'>;

/** A report's words and status tone as one audience sees them. */
export interface ReportLabels {
  type(type: ReportType): string;
  status(status: ReportStatus): string;
  event(kind: ReportEventKind): string;
  /** The badge tone of a status (the text carries the meaning; the colour only supports it). */
  statusTone(status: ReportStatus): ReportTone;
}

/**
 * Citizens see a report's progress; staff see where work waits (new and dispatched reports) and
 * what was refused.
 */
const STATUS_TONES: Record<ReportStatus, Record<ReportAudience, ReportTone>> = {
  submitted: { public: 'neutral', staff: 'info' },
  verified: { public: 'info', staff: 'info' },
  dispatched: { public: 'info', staff: 'warning' },
  in_progress: { public: 'warning', staff: 'warning' },
  resolved: { public: 'success', staff: 'success' },
  closed: { public: 'success', staff: 'success' },
  rejected: { public: 'danger', staff: 'danger' },
  on_hold: { public: 'warning', staff: 'warning' },
  not_our_authority: { public: 'neutral', staff: 'danger' },
  duplicate: { public: 'neutral', staff: 'neutral' },
};

/** The labels the staff area words its own way (their keys also exist with `.staff` appended). */
const STAFF_WORDED = new Set(
  Object.keys(REPORT_LABEL_MESSAGES.id)
    .filter((key) => key.endsWith('.staff'))
    .map((key) => key.slice(0, -'.staff'.length)),
);

/** The labels for one audience; register REPORT_LABEL_MESSAGES (provideMessages) where they are shown. */
export function reportLabels(i18n: Translate, audience: ReportAudience): ReportLabels {
  // The deadlines' numbers come from the one table the API uses too (an auto-close names its days).
  const label = (key: string) => i18n.t(audience === 'staff' && STAFF_WORDED.has(key) ? `${key}.staff` : key, DEADLINE_PARAMS);
  return {
    type: (type) => label(`report.type.${type}`),
    status: (status) => label(`report.status.${status}`),
    event: (kind) => label(`report.event.${kind}`),
    statusTone: (status) => STATUS_TONES[status]?.[audience] ?? 'neutral',
  };
}
