export * from './report-kinds';
export * from './report-labels';
export { REPORT_LABEL_MESSAGES } from './report-labels.messages';
export { ReportReference } from './report-reference.store';
export type { ReportPages } from './report-pages';
