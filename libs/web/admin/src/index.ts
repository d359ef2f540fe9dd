/** The staff area (`/admin`), lazy-loaded for moderators, officials and admins. */
export { ADMIN_ROUTES } from './admin.routes';
export { roleGuardFn } from './guards';
