import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An in-app notification for one user. `type` names the template that renders it (see
 * notification-templates.ts); `params` fill it. Users live in identity's `app_user`: no foreign
 * key, because identity depends on this module and not the other way round.
 */
@Entity('notification')
// Newest-first keyset listing of one user's notifications (PostgreSQL scans it backwards).
@Index('ix_notification_user_created', ['userId', 'createdAt', 'id'])
@Index('ix_notification_unread', ['userId'], { where: '"read_at" IS NULL' })
@Index('ix_notification_digest_pending', ['userId'], { where: '"digest_pending"' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 60 }) type!: string;
  @Column({ type: 'jsonb' }) params!: Record<string, string>;
  @Column({ type: 'timestamptz', nullable: true }) readAt!: Date | null;
  /** Waiting for the recipient's daily digest e-mail (users with e-mail frequency `daily`). */
  @Column({ type: 'boolean', default: false }) digestPending!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/**
 * Marks that a user's digest for a day has been composed: the primary key makes the daily job
 * send at most one digest per user and day, however many API instances run it.
 */
@Entity('notification_digest')
@Index('ix_notification_digest_date', ['digestDate'])
export class NotificationDigestEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_digest' }) userId!: string;
  /** The digest day in the city's time zone (YYYY-MM-DD). */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_notification_digest' }) digestDate!: string;
  @Column({ type: 'integer' }) notificationCount!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
