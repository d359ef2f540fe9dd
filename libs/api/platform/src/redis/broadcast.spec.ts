import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { Broadcast } from './broadcast';

const REDIS_URL = process.env['REDIS_URL'] || undefined;

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe(`broadcast (${REDIS_URL ? 'Redis pub/sub' : 'in-process, no REDIS_URL'})`, () => {
  const opened: { redis: Redis | null; broadcast: Broadcast }[] = [];
  /** An API instance's broadcast: its own Redis connection, the deployment's prefix. */
  const instance = (prefix: string) => {
    const redis = REDIS_URL ? new Redis(REDIS_URL) : null;
    const broadcast = new Broadcast(redis, Object.assign(new AppConfig(), { redisKeyPrefix: prefix }));
    opened.push({ redis, broadcast });
    return broadcast;
  };
  afterEach(async () => {
    for (const { redis, broadcast } of opened.splice(0)) {
      await broadcast.onApplicationShutdown();
      await redis?.quit();
    }
  });

  it('tells every instance of the deployment, the publisher included, and no other deployment', async () => {
    const prefix = `test:${randomBytes(6).toString('hex')}:`;
    const a = instance(prefix);
    // Without Redis there is one process: the publisher is the whole deployment.
    const b = REDIS_URL ? instance(prefix) : a;
    const other = instance(`test:${randomBytes(6).toString('hex')}:`);
    const heard = { a: 0, b: 0, other: 0, unrelated: 0 };
    await a.on('calendar.changed', () => heard.a++);
    if (b !== a) await b.on('calendar.changed', () => heard.b++);
    await a.on('something.else', () => heard.unrelated++);
    await other.on('calendar.changed', () => heard.other++);

    await a.publish('calendar.changed');
    await until(() => heard.a === 1 && (b === a || heard.b === 1));
    expect(heard).toEqual({ a: 1, b: b === a ? 0 : 1, other: 0, unrelated: 0 });
  });

  it('carries a message, and says whether this instance would hear a signal now', async () => {
    const prefix = `test:${randomBytes(6).toString('hex')}:`;
    const a = instance(prefix);
    const b = REDIS_URL ? instance(prefix) : a;
    const messages: string[] = [];
    await b.on('principal.changed', (message) => messages.push(message));
    expect(b.listening).toBe(true);
    await a.publish('principal.changed', 'user:42');
    await a.publish('principal.changed');
    await until(() => messages.length === 2);
    expect(messages).toEqual(['user:42', '1']);
  });

  it('keeps delivering to the others when one handler throws', async () => {
    const a = instance(`test:${randomBytes(6).toString('hex')}:`);
    let heard = 0;
    await a.on('x', () => {
      throw new Error('broken listener');
    });
    await a.on('x', () => heard++);
    await a.publish('x');
    await until(() => heard === 1);
    expect(heard).toBe(1);
  });
});
