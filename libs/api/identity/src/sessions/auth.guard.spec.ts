import { Controller, Get, Module, Param } from '@nestjs/common';
import { AuthUser, CurrentUser, Public, Roles, RolesInDepartment, assertOwnerOrAdmin } from '@walikota/api-platform';
import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule, ReferenceSeedService } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { IdentityModule } from '../identity.module';
import { browserFor, createUser } from '../testing/identity-fixtures';

@Controller('guarded')
class GuardedController {
  @Public()
  @Get('public')
  open(@CurrentUser() user?: AuthUser) {
    return { user: user?.id ?? null };
  }

  @Get('signed-in')
  signedIn() {
    return { ok: true };
  }

  @Roles('moderator')
  @Get('moderation')
  moderation() {
    return { ok: true };
  }

  @RolesInDepartment('departmentId', 'official')
  @Get('departments/:departmentId/inbox')
  inbox(@Param('departmentId') departmentId: string) {
    return { departmentId };
  }

  @Get('owned/:ownerId')
  owned(@CurrentUser() user: AuthUser, @Param('ownerId') ownerId: string) {
    assertOwnerOrAdmin(user, ownerId);
    return { ok: true };
  }
}

@Module({ controllers: [GuardedController] })
class GuardedModule {}

describe('AuthGuard: who may call', () => {
  let t: TestApp;
  let dpu: string;
  let dlh: string;
  let wargaId: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule, GuardedModule] });
    await t.app.get(ReferenceSeedService).seed();
    [{ id: dpu }] = await t.dataSource.query(`SELECT id FROM department WHERE code = 'DPU'`);
    [{ id: dlh }] = await t.dataSource.query(`SELECT id FROM department WHERE code = 'DLH'`);
    wargaId = await createUser(t, 'warga@example.id', ['citizen']);
    await createUser(t, 'warga2@example.id', ['citizen']);
    await createUser(t, 'moderator@example.id', ['moderator']);
    await createUser(t, 'dpu@example.id', ['official'], [dpu]);
    await createUser(t, 'admin@example.id', ['admin']);
  });
  afterAll(() => t.close());

  const matrix: [string, string | null, Record<string, number>][] = [
    ['visitor', null, { public: 200, signedIn: 401, moderation: 401, dpuInbox: 401, dlhInbox: 401, owned: 401 }],
    ['citizen (owner)', 'warga@example.id', { public: 200, signedIn: 200, moderation: 403, dpuInbox: 403, dlhInbox: 403, owned: 200 }],
    ['another citizen', 'warga2@example.id', { public: 200, signedIn: 200, moderation: 403, dpuInbox: 403, dlhInbox: 403, owned: 404 }],
    ['moderator', 'moderator@example.id', { public: 200, signedIn: 200, moderation: 200, dpuInbox: 403, dlhInbox: 403, owned: 404 }],
    ['official of DPU', 'dpu@example.id', { public: 200, signedIn: 200, moderation: 403, dpuInbox: 200, dlhInbox: 403, owned: 404 }],
    ['admin', 'admin@example.id', { public: 200, signedIn: 200, moderation: 200, dpuInbox: 200, dlhInbox: 200, owned: 200 }],
  ];

  it.each(matrix)('%s', async (_who, email, expected) => {
    const browser = await browserFor(t, email);
    const get = (url: string) => browser.agent.get(url).then((r) => r.status);
    expect({
      public: await get('/api/guarded/public'),
      signedIn: await get('/api/guarded/signed-in'),
      moderation: await get('/api/guarded/moderation'),
      dpuInbox: await get(`/api/guarded/departments/${dpu}/inbox`),
      dlhInbox: await get(`/api/guarded/departments/${dlh}/inbox`),
      owned: await get(`/api/guarded/owned/${wargaId}`),
    }).toEqual(expected);
  });

  it('identifies a signed-in caller on a public route', async () => {
    const browser = await browserFor(t, 'warga@example.id');
    expect((await browser.agent.get('/api/guarded/public').expect(200)).body).toEqual({ user: wargaId });
  });
});
