import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export type EmailTokenPurpose = 'verify_email' | 'reset_password';

/** A single-use, expiring token sent by e-mail; only its SHA-256 is stored. */
@Entity('email_token')
@Check('ck_email_token_purpose', `"purpose" IN ('verify_email', 'reset_password')`)
export class EmailTokenEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('ix_email_token_user_id')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_email_token_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 }) purpose!: EmailTokenPurpose;

  @Index('uq_email_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
