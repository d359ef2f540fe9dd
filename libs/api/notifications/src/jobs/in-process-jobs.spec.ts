import { InProcessJobs } from './in-process-jobs';

/** A promise the test resolves when it wants. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}

describe(InProcessJobs.name, () => {
  const logger = { error: jest.fn<void, [string, unknown]>(), warn: jest.fn<void, [string]>(), log: jest.fn<void, [string]>() };
  let jobs: InProcessJobs;

  beforeEach(() => {
    jobs = new InProcessJobs(logger);
    logger.error.mockClear();
  });
  afterEach(() => jobs.stop());

  it('runs a triggered job on a later tick, never inside the caller', async () => {
    let runs = 0;
    await jobs.start([{ name: 'a', run: async () => void runs++ }]);
    await jobs.trigger('a');
    expect(runs).toBe(0);
    await until(() => runs === 1);
  });

  it('coalesces triggers, and runs once more when triggered during a run', async () => {
    const first = gate();
    let runs = 0;
    await jobs.start([
      {
        name: 'a',
        run: async () => {
          runs++;
          if (runs === 1) await first.wait;
        },
      },
    ]);
    await jobs.trigger('a');
    await jobs.trigger('a');
    await until(() => runs === 1);
    await jobs.trigger('a');
    await jobs.trigger('a');
    first.open();
    await until(() => runs === 2);
    await jobs.stop();
    expect(runs).toBe(2);
  });

  it('logs a failing job and keeps going', async () => {
    let runs = 0;
    await jobs.start([
      {
        name: 'a',
        run: async () => {
          runs++;
          throw new Error('boom');
        },
      },
    ]);
    await jobs.trigger('a');
    await until(() => logger.error.mock.calls.length === 1);
    await jobs.trigger('a');
    await until(() => runs === 2);
    expect(logger.error).toHaveBeenCalledWith('Job a failed', expect.any(Error));
  });

  it('repeats periodic jobs until stopped, and waits for the running one on stop', async () => {
    const running = gate();
    let runs = 0;
    let finished = false;
    await jobs.start([
      {
        name: 'sweep',
        everyMs: 5,
        run: async () => {
          runs++;
          if (runs === 3) {
            await running.wait;
            finished = true;
          }
        },
      },
    ]);
    await until(() => runs === 3);
    const stopped = jobs.stop();
    running.open();
    await stopped;
    expect(finished).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(runs).toBe(3);
  });

  it('ignores unknown jobs and triggers after stop', async () => {
    let runs = 0;
    await jobs.start([{ name: 'a', run: async () => void runs++ }]);
    await jobs.trigger('b');
    await jobs.stop();
    await jobs.trigger('a');
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(0);
  });
});
