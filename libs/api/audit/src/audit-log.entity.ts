import type { AuditAction, AuditTargetType } from '@walikota/shared-contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One privileged action. Append-only: a database trigger (see the migration) rejects every
 * UPDATE and DELETE, so not even a bug in the API can rewrite history. Tamper-evident: a BEFORE
 * INSERT trigger chains each entry to the one before it by hash (`seq`, `prevHash`, `hash`), so
 * that what someone who bypasses the triggers changes shows in `AuditService.verify`.
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
  action!: AuditAction;
  @Column({ type: 'varchar', length: 40 }) targetType!: AuditTargetType;
  @Column({ type: 'varchar', length: 64, nullable: true }) targetId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) before!: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after!: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'varchar', length: 128, nullable: true }) requestId!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip!: string | null;

  /** The entry's place in the chain, 1, 2, 3…, set by the trigger (pg returns bigint as text). */
  @Index('uq_audit_log_seq', { unique: true })
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;
  /** `hash` of the entry before (64 zeros for the first); set by the trigger. */
  @Column({ type: 'varchar', length: 64, insert: false, update: false }) prevHash!: string;
  /** SHA-256 (hex) of every column but itself, by `audit_log_entry_hash`; set by the trigger. */
  @Column({ type: 'varchar', length: 64, insert: false, update: false }) hash!: string;
}
