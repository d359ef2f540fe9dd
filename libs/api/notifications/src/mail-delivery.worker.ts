import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppConfig, Language } from '@walikota/api-platform';
import { Transporter, createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { JobQueue } from './jobs/job-queue';
import { MAIL_DELIVERY_JOB } from './mail.service';

export const MAX_DELIVERY_ATTEMPTS = 5;
const BATCH_SIZE = 20;
const MAX_BATCHES_PER_RUN = 50;
const SWEEP_EVERY_MS = 5_000;
/** A claimed row is not offered again for this long (another instance may be sending it). */
const LEASE_SECONDS = 600;

/** Wait before the next attempt after `attempts` failed ones: 1, 2, 4, 8 minutes. */
export function retryDelaySeconds(attempts: number): number {
  return 60 * 2 ** Math.max(0, attempts - 1);
}

interface ClaimedEmail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  language: Language;
  attempts: number;
}

/**
 * Sends pending outbox rows over SMTP when SMTP_URL is set. Rows are claimed with
 * FOR UPDATE SKIP LOCKED and leased, so several API instances never send one twice; failures
 * are retried with exponential backoff, and after MAX_DELIVERY_ATTEMPTS the row is `failed`.
 * Without SMTP_URL nothing is sent: the outbox is where admins read the e-mails.
 */
@Injectable()
export class MailDeliveryWorker implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('MailDelivery');
  private transport?: Transporter;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    if (!this.config.smtpUrl) return;
    this.transport = createTransport({
      url: this.config.smtpUrl,
      pool: true,
      maxConnections: 3,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
    this.jobs.define({ name: MAIL_DELIVERY_JOB, everyMs: SWEEP_EVERY_MS, run: async () => void (await this.deliverDue()) });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** Sends every due e-mail; returns how many were accepted by the SMTP server. */
  async deliverDue(): Promise<number> {
    const transport = this.transport;
    if (!transport) return 0;
    let sent = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const emails = await this.claim();
      const results = await Promise.all(emails.map((email) => this.send(transport, email)));
      sent += results.filter(Boolean).length;
      if (emails.length < BATCH_SIZE) break;
    }
    return sent;
  }

  private claim(): Promise<ClaimedEmail[]> {
    return this.dataSource.query(
      `WITH claimed AS (
         UPDATE email_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
         WHERE id IN (
           SELECT id FROM email_outbox WHERE status = 'pending' AND next_attempt_at <= now()
           ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, to_address, subject, text_body, language, attempts)
       SELECT * FROM claimed`,
      [BATCH_SIZE, LEASE_SECONDS],
    );
  }

  private async send(transport: Transporter, email: ClaimedEmail): Promise<boolean> {
    try {
      await transport.sendMail({
        from: this.config.mailFrom,
        to: email.to_address,
        subject: email.subject,
        text: email.text_body,
        headers: { 'Content-Language': email.language, 'Auto-Submitted': 'auto-generated' },
      });
      await this.dataSource.query(`UPDATE email_outbox SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`, [email.id]);
      return true;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const giveUp = email.attempts >= MAX_DELIVERY_ATTEMPTS;
      this.logger.warn({ emailId: email.id, attempts: email.attempts, giveUp }, `E-mail delivery failed: ${message}`);
      await this.dataSource.query(
        giveUp
          ? `UPDATE email_outbox SET status = 'failed', last_error = $2 WHERE id = $1`
          : `UPDATE email_outbox SET next_attempt_at = now() + make_interval(secs => $3), last_error = $2 WHERE id = $1`,
        giveUp ? [email.id, message] : [email.id, message, retryDelaySeconds(email.attempts)],
      );
      return false;
    }
  }
}
