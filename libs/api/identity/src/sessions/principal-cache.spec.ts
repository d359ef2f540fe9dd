import { Controller, Get, Module, Param } from '@nestjs/common';
import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { AuthUser, Broadcast, CurrentUser, Roles, RolesInDepartment } from '@walikota/api-platform';
import { ReferenceModule, ReferenceSeedService } from '@walikota/api-reference';
import { TestApp, createTestApp, testEnvironment } from '@walikota/api-testing';
import { randomBytes, randomUUID } from 'node:crypto';
import supertest from 'supertest';
import { IdentityModule } from '../identity.module';
import { Browser, TEST_PASSWORD, createUser } from '../testing/identity-fixtures';
import { ACCESS_COOKIE } from './cookies';
import { PRINCIPAL_CACHE_TTL_MS, PRINCIPAL_CHANGED, PrincipalCache, PrincipalRow } from './principal-cache';

@Controller('guarded')
class GuardedController {
  @Get('whoami')
  whoami(@CurrentUser() user: AuthUser) {
    return { language: user.language };
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
}

@Module({ controllers: [GuardedController] })
class GuardedModule {}

const imports = [ReferenceModule, AuditModule, NotificationsModule, IdentityModule, GuardedModule];

/**
 * Two API instances on one database need a real server, and hear each other only through Redis:
 * without both, "the other instance" is this one (the broadcast is then in-process).
 */
const TWO_INSTANCES = !!testEnvironment.redisUrl && !!testEnvironment.databaseUrl;

/** The access-token cookie a sign-in set, to present it by hand (to the other instance, or after logout). */
function accessCookie(res: supertest.Response): string {
  const found = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${ACCESS_COOKIE}=`));
  if (!found) throw new Error('no access cookie set');
  return found.split(';')[0];
}

describe(`principal cache: changes take effect on the next request (${TWO_INSTANCES ? 'two instances sharing Redis' : 'one instance, in-process broadcast'})`, () => {
  /** Where the admin makes changes. */
  let a: TestApp;
  /** Where the changed user's next request goes: another instance of the same deployment when possible. */
  let b: TestApp;
  let admin: Browser;
  let dpu: string;
  let dlh: string;

  beforeAll(async () => {
    // One deployment: same secret (sessions valid on both), database schema and Redis prefix.
    a = await createTestApp({ imports, config: { authSecret: randomBytes(32).toString('base64url') } });
    b = TWO_INSTANCES
      ? await createTestApp({
          imports,
          config: {
            authSecret: a.config.authSecret,
            databaseUrl: a.config.databaseUrl,
            databaseSchema: a.config.databaseSchema,
            redisKeyPrefix: a.config.redisKeyPrefix,
          },
        })
      : a;
    // Off in tests by default (fixtures elsewhere write roles behind the services' back): on here, as in production.
    for (const app of [a, b]) app.app.get(PrincipalCache).ttlMs = PRINCIPAL_CACHE_TTL_MS;
    await a.app.get(ReferenceSeedService).seed();
    [{ id: dpu }] = await a.dataSource.query(`SELECT id FROM department WHERE code = 'DPU'`);
    [{ id: dlh }] = await a.dataSource.query(`SELECT id FROM department WHERE code = 'DLH'`);
    await createUser(a, 'admin@example.id', ['citizen', 'admin']);
    admin = new Browser(a);
    await admin.login('admin@example.id');
  });
  afterAll(async () => {
    if (b !== a) await b.close();
    await a.close();
  });

  /** Signs in on instance A and returns a function making a GET with that session on instance B. */
  async function signedIn(email: string): Promise<{ browser: Browser; cookie: string; getOnB: (url: string) => Promise<number> }> {
    const browser = new Browser(a);
    const cookie = accessCookie(await browser.login(email));
    return {
      browser,
      cookie,
      getOnB: (url) =>
        b
          .http()
          .get(url)
          .set('Cookie', cookie)
          .then((res) => res.status),
    };
  }

  it('serves the principal from memory: a change made behind the services’ back is not seen (which the tests below rely on)', async () => {
    const id = await createUser(a, 'behind@example.id', ['citizen', 'moderator']);
    const { getOnB } = await signedIn('behind@example.id');
    expect(await getOnB('/api/guarded/moderation')).toBe(200);
    await a.dataSource.query(`DELETE FROM user_role WHERE user_id = $1 AND role = 'moderator'`, [id]);
    expect(await getOnB('/api/guarded/moderation')).toBe(200);
    // Told through the service, as every change is, it goes at once.
    await b.app.get(PrincipalCache).userChanged(id);
    expect(await getOnB('/api/guarded/moderation')).toBe(403);
  });

  it('a role removed by an admin', async () => {
    const id = await createUser(a, 'mod@example.id', ['citizen', 'moderator']);
    const { getOnB } = await signedIn('mod@example.id');
    expect(await getOnB('/api/guarded/moderation')).toBe(200);

    await admin
      .send('put', `/api/admin/users/${id}/roles`)
      .send({ roles: ['citizen'] })
      .expect(200);
    expect(await getOnB('/api/guarded/moderation')).toBe(403);

    await admin
      .send('put', `/api/admin/users/${id}/roles`)
      .send({ roles: ['citizen', 'moderator'], reason: 'Kembali bertugas' })
      .expect(200);
    expect(await getOnB('/api/guarded/moderation')).toBe(200);
  });

  it('a department change', async () => {
    const id = await createUser(a, 'official@example.id', ['citizen', 'official'], [dpu]);
    const { getOnB } = await signedIn('official@example.id');
    expect(await getOnB(`/api/guarded/departments/${dpu}/inbox`)).toBe(200);
    expect(await getOnB(`/api/guarded/departments/${dlh}/inbox`)).toBe(403);

    await admin
      .send('put', `/api/admin/users/${id}/departments`)
      .send({ departmentIds: [dlh] })
      .expect(200);
    expect(await getOnB(`/api/guarded/departments/${dpu}/inbox`)).toBe(403);
    expect(await getOnB(`/api/guarded/departments/${dlh}/inbox`)).toBe(200);
  });

  it('a suspension ends the sessions; the reactivated account signs in again', async () => {
    const id = await createUser(a, 'suspend@example.id', ['citizen']);
    const { getOnB } = await signedIn('suspend@example.id');
    expect(await getOnB('/api/me')).toBe(200);

    await admin.send('post', `/api/admin/users/${id}/suspend`).send({ reason: 'Spam berulang' }).expect(200);
    expect(await getOnB('/api/me')).toBe(401);
    const refused = await b.http().post('/api/auth/login').send({ email: 'suspend@example.id', password: TEST_PASSWORD }).expect(403);
    expect(refused.body.code).toBe('account_suspended');

    await admin.send('post', `/api/admin/users/${id}/reactivate`).send({ reason: 'Banding diterima' }).expect(200);
    const again = await signedIn('suspend@example.id');
    expect(await again.getOnB('/api/me')).toBe(200);
  });

  it('a logout', async () => {
    await createUser(a, 'logout@example.id', ['citizen']);
    const { browser, getOnB } = await signedIn('logout@example.id');
    expect(await getOnB('/api/me')).toBe(200);
    await browser.send('post', '/api/auth/logout').expect(204);
    expect(await getOnB('/api/me')).toBe(401);
  });

  it('a password change ends the other sessions, not the one that made it', async () => {
    await createUser(a, 'password@example.id', ['citizen']);
    const mine = await signedIn('password@example.id');
    const other = await signedIn('password@example.id');
    expect([await mine.getOnB('/api/me'), await other.getOnB('/api/me')]).toEqual([200, 200]);
    await mine.browser
      .send('post', '/api/me/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'teh-manis-sore-hari-2' })
      .expect(204);
    expect([await mine.getOnB('/api/me'), await other.getOnB('/api/me')]).toEqual([200, 401]);
  });

  it('a language change (the language of what the API writes to the caller)', async () => {
    await createUser(a, 'bahasa@example.id', ['citizen']);
    const { browser, cookie } = await signedIn('bahasa@example.id');
    const language = async () => (await b.http().get('/api/guarded/whoami').set('Cookie', cookie).expect(200)).body.language;
    expect(await language()).toBe('id');
    await browser.send('patch', '/api/me').send({ language: 'en' }).expect(200);
    expect(await language()).toBe('en');
  });
});

describe('PrincipalCache', () => {
  let t: TestApp;
  let cache: PrincipalCache;
  const row = (id: string, roles: PrincipalRow['roles']): PrincipalRow => ({
    id,
    status: 'active',
    language: 'id',
    home_area_id: null,
    email_domain: 'example.id',
    roles,
    department_ids: [],
  });
  // Each test its own user: with Redis, a change's echo reaches this instance a moment later.
  let userId: string;
  beforeEach(() => (userId = randomUUID()));

  /** What this instance heard on the channel (with Redis, its own changes come back a moment later). */
  const heard: string[] = [];
  async function echoOf(message: string): Promise<void> {
    for (let i = 0; i < 200 && !heard.includes(message); i++) await new Promise((r) => setTimeout(r, 10));
    expect(heard).toContain(message);
  }

  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule] });
    cache = t.app.get(PrincipalCache);
    cache.ttlMs = PRINCIPAL_CACHE_TTL_MS;
    await t.app.get(Broadcast).on(PRINCIPAL_CHANGED, (message) => heard.push(message));
  });
  afterAll(() => t.close());

  it('keeps a load, and forgets it on a change of the user or of the session', async () => {
    const family = randomBytes(8).toString('hex');
    let loads = 0;
    const load = async () => (loads++, row(userId, ['citizen']));
    await cache.get(userId, family, load);
    await cache.get(userId, family, load);
    expect(loads).toBe(1);
    await cache.userChanged(userId);
    await cache.get(userId, family, load);
    expect(loads).toBe(2);
    await cache.sessionEnded(family);
    await cache.get(userId, family, load);
    expect(loads).toBe(3);
  });

  it('does not keep what was read while a change came in (it may predate the commit)', async () => {
    const family = randomBytes(8).toString('hex');
    let release: (value: PrincipalRow) => void = () => undefined;
    const slow = cache.get(userId, family, () => new Promise<PrincipalRow>((resolve) => (release = resolve)));
    await cache.userChanged(userId);
    release(row(userId, ['citizen', 'moderator']));
    expect((await slow)?.roles).toEqual(['citizen', 'moderator']);
    const fresh = await cache.get(userId, family, async () => row(userId, ['citizen']));
    expect(fresh?.roles).toEqual(['citizen']);
  });

  it('inside a transaction, forgets only once it commits (and not at all when it rolls back)', async () => {
    const family = randomBytes(8).toString('hex');
    let loads = 0;
    const load = async () => (loads++, row(userId, ['citizen']));
    await cache.get(userId, family, load);
    await t.dataSource.transaction(async (manager) => {
      await cache.userChanged(userId, manager);
      await cache.get(userId, family, load);
      expect(loads).toBe(1);
    });
    await echoOf(`user:${userId}`);
    await cache.get(userId, family, load);
    await cache.get(userId, family, load);
    expect(loads).toBe(2);

    await t.dataSource
      .transaction(async (manager) => {
        await cache.userChanged(userId, manager);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await cache.get(userId, family, load);
    expect(loads).toBe(2);
  });

  it('keeps nothing while it cannot hear the broadcast (Redis subscriber down), and forgets what it had then or after a reconnection', async () => {
    const family = randomBytes(8).toString('hex');
    const broadcast = { listening: true, listenGeneration: 1, on: async () => undefined, publish: async () => undefined };
    const deaf = new PrincipalCache(t.dataSource, broadcast as unknown as Broadcast, t.config);
    deaf.ttlMs = PRINCIPAL_CACHE_TTL_MS;
    let loads = 0;
    const load = async () => (loads++, row(userId, ['citizen']));
    await deaf.get(userId, family, load);
    await deaf.get(userId, family, load);
    expect(loads).toBe(1);
    broadcast.listening = false;
    await deaf.get(userId, family, load);
    await deaf.get(userId, family, load);
    expect(loads).toBe(3);
    broadcast.listening = true;
    await deaf.get(userId, family, load);
    await deaf.get(userId, family, load);
    expect(loads).toBe(4);
    // Reconnected between two requests: changes sent meanwhile were not heard.
    broadcast.listenGeneration++;
    await deaf.get(userId, family, load);
    await deaf.get(userId, family, load);
    expect(loads).toBe(5);
  });

  it('is off in tests unless turned on, and keeps nothing then', async () => {
    const off = new PrincipalCache(t.dataSource, t.app.get(Broadcast), t.config);
    expect(off.ttlMs).toBe(0);
    let loads = 0;
    const load = async () => (loads++, row(userId, ['citizen']));
    await off.get(userId, 'f', load);
    await off.get(userId, 'f', load);
    expect(loads).toBe(2);
  });

  it('keeps no revoked session or unknown user', async () => {
    const family = randomBytes(8).toString('hex');
    let loads = 0;
    const load = async () => (loads++, undefined);
    await cache.get(userId, family, load);
    await cache.get(userId, family, load);
    expect(loads).toBe(2);
  });
});
