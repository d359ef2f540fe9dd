import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router, UrlSegment, UrlTree } from '@angular/router';
import { Role, Session } from './session.store';

export const SIGN_IN_PATH = '/masuk';
export const FORBIDDEN_PATH = '/akses-ditolak';

async function check(url: string, roles: readonly Role[]): Promise<true | UrlTree> {
  const session = inject(Session);
  const router = inject(Router);
  await session.restore();
  if (!session.signedIn()) return router.createUrlTree([SIGN_IN_PATH], { queryParams: { kembali: url } });
  if (roles.length && !session.hasRole(...roles)) return router.createUrlTree([FORBIDDEN_PATH]);
  return true;
}

/** Pages for signed-in users; a visitor is sent to sign in and brought back afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => check(state.url, []);

/** Lazy areas by role: the code is not even loaded for someone without the role. */
export function roleMatch(...roles: Role[]): CanMatchFn {
  return (_route, segments: UrlSegment[]) => check('/' + segments.map((s) => s.path).join('/'), roles);
}

/** Only for people who are not signed in (sign-in and register pages). */
export const visitorGuard: CanActivateFn = async () => {
  const session = inject(Session);
  await session.restore();
  return session.signedIn() ? inject(Router).createUrlTree(['/profil']) : true;
};

/** A `kembali` (return-to) parameter, accepted only as a path on this site. */
export function safeReturnPath(value: string | null | undefined, fallback = '/'): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
