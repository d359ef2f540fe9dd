import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { FORBIDDEN_PATH, Role, SIGN_IN_PATH, Session } from '@walikota/web-core';

/**
 * Pages of the staff area for some roles only (the area itself is open to all staff): anyone
 * else is sent to the "access denied" page.
 */
export function roleGuardFn(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const session = inject(Session);
    const router = inject(Router);
    await session.restore();
    if (!session.signedIn()) return router.createUrlTree([SIGN_IN_PATH], { queryParams: { kembali: state.url } });
    return session.hasRole(...roles) ? true : router.createUrlTree([FORBIDDEN_PATH]);
  };
}

/** Users, departments, audit log and outbox: the API answers 403 to anyone but admins. */
export const adminOnly = roleGuardFn('admin');
