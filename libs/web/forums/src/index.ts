export { FORUMS_ROUTES } from './forums.routes';
export { FORUMS_MESSAGES } from './forums.messages';
