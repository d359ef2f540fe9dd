import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One privileged action. Append-only: a database trigger (see the migration) rejects every
 * UPDATE and DELETE, so not even a bug in the API can rewrite history.
 */
@Entity('audit_log')
@Index('ix_audit_log_target', ['targetType', 'targetId', 'occurredAt'])
@Index('ix_audit_log_actor', ['actorId', 'occurredAt'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('ix_audit_log_occurred_at')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  /** Null for the system itself (scheduled jobs, the CLI). */
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar', array: true, default: '{}' }) actorRoles!: string[];
  @Index('ix_audit_log_action')
  @Column({ type: 'varchar', length: 80 })
  action!: string;
  @Column({ type: 'varchar', length: 40 }) targetType!: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) targetId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) before!: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after!: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'varchar', length: 128, nullable: true }) requestId!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip!: string | null;
}
