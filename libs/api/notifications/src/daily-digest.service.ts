import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@walikota/api-platform';
import { DataSource, EntityManager } from 'typeorm';
import { sendsDigest } from './delivery-plan';
import { DigestItem, digestDay, digestParams } from './digest';
import { JobQueue } from './jobs/job-queue';
import { MailService } from './mail.service';
import { RECIPIENT_DIRECTORY, RecipientDirectory } from './recipient-directory';

export const DAILY_DIGEST_JOB = 'notifications.digest';
const RUN_EVERY_MS = 15 * 60_000;
const USERS_PER_BATCH = 200;
const MAX_BATCHES_PER_RUN = 500;
const KEEP_MARKERS_DAYS = 30;

interface ClaimedRow {
  user_id: string;
  type: string;
  params: Record<string, string>;
  created_at: Date;
}

/**
 * The daily digest for users with e-mail frequency `daily`. Safe to run any number of times,
 * on any number of instances: a (user, day) marker row is inserted before a user's pending
 * notifications are claimed, so each user gets at most one digest per day and each
 * notification is in at most one digest.
 */
@Injectable()
export class DailyDigestService implements OnModuleInit {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly jobs: JobQueue,
    @Inject(RECIPIENT_DIRECTORY) private readonly directory: RecipientDirectory,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: DAILY_DIGEST_JOB, everyMs: RUN_EVERY_MS, run: async () => void (await this.sendDigests()) });
  }

  /** Queues today's digests (the digest day of `now`); returns how many e-mails were queued. */
  async sendDigests(now: Date = new Date()): Promise<number> {
    const day = digestDay(now, this.config.timeZone);
    let queued = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const rows: { user_id: string }[] = await this.dataSource.query(
        `SELECT DISTINCT n.user_id FROM notification n
         WHERE n.digest_pending
           AND NOT EXISTS (SELECT 1 FROM notification_digest d WHERE d.user_id = n.user_id AND d.digest_date = $1)
         LIMIT $2`,
        [day, USERS_PER_BATCH],
      );
      if (rows.length === 0) break;
      queued += await this.dataSource.transaction((manager) =>
        this.digestUsers(
          manager,
          rows.map((r) => r.user_id),
          day,
        ),
      );
    }
    await this.dataSource.query(`DELETE FROM notification_digest WHERE digest_date < $1::date - $2::int`, [day, KEEP_MARKERS_DAYS]);
    return queued;
  }

  private async digestUsers(manager: EntityManager, userIds: string[], day: string): Promise<number> {
    // Another instance digesting the same user makes this insert wait, then skip the user.
    const marked: { user_id: string }[] = await manager.query(
      `INSERT INTO notification_digest (user_id, digest_date, notification_count)
       SELECT n.user_id, $2::date, count(*) FROM notification n
       WHERE n.digest_pending AND n.user_id = ANY($1::uuid[])
       GROUP BY n.user_id
       ON CONFLICT (user_id, digest_date) DO NOTHING
       RETURNING user_id`,
      [userIds, day],
    );
    if (marked.length === 0) return 0;
    const markedIds = marked.map((m) => m.user_id);
    const claimed: ClaimedRow[] = await manager.query(
      `WITH claimed AS (
         UPDATE notification SET digest_pending = false
         WHERE digest_pending AND user_id = ANY($1::uuid[])
         RETURNING id, user_id, type, params, created_at)
       SELECT user_id, type, params, created_at FROM claimed ORDER BY created_at, id`,
      [markedIds],
    );
    const byUser = new Map<string, DigestItem[]>();
    for (const row of claimed) {
      const items = byUser.get(row.user_id) ?? [];
      items.push({ type: row.type, params: row.params, createdAt: new Date(row.created_at) });
      byUser.set(row.user_id, items);
    }
    const recipients = (await this.directory.recipients(markedIds, manager)).filter((r) => sendsDigest(r) && byUser.has(r.id));
    const context = { publicUrl: this.config.publicUrl, timeZone: this.config.timeZone };
    await this.mail.enqueueMany(
      recipients.map((recipient) => ({
        to: recipient.email,
        toUserId: recipient.id,
        template: 'daily_digest',
        language: recipient.language,
        params: digestParams(recipient, byUser.get(recipient.id) ?? [], context),
      })),
      manager,
    );
    return recipients.length;
  }
}
