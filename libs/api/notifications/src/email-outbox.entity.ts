import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type EmailStatus = 'pending' | 'sent' | 'failed';

/**
 * Every e-mail the portal sends, written in the same transaction as what caused it; a worker
 * delivers it over SMTP. Without SMTP_URL it stays here, readable by admins (embedded mode).
 */
@Entity('email_outbox')
@Check('ck_email_outbox_status', `"status" IN ('pending', 'sent', 'failed')`)
@Index('ix_email_outbox_pending', ['status', 'nextAttemptAt'])
export class EmailOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 254 }) toAddress!: string;
  @Index('ix_email_outbox_to_user_id')
  @Column({ type: 'uuid', nullable: true })
  toUserId!: string | null;
  @Column({ type: 'varchar', length: 60 }) template!: string;
  @Column({ type: 'varchar', length: 2 }) language!: 'id' | 'en';
  @Column({ type: 'varchar', length: 200 }) subject!: string;
  @Column({ type: 'text' }) textBody!: string;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status!: EmailStatus;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) nextAttemptAt!: Date;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
  @Index('ix_email_outbox_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
