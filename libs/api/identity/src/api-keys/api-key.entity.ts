import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { API_KEY_SCOPES, sqlLiterals } from '@walikota/api-platform';
import type { ApiKeyScope } from '@walikota/api-platform';
import { UserEntity } from '../users/user.entity';

/** A personal API key of an official or integration; shown once, stored as SHA-256. */
@Entity('api_key')
@Check('ck_api_key_scopes', `cardinality("scopes") > 0 AND "scopes" <@ ARRAY[${sqlLiterals(API_KEY_SCOPES)}]::varchar[]`)
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

  /** What the key may be used for (see API_KEY_SCOPES); the owner's roles still apply on top. */
  @Column({ type: 'varchar', length: 20, array: true })
  scopes!: ApiKeyScope[];

  /** The key that created this one (null: created in a signed-in session). Revoking it revokes this one too. */
  @Index('ix_api_key_created_by_key_id')
  @Column({ type: 'uuid', nullable: true })
  createdByKeyId!: string | null;

  @ManyToOne(() => ApiKeyEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'created_by_key_id', foreignKeyConstraintName: 'fk_api_key_created_by_key' })
  createdByKey?: ApiKeyEntity | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
