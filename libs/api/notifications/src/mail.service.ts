import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Language } from '@walikota/api-platform';
import { EntityManager, Repository } from 'typeorm';
import { EmailOutboxEntity } from './email-outbox.entity';
import { renderEmail } from './email-templates';

export interface OutgoingEmail {
  to: string;
  toUserId?: string | null;
  template: string;
  language: Language;
  params: Record<string, string>;
}

/** Queues e-mails in the outbox (transactionally with the caller's change when given a manager). */
@Injectable()
export class MailService {
  constructor(@InjectRepository(EmailOutboxEntity) private readonly outbox: Repository<EmailOutboxEntity>) {}

  async enqueue(email: OutgoingEmail, manager?: EntityManager): Promise<void> {
    const rendered = renderEmail(email.template, email.language, email.params);
    const repository = manager ? manager.getRepository(EmailOutboxEntity) : this.outbox;
    await repository.insert({
      toAddress: email.to,
      toUserId: email.toUserId ?? null,
      template: email.template,
      language: email.language,
      subject: rendered.subject,
      textBody: rendered.text,
    });
  }

  /** Newest first, keyset-paginated (the admin's outbox view). */
  list(limit: number, before?: { createdAt: Date; id: string }): Promise<EmailOutboxEntity[]> {
    const qb = this.outbox.createQueryBuilder('e').orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC').limit(limit);
    if (before) qb.where('(e.created_at, e.id) < (:at, :id)', { at: before.createdAt, id: before.id });
    return qb.getMany();
  }
}
