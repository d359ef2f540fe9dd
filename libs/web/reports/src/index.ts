export { REPORTS_ROUTES, TRACK_ROUTES } from './reports.routes';
export { REPORTS_MESSAGES } from './reports.messages';
/** The upload field of a report's files, also the staff's "after" photos when resolving one. */
export { AttachmentsField } from './lib/new/attachments-field';
/** A report's files as thumbnails and links, on the public and the staff pages. */
export { ReportFiles } from './lib/track/report-files';
