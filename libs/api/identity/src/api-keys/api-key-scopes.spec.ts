import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import supertest from 'supertest';
import { IdentityModule } from '../identity.module';
import { Browser, browserFor, createUser } from '../testing/identity-fixtures';

interface CreatedKey {
  id: string;
  key: string;
  scopes: string[];
  createdByKeyId: string | null;
}

describe('API key scopes', () => {
  let t: TestApp;
  let official: Browser;
  let admin: Browser;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule] });
    await createUser(t, 'pejabat@example.id', ['citizen', 'official']);
    await createUser(t, 'admin@example.id', ['citizen', 'admin']);
    official = await browserFor(t, 'pejabat@example.id');
    admin = await browserFor(t, 'admin@example.id');
  });
  afterAll(() => t.close());

  async function keyOf(browser: Browser, scopes?: string[], name = 'Integrasi'): Promise<CreatedKey> {
    return (
      await browser
        .send('post', '/api/me/api-keys')
        .send({ name, ...(scopes ? { scopes } : {}) })
        .expect(201)
    ).body;
  }
  function bearer(key: CreatedKey): (method: 'get' | 'post' | 'patch' | 'delete', url: string) => supertest.Test {
    return (method, url) => t.http()[method](url).set('Authorization', `Bearer ${key.key}`);
  }

  it('names its scopes at creation, validated; the default is read and open311', async () => {
    expect(await keyOf(official)).toMatchObject({ scopes: ['read', 'open311'], createdByKeyId: null });
    expect(await keyOf(official, ['reports', 'read'])).toMatchObject({ scopes: ['reports', 'read'] });
    const unknown = await official
      .send('post', '/api/me/api-keys')
      .send({ name: 'Salah', scopes: ['superuser'] })
      .expect(400);
    expect(unknown.body.details[0]).toMatchObject({ field: 'scopes', code: 'isIn' });
    await official.send('post', '/api/me/api-keys').send({ name: 'Kosong', scopes: [] }).expect(400);
    const adminOnly = await official
      .send('post', '/api/me/api-keys')
      .send({ name: 'Admin', scopes: ['admin'] })
      .expect(400);
    expect(adminOnly.body.details).toEqual([
      { field: 'scopes', code: 'api_key_scope_admin_only', message: 'Cakupan «admin» hanya untuk kunci milik admin.' },
    ]);
  });

  it('lets a key read only with `read`, and write only where a route accepts its scope', async () => {
    const reader = bearer(await keyOf(official, ['read']));
    expect((await reader('get', '/api/me').expect(200)).body.email).toBe('pejabat@example.id');
    const write = await reader('patch', '/api/me').send({ name: 'Diubah Kunci' }).expect(403);
    expect(write.body.code).toBe('api_key_not_allowed');

    const filer = bearer(await keyOf(official, ['open311']));
    const read = await filer('get', '/api/me').set('Accept-Language', 'en').expect(403);
    expect(read.body).toMatchObject({
      code: 'api_key_scope',
      message: 'This API key may not be used for this request: it needs the «read» scope. Create a key with that scope.',
    });
  });

  it('lets only a key with `keys` manage keys, and never with more scopes than its own', async () => {
    const reader = bearer(await keyOf(official, ['read']));
    const refused = await reader('post', '/api/me/api-keys')
      .send({ name: 'Anak', scopes: ['read'] })
      .expect(403);
    expect(refused.body).toMatchObject({ code: 'api_key_scope' });
    await reader('get', '/api/me/api-keys').expect(403);

    const manager = await keyOf(official, ['read', 'keys']);
    const child = await bearer(manager)('post', '/api/me/api-keys')
      .send({ name: 'Anak', scopes: ['read'] })
      .expect(201);
    expect(child.body).toMatchObject({ scopes: ['read'], createdByKeyId: manager.id });
    const beyond = await bearer(manager)('post', '/api/me/api-keys')
      .send({ name: 'Anak', scopes: ['read', 'reports'] })
      .expect(400);
    expect(beyond.body.details[0]).toMatchObject({ field: 'scopes', code: 'api_key_scope_beyond_creator' });
    // Without naming scopes, the default (read, open311) is more than this key has too.
    await bearer(manager)('post', '/api/me/api-keys').send({ name: 'Anak' }).expect(400);
  });

  it('needs `admin` on admin routes, even when the key’s owner is an admin', async () => {
    const everyday = bearer(await keyOf(admin, ['read', 'open311', 'reports', 'keys']));
    const refused = await everyday('get', '/api/admin/users').expect(403);
    expect(refused.body).toMatchObject({ code: 'api_key_scope', message: expect.stringContaining('«admin»') });
    await everyday('get', '/api/admin/audit-log').expect(403);

    const administering = bearer(await keyOf(admin, ['admin']));
    await administering('get', '/api/admin/users').expect(200);
    // The scope does not make an official an admin: an admin key of an official cannot exist, and
    // roles still apply to whoever owns a key.
    await bearer(await keyOf(official, ['read']))('get', '/api/admin/users').expect(403);
  });

  it('revokes, with a key, every key created from it, transitively, at once', async () => {
    const root = await keyOf(official, ['read', 'keys'], 'Induk');
    const child: CreatedKey = (
      await bearer(root)('post', '/api/me/api-keys')
        .send({ name: 'Anak', scopes: ['read', 'keys'] })
        .expect(201)
    ).body;
    const grandchild: CreatedKey = (
      await bearer(child)('post', '/api/me/api-keys')
        .send({ name: 'Cucu', scopes: ['read'] })
        .expect(201)
    ).body;
    const sibling = await keyOf(official, ['read'], 'Lain');
    for (const key of [root, child, grandchild]) await bearer(key)('get', '/api/me').expect(200);

    await official.send('delete', `/api/me/api-keys/${root.id}`).expect(204);
    for (const key of [root, child, grandchild]) await bearer(key)('get', '/api/me').expect(401);
    await bearer(sibling)('get', '/api/me').expect(200);
    const listed: { id: string }[] = (await official.agent.get('/api/me/api-keys').expect(200)).body;
    expect(listed.map((k) => k.id)).not.toEqual(expect.arrayContaining([root.id]));
    expect(listed.map((k) => k.id).filter((id) => [child.id, grandchild.id].includes(id))).toEqual([]);
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'api_key.revoked' AND target_id = $1`, [root.id]);
    expect((audit.after.alsoRevoked as string[]).sort()).toEqual([child.id, grandchild.id].sort());
  });
});
