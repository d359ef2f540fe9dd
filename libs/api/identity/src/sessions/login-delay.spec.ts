import { AuditModule } from '@walikota/api-audit';
import { NotificationsModule } from '@walikota/api-notifications';
import { ReferenceModule } from '@walikota/api-reference';
import { TestApp, createTestApp } from '@walikota/api-testing';
import supertest from 'supertest';
import { IdentityModule } from '../identity.module';
import { TEST_PASSWORD, createUser } from '../testing/identity-fixtures';
import { FIRST_DELAY_SECONDS, FREE_FAILURES } from './login-throttle.service';

const WRONG = 'salah-kata-sandi';

describe('sign-in delays per account and client', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Behind a proxy, so that each test client can have its own address.
    t = await createTestApp({ imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule], config: { trustProxy: true } });
  });
  afterAll(() => t.close());

  function login(email: string, password: string, ip: string, language = 'id'): supertest.Test {
    return t.http().post('/api/auth/login').set('X-Forwarded-For', ip).set('Accept-Language', language).send({ email, password });
  }
  /** The wait passes: the pair's lock moved into the past, as the clock would. */
  async function waitPasses(): Promise<void> {
    await t.dataSource.query(`UPDATE login_attempt SET locked_until = now() - interval '1 second' WHERE locked_until IS NOT NULL`);
  }
  async function fail(email: string, ip: string, times: number): Promise<void> {
    for (let i = 0; i < times; i++) await login(email, WRONG, ip).expect(401);
  }
  function retryAfter(res: supertest.Response): number {
    return Number(res.headers['retry-after']);
  }

  it('lets the first failures through, then makes that client wait, doubling, and says how long', async () => {
    await createUser(t, 'tebak@example.id', ['citizen']);
    await fail('tebak@example.id', '203.0.113.10', FREE_FAILURES + 1);

    const first = await login('tebak@example.id', TEST_PASSWORD, '203.0.113.10').expect(429);
    expect(retryAfter(first)).toBeGreaterThanOrEqual(1);
    expect(retryAfter(first)).toBeLessThanOrEqual(FIRST_DELAY_SECONDS);
    expect(first.body).toEqual({
      statusCode: 429,
      code: 'too_many_attempts',
      message: `Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Tunggu ${retryAfter(first)} detik, lalu coba lagi.`,
    });

    await waitPasses();
    await fail('tebak@example.id', '203.0.113.10', 1);
    const second = await login('tebak@example.id', TEST_PASSWORD, '203.0.113.10').expect(429);
    expect(retryAfter(second)).toBeGreaterThan(FIRST_DELAY_SECONDS);
    expect(retryAfter(second)).toBeLessThanOrEqual(2 * FIRST_DELAY_SECONDS);

    await waitPasses();
    await fail('tebak@example.id', '203.0.113.10', 1);
    await waitPasses();
    await fail('tebak@example.id', '203.0.113.10', 1);
    const fourth = await login('tebak@example.id', TEST_PASSWORD, '203.0.113.10', 'en').expect(429);
    expect(retryAfter(fourth)).toBeGreaterThan(4 * FIRST_DELAY_SECONDS);
    expect(retryAfter(fourth)).toBeLessThanOrEqual(8 * FIRST_DELAY_SECONDS);
    expect(fourth.body.message).toBe(
      `Too many failed sign-in attempts from this device. Wait ${Math.ceil(retryAfter(fourth) / 60)} minutes, then try again.`,
    );

    // Once the wait is over, the right password gets in.
    await waitPasses();
    await login('tebak@example.id', TEST_PASSWORD, '203.0.113.10').expect(200);
  });

  it('does not lock the owner out: a stranger’s failures delay only the stranger’s client', async () => {
    await createUser(t, 'korban@example.id', ['citizen']);
    await fail('korban@example.id', '198.51.100.66', FREE_FAILURES + 1);
    await login('korban@example.id', TEST_PASSWORD, '198.51.100.66').expect(429);
    // The owner, at home:
    await login('korban@example.id', TEST_PASSWORD, '192.0.2.1').expect(200);
    // …and the stranger still waits.
    await login('korban@example.id', TEST_PASSWORD, '198.51.100.66').expect(429);
  });

  it('forgets the failures of the client that signs in, and only of that client', async () => {
    await createUser(t, 'lupa-lagi@example.id', ['citizen']);
    await fail('lupa-lagi@example.id', '192.0.2.20', FREE_FAILURES);
    await fail('lupa-lagi@example.id', '192.0.2.21', FREE_FAILURES);
    await login('lupa-lagi@example.id', TEST_PASSWORD, '192.0.2.20').expect(200);
    // The owner's client starts afresh: its free failures are all there again.
    await fail('lupa-lagi@example.id', '192.0.2.20', FREE_FAILURES);
    await login('lupa-lagi@example.id', TEST_PASSWORD, '192.0.2.20').expect(200);
    // The other client's count was kept: one more failure and it waits.
    await fail('lupa-lagi@example.id', '192.0.2.21', 1);
    await login('lupa-lagi@example.id', TEST_PASSWORD, '192.0.2.21').expect(429);
  });

  it('answers the same for an existing and an unknown address', async () => {
    await createUser(t, 'ada@example.id', ['citizen']);
    const answers = async (email: string) => {
      const statuses: number[] = [];
      let last: supertest.Response | undefined;
      for (let i = 0; i < FREE_FAILURES + 2; i++) {
        last = await login(email, WRONG, '192.0.2.77');
        statuses.push(last.status);
      }
      return { statuses, code: last?.body.code, message: String(last?.body.message).replace(/\d+/, 'N') };
    };
    const existing = await answers('ada@example.id');
    expect(existing.statuses).toEqual([...Array(FREE_FAILURES + 1).fill(401), 429]);
    expect(await answers('tidak-ada@example.id')).toEqual(existing);
  });
});
