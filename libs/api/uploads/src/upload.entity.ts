import { UserEntity } from '@walikota/api-identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { UploadContentType } from './file-type';

/**
 * A file a user uploaded. It starts unclaimed; the module it is attached to (a report, …)
 * claims it inside its own transaction. Unclaimed uploads older than a day are deleted.
 */
@Entity('upload')
@Check('ck_upload_content_type', `"content_type" IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')`)
@Check('ck_upload_claim', `("claimed_at" IS NULL) = ("claimed_by_id" IS NULL) AND ("claimed_at" IS NULL) = ("claimed_by_type" IS NULL)`)
// Listing one user's uploads.
@Index('ix_upload_owner_created', ['ownerId', 'createdAt'])
// The attachments of one report (or other target).
@Index('ix_upload_claimed_by', ['claimedByType', 'claimedById'], { where: '"claimed_at" IS NOT NULL' })
// The hourly clean-up of abandoned uploads.
@Index('ix_upload_unclaimed_created', ['createdAt'], { where: '"claimed_at" IS NULL' })
export class UploadEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) ownerId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_upload_owner' })
  owner?: UserEntity;

  /** Where the bytes are in FileStorage: a random key, never derived from the file name. */
  @Index('uq_upload_storage_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  storageKey!: string;

  /** Determined from the bytes, not from the name or the declared type. */
  @Column({ type: 'varchar', length: 40 }) contentType!: UploadContentType;
  /** Of the stored file (after an image was re-encoded). */
  @Column({ type: 'integer' }) byteSize!: number;
  /** The client's file name, sanitised, for display only. */
  @Column({ type: 'varchar', length: 255 }) originalName!: string;
  /** SHA-256 of the stored bytes, hex. */
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'integer', nullable: true }) width!: number | null;
  @Column({ type: 'integer', nullable: true }) height!: number | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true }) claimedAt!: Date | null;
  /** What the upload is attached to, e.g. `report`. */
  @Column({ type: 'varchar', length: 40, nullable: true }) claimedByType!: string | null;
  @Column({ type: 'uuid', nullable: true }) claimedById!: string | null;
}
