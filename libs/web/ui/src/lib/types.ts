import { numberFormat } from '@walikota/web-i18n';

/** Colour tone of badges, alerts and timeline items (always paired with text, never colour alone). */
export type WkTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A table column; cells show `row[key]` as text unless a `<ng-template wkCell="key">` is given. */
export interface WkColumn {
  key: string;
  label: string;
  sortable?: boolean;
  align?: 'start' | 'end';
}

/** The table's sort state; the table only reports clicks, the parent sorts. */
export interface WkSort {
  key: string;
  direction: 'asc' | 'desc';
}

export interface WkTimelineItem {
  id: string;
  heading: string;
  /** Preformatted date and actor, e.g. "12 Mei 2025, 09.30 · Dinas PU". */
  meta?: string;
  body?: string;
  tone?: WkTone;
}

export interface WkBreadcrumb {
  label: string;
  /** A router link; the last crumb (the current page) needs none. */
  link?: string | readonly unknown[];
}

export interface WkErrorItem {
  /** The id of the control to focus when the message is clicked. */
  fieldId?: string;
  message: string;
}

let counter = 0;
/** A document-unique id for label/aria wiring. */
export function wkId(prefix: string): string {
  counter += 1;
  return `wk-${prefix}-${counter}`;
}

/** "1,2 MB" (id) / "1.2 MB" (en): binary multiples with the locale's number format. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
