import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A personal API key of an official or integration; shown once, stored as SHA-256. */
@Entity('api_key')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('ix_api_key_user_id')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_api_key_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 80 }) name!: string;
  /** The first characters, to recognise a key in lists (`wk_3f9a…`). */
  @Column({ type: 'varchar', length: 16 }) prefix!: string;

  @Index('uq_api_key_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  keyHash!: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
