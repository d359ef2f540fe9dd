export { REPORTS_ROUTES, TRACK_ROUTES } from './reports.routes';
export { REPORTS_MESSAGES } from './reports.messages';
