import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { Role, Session } from '@walikota/web-core';
import { roleGuardFn } from './guards';

describe(roleGuardFn.name, () => {
  function run(roles: Role[] | null): Promise<unknown> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: Session,
          useValue: {
            restore: async () => null,
            signedIn: () => roles !== null,
            hasRole: (...wanted: Role[]) => (roles ?? []).some((role) => wanted.includes(role)),
          },
        },
      ],
    });
    const state = { url: '/admin/pengguna?q=sari' } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(() => roleGuardFn('admin')({} as ActivatedRouteSnapshot, state)) as Promise<unknown>;
  }

  const url = (result: unknown) => TestBed.inject(Router).serializeUrl(result as UrlTree);

  it('lets an admin in', async () => {
    expect(await run(['citizen', 'admin'])).toBe(true);
  });

  it('sends other staff to the access-denied page', async () => {
    expect(url(await run(['citizen', 'moderator']))).toBe('/akses-ditolak');
  });

  it('sends a visitor to sign in, and back afterwards', async () => {
    expect(url(await run(null))).toBe('/masuk?kembali=%2Fadmin%2Fpengguna%3Fq%3Dsari');
  });
});
