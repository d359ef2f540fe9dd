import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig, Language, NotFoundDomainException } from '@walikota/api-platform';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { planDelivery } from './delivery-plan';
import { EMAIL_SETTINGS_PATH, absoluteLink } from './digest';
import { MailService, OutgoingEmail } from './mail.service';
import { EmailOutboxEntity } from './email-outbox.entity';
import { NotificationDigestEntity, NotificationEntity } from './notification.entity';
import { NOTIFICATION_TYPE, renderNotification } from './notification-templates';
import { NotificationDto, NotificationPageDto } from './notifications.dto';
import { RECIPIENT_DIRECTORY, Recipient, RecipientDirectory } from './recipient-directory';

export interface NotificationListQuery {
  limit: number;
  before?: string;
}

/** In-app notifications and the e-mails they cause; what every module calls to tell users. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    @Inject(RECIPIENT_DIRECTORY) private readonly directory: RecipientDirectory,
  ) {}

  /**
   * Tells `userIds` that `type` happened: one in-app notification each (a single INSERT), an
   * e-mail now for those who want e-mail immediately, the daily digest for `daily` users.
   * Inactive or unknown users are skipped. Give `manager` to make it part of the caller's
   * transaction; e-mail delivery starts after that commits.
   */
  async notify(userIds: string[], type: string, params: Record<string, string>, manager?: EntityManager): Promise<void> {
    if (!NOTIFICATION_TYPE.test(type) || type.length > 60) throw new Error(`Invalid notification type ${type}`);
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    if (!manager) return this.dataSource.transaction((m) => this.notify(unique, type, params, m));
    const recipients = await this.directory.recipients(unique, manager);
    if (recipients.length === 0) return;
    const plan = planDelivery(recipients);
    const collecting = new Set(plan.digest.map((r) => r.id));
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(recipients.map((r) => ({ userId: r.id, type, params, digestPending: collecting.has(r.id) })))
      .execute();
    await this.mail.enqueueMany(
      plan.emailNow.map((r) => this.immediateEmail(r, type, params)),
      manager,
    );
  }

  /** The user's own notifications, newest first, keyset-paginated on (created_at, id). */
  async list(userId: string, query: NotificationListQuery, language: Language): Promise<NotificationPageDto> {
    const qb = this.notifications
      .createQueryBuilder('n')
      .where('n.userId = :userId', { userId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(query.limit + 1);
    // The cursor's timestamp is read in SQL: microseconds survive, which a JS Date would drop.
    if (query.before)
      qb.andWhere('(n.created_at, n.id) < (SELECT b.created_at, b.id FROM notification b WHERE b.id = :before AND b.user_id = :userId)', {
        before: query.before,
      });
    const rows = await qb.getMany();
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((n) => this.toDto(n, language)),
      nextCursor: rows.length > query.limit ? page[page.length - 1].id : null,
    };
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.count({ where: { userId, readAt: IsNull() } });
  }

  /** Marks one of the user's notifications read; another user's is "not found". */
  async markRead(userId: string, id: string): Promise<void> {
    const result = await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'COALESCE(read_at, now())' })
      .where('id = :id AND user_id = :userId', { id, userId })
      .execute();
    if (!result.affected) throw new NotFoundDomainException('notification_not_found');
  }

  async markAllRead(userId: string): Promise<void> {
    await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId })
      .execute();
  }

  private immediateEmail(recipient: Recipient, type: string, params: Record<string, string>): OutgoingEmail {
    const text = renderNotification(type, recipient.language, params);
    return {
      to: recipient.email,
      toUserId: recipient.id,
      template: 'notification',
      language: recipient.language,
      params: {
        name: recipient.name,
        title: text.title,
        body: text.body,
        link: absoluteLink(this.config.publicUrl, text.link),
        settingsLink: `${this.config.publicUrl}${EMAIL_SETTINGS_PATH}`,
      },
    };
  }

  private toDto(n: NotificationEntity, language: Language): NotificationDto {
    const text = renderNotification(n.type, language, n.params);
    return {
      id: n.id,
      type: n.type,
      title: text.title,
      body: text.body,
      link: text.link ?? null,
      params: n.params,
      readAt: n.readAt,
      createdAt: n.createdAt,
    };
  }

  /** The user's notifications and e-mails, for their personal-data download (UU PDP). */
  async exportForUser(userId: string): Promise<Record<string, unknown>> {
    const [notifications, emails] = await Promise.all([
      this.notifications.find({ where: { userId }, order: { createdAt: 'DESC' } }),
      this.dataSource.manager.find(EmailOutboxEntity, { where: { toUserId: userId }, order: { createdAt: 'DESC' } }),
    ]);
    return {
      notifications: notifications.map((n) => ({ type: n.type, params: n.params, createdAt: n.createdAt, readAt: n.readAt })),
      emails: emails.map((e) => ({ subject: e.subject, status: e.status, createdAt: e.createdAt, sentAt: e.sentAt })),
    };
  }

  /** Erases what this module holds about a user whose account is deleted. */
  async eraseForUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.delete(NotificationEntity, { userId });
    await manager.delete(NotificationDigestEntity, { userId });
    await manager.delete(EmailOutboxEntity, { toUserId: userId });
  }
}
