import { AppConfig, loadConfig } from '@walikota/api-platform';
import { DataSource } from 'typeorm';
import { JobQueue } from './jobs/job-queue';
import { MailDeliveryWorker, retryDelaySeconds } from './mail-delivery.worker';

describe(MailDeliveryWorker.name, () => {
  it('backs off exponentially between attempts', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([60, 120, 240, 480]);
  });

  it('sends nothing and defines no job without SMTP_URL: e-mails stay in the outbox', async () => {
    const config: AppConfig = loadConfig({ NODE_ENV: 'test' });
    const dataSource = { query: jest.fn() } as unknown as jest.Mocked<DataSource>;
    const jobs = { define: jest.fn() } as unknown as jest.Mocked<JobQueue>;
    const worker = new MailDeliveryWorker(config, dataSource, jobs);
    worker.onModuleInit();
    expect(jobs.define).not.toHaveBeenCalled();
    expect(await worker.deliverDue()).toBe(0);
    expect(dataSource.query).not.toHaveBeenCalled();
  });
});
