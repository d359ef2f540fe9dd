export { MEETINGS_ROUTES } from './meetings.routes';
export { MEETINGS_MESSAGES } from './meetings.messages';
