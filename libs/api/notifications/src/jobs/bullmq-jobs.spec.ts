import net from 'node:net';
import { BullMqJobs } from './bullmq-jobs';

/** A local port nobody listens on: a Redis that is down. */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe(`${BullMqJobs.name} while Redis is down`, () => {
  it('starts, takes triggers without waiting or keeping them, and stops', async () => {
    const logger = { error: jest.fn(), warn: jest.fn(), log: jest.fn() };
    const jobs = new BullMqJobs({ redisUrl: `redis://127.0.0.1:${await deadPort()}`, keyPrefix: 'test:down:', removeOnStop: true }, logger);
    let runs = 0;
    await jobs.start([{ name: 'mail.deliver', everyMs: 5_000, run: async () => void runs++ }]);
    // A request's trigger after commit: settles at once (a hang would time the test out), holds nothing.
    const triggers = Array.from({ length: 100 }, () => jobs.trigger('mail.deliver'));
    await expect(Promise.all(triggers)).resolves.toHaveLength(100);
    expect((jobs as unknown as { inFlight: Set<unknown> }).inFlight.size).toBe(0);
    await jobs.stop();
    expect(runs).toBe(0);
    expect(logger.warn).toHaveBeenCalledWith('Job queue: Redis not reachable at start; jobs run once it is');
    // The outage was logged once per connection, not per attempt.
    expect(logger.warn.mock.calls.filter(([message]) => /unavailable/.test(message))).toHaveLength(2);
  }, 20_000);
});
