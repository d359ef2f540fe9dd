import { ReportLabels, isReportEventKind, reportLabels } from '@walikota/web-reports-data';
import type { WkTimelineItem } from '@walikota/web-ui';
import { ReportEventDto, eventTone } from './report-model';

export interface TimelineText {
  t(key: string, params?: Record<string, string | number>): string;
  dateTime(iso: string): string;
  departmentName(id: string): string;
}

/** The report's history for staff, oldest first: what happened, when, by whom, and whether the public sees it. */
export function timelineItems(events: readonly ReportEventDto[], text: TimelineText): WkTimelineItem[] {
  const labels = reportLabels(text, 'staff');
  return events.map((event) => {
    const label = eventLabel(event, text, labels);
    const heading = event.public ? label : `${label} · ${text.t('admin.reports.event.internal')}`;
    const meta = `${text.dateTime(event.occurredAt)} · ${actorLabel(event, text)}`;
    const body = [eventDetail(event, text), event.note].filter(Boolean).join(' — ');
    return { id: event.id, heading, meta, body: body || undefined, tone: eventTone(event) };
  });
}

/** Who acted: an official by the department they acted for (as it was then), else the role. */
function actorLabel(event: ReportEventDto, text: TimelineText): string {
  const department = event.actorRole === 'official' && event.departmentId ? text.departmentName(event.departmentId) : '';
  return department ? text.t('admin.reports.actor.officialOf', { department }) : text.t('admin.reports.actor.' + event.actorRole);
}

function eventLabel(event: ReportEventDto, text: TimelineText, labels: ReportLabels): string {
  const data = event.data as Record<string, unknown>;
  const value = (key: string) => (typeof data[key] === 'string' || typeof data[key] === 'number' ? String(data[key]) : '');
  const dispatchedTo = event.departmentId ?? value('departmentId');
  if (event.kind === 'dispatch' && dispatchedTo) {
    const department = text.departmentName(dispatchedTo);
    if (department) return text.t('admin.reports.event.dispatchTo', { department });
  }
  if (event.kind === 'mark_duplicate' && value('duplicateOf'))
    return text.t('admin.reports.event.mark_duplicateOf', { code: value('duplicateOf') });
  if (event.kind === 'merged' && value('from')) return text.t('admin.reports.event.mergedFrom', { code: value('from') });
  if (event.kind === 'rate' && value('rating')) return text.t('admin.reports.event.rateValue', { rating: value('rating') });
  return isReportEventKind(event.kind) ? labels.event(event.kind) : text.t('admin.reports.event.other');
}

function eventDetail(event: ReportEventDto, text: TimelineText): string {
  const data = event.data as Record<string, unknown>;
  if (event.kind === 'reject' && typeof data['reasonCode'] === 'string')
    return text.t('admin.reports.event.reason', { reason: text.t('admin.reports.reason.' + data['reasonCode']) });
  if (event.kind === 'not_our_authority' && typeof data['externalAgency'] === 'string' && data['externalAgency'])
    return text.t('admin.reports.event.agency', { agency: data['externalAgency'] });
  return '';
}
