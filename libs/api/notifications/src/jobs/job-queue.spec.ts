import { AppConfig, loadConfig } from '@walikota/api-platform';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent } from 'typeorm';
import { JobQueue } from './job-queue';

/** Just what JobQueue touches of a DataSource and of a transaction's QueryRunner. */
function fakeDataSource(): { dataSource: DataSource; subscribers: EntitySubscriberInterface[] } {
  const subscribers: EntitySubscriberInterface[] = [];
  return { dataSource: { subscribers } as unknown as DataSource, subscribers };
}
function fakeTransaction(): { runner: QueryRunner; manager: EntityManager } {
  const runner = { isTransactionActive: true, data: {} } as unknown as QueryRunner;
  return { runner, manager: { queryRunner: runner } as unknown as EntityManager };
}
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}

describe(JobQueue.name, () => {
  const config: AppConfig = loadConfig({ NODE_ENV: 'test' });
  let queue: JobQueue;
  let subscribers: EntitySubscriberInterface[];
  let runs: number;

  beforeEach(async () => {
    const fake = fakeDataSource();
    subscribers = fake.subscribers;
    queue = new JobQueue(config, fake.dataSource);
    runs = 0;
    queue.define({ name: 'mail.deliver', run: async () => void runs++ });
    await queue.onApplicationBootstrap();
  });
  afterEach(() => queue.onApplicationShutdown());

  function commit(runner: QueryRunner): void {
    for (const s of subscribers) void s.afterTransactionCommit?.({ queryRunner: runner } as TransactionCommitEvent);
  }

  it('triggers after the caller’s transaction commits, not before', async () => {
    const { runner, manager } = fakeTransaction();
    queue.triggerAfterCommit('mail.deliver', manager);
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(0);
    // Releasing a savepoint is not the end of the transaction.
    commit(runner);
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(0);
    Object.assign(runner, { isTransactionActive: false });
    commit(runner);
    await until(() => runs === 1);
  });

  it('triggers at once without a transaction', async () => {
    queue.triggerAfterCommit('mail.deliver');
    await until(() => runs === 1);
  });

  it('forgets the trigger when the transaction rolls back', async () => {
    const { runner, manager } = fakeTransaction();
    queue.triggerAfterCommit('mail.deliver', manager);
    Object.assign(runner, { isTransactionActive: false });
    for (const s of subscribers) void s.afterTransactionRollback?.({ queryRunner: runner } as TransactionCommitEvent);
    commit(runner);
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(0);
  });

  it('refuses jobs defined after it started', () => {
    expect(() => queue.define({ name: 'late', run: async () => undefined })).toThrow(/after the queue started/);
  });
});
