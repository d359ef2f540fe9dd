import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule, ReferenceSeedService } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import type { Pool, QueryConfig } from 'pg';
import { IdentityModule } from '../identity.module';
import { createUser } from '../testing/identity-fixtures';
import { PrincipalService } from './principal.service';
import { SessionsService } from './sessions.service';

const META = { requestId: 'principal-spec', ip: '203.0.113.5', userAgent: 'jest' };

describe('principals of sessions, read together', () => {
  let t: TestApp;
  let principals: PrincipalService;
  let sessions: SessionsService;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule] });
    principals = t.app.get(PrincipalService);
    sessions = t.app.get(SessionsService);
    await t.app.get(ReferenceSeedService).seed();
  });
  afterAll(() => t.close());

  it('answers each of many concurrent sessions with its own caller, a revoked one with nobody, in fewer queries than requests', async () => {
    const [{ id: dpu }] = await t.dataSource.query(`SELECT id FROM department WHERE code = 'DPU'`);
    const ids: string[] = [];
    for (let n = 0; n < 40; n++)
      ids.push(
        await createUser(t, `warga${n}.principal@example.id`, n % 10 === 0 ? ['citizen', 'official'] : ['citizen'], n === 0 ? [dpu] : []),
      );
    const issued = await Promise.all(ids.map((id) => sessions.start(id, META)));
    const revoked = issued[7]!;
    await sessions.revokeFamily(revoked.familyId);

    const pool = (t.dataSource.driver as unknown as { master: Pool }).master;
    const query = jest.spyOn(pool, 'query');
    try {
      const users = await Promise.all(issued.map((s) => principals.fromAccessToken(s.accessToken)));
      users.forEach((user, n) => {
        if (n === 7) return expect(user).toBeUndefined();
        expect(user).toMatchObject({ id: ids[n], sessionId: issued[n]!.familyId, via: 'session', emailDomain: 'example.id' });
        expect(user!.roles).toEqual(n % 10 === 0 ? ['citizen', 'official'] : ['citizen']);
        expect(user!.departmentIds).toEqual(n === 0 ? [dpu] : []);
      });
      const reads = query.mock.calls.filter(([config]) => (config as unknown as QueryConfig).name === 'identity_principals_of_sessions').length;
      expect(reads).toBeGreaterThanOrEqual(1);
      expect(reads).toBeLessThan(issued.length);
    } finally {
      query.mockRestore();
    }
  });

  it('a token that is not this server’s, or whose claims are not ids, identifies nobody without a query', async () => {
    const pool = (t.dataSource.driver as unknown as { master: Pool }).master;
    const query = jest.spyOn(pool, 'query');
    try {
      expect(await principals.fromAccessToken('not-a-token')).toBeUndefined();
      const jwt = (sessions as unknown as { jwt: { sign(claims: object): string } }).jwt;
      // Signed with the right key but carrying something else than ids (it would fail the whole batch).
      expect(await principals.fromAccessToken(jwt.sign({ sub: "x'; DROP TABLE app_user; --", sid: 'y' }))).toBeUndefined();
      expect(query).not.toHaveBeenCalled();
    } finally {
      query.mockRestore();
    }
  });
});
