import type { ReportEventDto } from '@walikota/shared-contracts';
import type { I18n } from '@walikota/web-i18n';
import { isReportEventKind, reportLabels } from '@walikota/web-reports-data';
import type { WkTimelineItem } from '@walikota/web-ui';

/**
 * The public timeline for `wk-timeline`: what happened in words, when (`date` formats in the
 * city's time zone), who by role — a department's officer by their department, `department`
 * naming it (empty while unknown) — and the note.
 */
export function timelineItems(
  events: readonly ReportEventDto[],
  i18n: I18n,
  date: (iso: string) => string,
  department: (id: string) => string = () => '',
): WkTimelineItem[] {
  const labels = reportLabels(i18n, 'public');
  return events.map((event) => {
    const departmentName = event.departmentId ? department(event.departmentId) : '';
    const heading =
      event.kind === 'dispatch' && departmentName
        ? i18n.t('reports.event.dispatchTo', { department: departmentName })
        : isReportEventKind(event.kind)
          ? labels.event(event.kind)
          : event.toStatus
            ? i18n.t('reports.event.status', { status: labels.status(event.toStatus) })
            : event.kind;
    const actor =
      event.actorRole === 'official' && departmentName
        ? i18n.t('reports.actor.officialOf', { department: departmentName })
        : i18n.t(`reports.actor.${event.actorRole}`);
    const details: string[] = [];
    const reason = event.data['reasonCode'];
    if (event.kind === 'reject' && typeof reason === 'string')
      details.push(i18n.t('reports.reject.reason', { reason: i18n.t(`reports.reject.${reason}`) }));
    const rating = event.data['rating'];
    if (event.kind === 'rate' && typeof rating === 'number') details.push(i18n.t(`reports.act.rating.${rating}`));
    const agency = event.data['externalAgency'];
    if (typeof agency === 'string' && agency) details.push(i18n.t('reports.detail.externalAgency', { agency }));
    const mergedFrom = event.data['from'];
    if (event.kind === 'merged' && typeof mergedFrom === 'string') details.push(i18n.t('reports.event.merged.from', { code: mergedFrom }));
    const duplicateOf = event.data['duplicateOf'];
    if (typeof duplicateOf === 'string' && duplicateOf) details.push(i18n.t('reports.detail.duplicateOf', { code: duplicateOf }));
    if (event.note) details.push(event.note);
    return {
      id: event.id,
      heading,
      meta: i18n.t('reports.detail.timeline.meta', { date: date(event.occurredAt), actor }),
      body: details.join(' · ') || undefined,
      tone: event.toStatus && event.toStatus !== event.fromStatus ? labels.statusTone(event.toStatus) : 'neutral',
    };
  });
}
