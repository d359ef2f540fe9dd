import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Language } from '@walikota/api-platform';
import { EntityManager, Repository } from 'typeorm';
import { EmailOutboxEntity, EmailStatus } from './email-outbox.entity';
import { renderEmail } from './email-templates';
import { JobQueue } from './jobs/job-queue';

/** The job that delivers due outbox rows over SMTP (see MailDeliveryWorker). */
export const MAIL_DELIVERY_JOB = 'mail.deliver';

export interface OutgoingEmail {
  to: string;
  toUserId?: string | null;
  template: string;
  language: Language;
  params: Record<string, string>;
}

export interface OutboxQuery {
  limit: number;
  /** The id of the last e-mail of the previous page. */
  before?: string;
  status?: EmailStatus;
}

const SUBJECT_MAX = 200;

/**
 * Queues e-mails in the outbox (transactionally with the caller's change when given a
 * manager); delivery is triggered once that transaction commits and happens off the request.
 */
@Injectable()
export class MailService {
  constructor(
    @InjectRepository(EmailOutboxEntity) private readonly outbox: Repository<EmailOutboxEntity>,
    private readonly jobs: JobQueue,
  ) {}

  async enqueue(email: OutgoingEmail, manager?: EntityManager): Promise<void> {
    await this.enqueueMany([email], manager);
  }

  /** Several e-mails in one INSERT. */
  async enqueueMany(emails: OutgoingEmail[], manager?: EntityManager): Promise<void> {
    if (emails.length === 0) return;
    const repository = manager ? manager.getRepository(EmailOutboxEntity) : this.outbox;
    await repository.insert(
      emails.map((email) => {
        const rendered = renderEmail(email.template, email.language, email.params);
        return {
          toAddress: email.to,
          toUserId: email.toUserId ?? null,
          template: email.template,
          language: email.language,
          subject: oneLine(rendered.subject, SUBJECT_MAX),
          textBody: rendered.text,
        };
      }),
    );
    this.jobs.triggerAfterCommit(MAIL_DELIVERY_JOB, manager);
  }

  /** Newest first, keyset-paginated on (created_at, id) (the admins' outbox view). */
  async list(query: OutboxQuery): Promise<EmailOutboxEntity[]> {
    const qb = this.outbox.createQueryBuilder('e').orderBy('e.createdAt', 'DESC').addOrderBy('e.id', 'DESC').limit(query.limit);
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    // The cursor's timestamp is read in SQL: microseconds survive, which a JS Date would drop.
    if (query.before)
      qb.andWhere('(e.created_at, e.id) < (SELECT b.created_at, b.id FROM email_outbox b WHERE b.id = :before)', { before: query.before });
    return qb.getMany();
  }
}

/** Subjects are single header lines of bounded length. */
function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
