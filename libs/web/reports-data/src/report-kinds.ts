// The workflow's words, shared with the API (libs/shared/contracts report-vocabulary.ts).
export {
  REPORT_EVENT_KINDS,
  REPORT_PRIVACIES,
  REPORT_STATUSES,
  REPORT_TYPES,
  isReportEventKind,
  isReportStatus,
} from '@walikota/shared-contracts';
export type { ReportEventKind, ReportPrivacy, ReportStatus, ReportType } from '@walikota/shared-contracts';
