import { checkIn } from '@walikota/api-platform';
import { PETITION_SCOPES, PETITION_STATES } from '@walikota/shared-contracts';
import type { PetitionScope, PetitionState } from '@walikota/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@walikota/api-identity';
import { AreaEntity, CategoryEntity, DepartmentEntity } from '@walikota/api-reference';

/**
 * A petition (docs/product.md, "Petitions"). `signature_count` is written only by the counting
 * job (petition-counter.ts), never by a signing request: signers do not queue on this row. The
 * threshold times are set once, by that job. `search_vector` is kept by a trigger; its GIN index
 * and the title trigram index are created by the migration.
 */
@Entity('petition')
@Check('ck_petition_state', checkIn('state', PETITION_STATES))
@Check('ck_petition_scope', checkIn('scope', PETITION_SCOPES))
@Check('ck_petition_scope_kecamatan', `("scope" = 'kecamatan') = ("kecamatan_id" IS NOT NULL)`)
// Public lists: published petitions by signatures, newest or trending (keyset on the sort key, id).
@Index('ix_petition_public_signatures', ['signatureCount', 'id'], { where: `"state" IN ('open', 'closed')` })
@Index('ix_petition_public_opened', ['openedAt', 'id'], { where: `"state" IN ('open', 'closed')` })
@Index('ix_petition_public_trending', ['trendingCount', 'id'], { where: `"state" = 'open'` })
@Index('ix_petition_rejected', ['rejectedAt', 'id'], { where: `"state" = 'rejected'` })
// Moderators' queue, the closing job's work list, the creator's own list.
@Index('ix_petition_state_submitted', ['state', 'submittedAt', 'id'])
@Index('ix_petition_closes', ['closesAt'], { where: `"state" = 'open'` })
@Index('ix_petition_creator', ['creatorId', 'createdAt', 'id'])
@Index('ix_petition_department_response', ['departmentId', 'responseThresholdAt'], { where: `"response_threshold_at" IS NOT NULL` })
@Index('ix_petition_search_vector', { synchronize: false })
@Index('ix_petition_title_trgm', { synchronize: false })
export class PetitionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** `PTS-2026-000123`, from `petition_code_seq`. */
  @Index('uq_petition_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 24, default: 'draft' }) state!: PetitionState;

  @Column({ type: 'varchar', length: 150 }) title!: string;
  @Column({ type: 'text' }) background!: string;
  @Column({ type: 'text', default: '' }) details!: string;
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false }) searchVector!: string | null;

  @Column({ type: 'uuid' }) categoryId!: string;
  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'fk_petition_category' })
  category?: CategoryEntity;

  @Column({ type: 'varchar', length: 12, default: 'city' }) scope!: PetitionScope;
  @Column({ type: 'uuid', nullable: true }) kecamatanId!: string | null;
  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'kecamatan_id', foreignKeyConstraintName: 'fk_petition_kecamatan' })
  kecamatan?: AreaEntity | null;

  /** Who must respond: the category's department at first; moderators may change it when publishing. */
  @Column({ type: 'uuid', nullable: true }) departmentId!: string | null;
  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_petition_department' })
  department?: DepartmentEntity | null;

  @Column({ type: 'uuid' }) creatorId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'creator_id', foreignKeyConstraintName: 'fk_petition_creator' })
  creator?: UserEntity;

  /** The secret in the share link sponsors open (`/petisi/dukung/<token>`). */
  @Index('uq_petition_sponsor_token', { unique: true })
  @Column({ type: 'varchar', length: 43 })
  sponsorToken!: string;

  /** Set by the counting job only. */
  @Column({ type: 'integer', default: 0 }) signatureCount!: number;
  /** Signatures in the last hour, refreshed by the counting job (the "trending" sort). */
  @Column({ type: 'integer', default: 0 }) trendingCount!: number;

  @Column({ type: 'timestamptz', nullable: true }) sponsorsRequestedAt!: Date | null;
  /** When it reached its sponsors and went to the moderators. */
  @Column({ type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  /** The moderation target: `submittedAt` plus PETITION_MODERATION_WORKING_DAYS working days. */
  @Column({ type: 'timestamptz', nullable: true }) moderationDueAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) openedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) closesAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) rejectedAt!: Date | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) rejectionCode!: string | null;
  @Column({ type: 'text', nullable: true }) rejectionDetails!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) hiddenAt!: Date | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) hiddenCode!: string | null;
  @Column({ type: 'text', nullable: true }) hiddenDetails!: string | null;

  /** Reached PETITION_RESPONSE_THRESHOLD; the response is due PETITION_RESPONSE_DAYS later. */
  @Column({ type: 'timestamptz', nullable: true }) responseThresholdAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) responseDueAt!: Date | null;
  /** Reached PETITION_AGENDA_THRESHOLD: on the next town-hall meeting's agenda. */
  @Column({ type: 'timestamptz', nullable: true }) agendaThresholdAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) responseSummary!: string | null;
  @Column({ type: 'text', nullable: true }) responseDetails!: string | null;
  @Column({ type: 'uuid', nullable: true }) responseDepartmentId!: string | null;
  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'response_department_id', foreignKeyConstraintName: 'fk_petition_response_department' })
  responseDepartment?: DepartmentEntity | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/**
 * A public report (aspirasi/pengaduan) the petition is about, by its code: what the reports module
 * publishes of it is asked from ReportOpenData whenever the petition is shown, so a report that
 * stops being public drops out of the petition's page too.
 */
@Entity('petition_report_link')
export class PetitionReportLinkEntity {
  @PrimaryColumn('uuid') petitionId!: string;
  @ManyToOne(() => PetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'petition_id', foreignKeyConstraintName: 'fk_petition_report_link_petition' })
  petition?: PetitionEntity;

  @PrimaryColumn({ type: 'varchar', length: 20 }) reportCode!: string;
  @Column({ type: 'smallint', default: 0 }) position!: number;
}

@Entity('petition_sponsor')
export class PetitionSponsorEntity {
  @PrimaryColumn('uuid') petitionId!: string;
  @ManyToOne(() => PetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'petition_id', foreignKeyConstraintName: 'fk_petition_sponsor_petition' })
  petition?: PetitionEntity;

  @Index('ix_petition_sponsor_user')
  @PrimaryColumn('uuid')
  userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_petition_sponsor_user' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/**
 * One signature. Unique per (petition, user): signing is `INSERT … ON CONFLICT (petition_id,
 * user_id) DO NOTHING`. A withdrawn signature is deleted; an invalidated one stays (so it cannot
 * be given again) with `invalidated_at` set and no longer counts. `ip` and `email_domain` are for
 * moderators' abuse checks only and never leave the staff area.
 */
@Entity('petition_signature')
@Index('uq_petition_signature', ['petitionId', 'userId'], { unique: true })
@Index('ix_petition_signature_user', ['userId', 'createdAt'])
@Index('ix_petition_signature_created', ['petitionId', 'createdAt'])
@Index('ix_petition_signature_area', ['petitionId', 'areaId'], { where: `"invalidated_at" IS NULL` })
export class PetitionSignatureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;

  @Column({ type: 'uuid' }) petitionId!: string;
  @ManyToOne(() => PetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'petition_id', foreignKeyConstraintName: 'fk_petition_signature_petition' })
  petition?: PetitionEntity;

  @Column({ type: 'uuid' }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_petition_signature_user' })
  user?: UserEntity;

  /** The signer's kelurahan when they signed (from their profile). */
  @Column({ type: 'uuid', nullable: true }) areaId!: string | null;
  @ManyToOne(() => AreaEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'area_id', foreignKeyConstraintName: 'fk_petition_signature_area' })
  area?: AreaEntity | null;

  @Column({ type: 'inet', nullable: true }) ip!: string | null;
  @Column({ type: 'varchar', length: 253, nullable: true }) emailDomain!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) invalidatedAt!: Date | null;
}

/**
 * Signature count changes not yet folded into `petition.signature_count`: each signing batch
 * inserts one row (+n), each withdrawal one (−1). Insert-only for requests; the counting job
 * deletes what it folds in, under an advisory lock.
 */
@Entity('petition_count_delta')
export class PetitionCountDeltaEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ type: 'uuid' }) petitionId!: string;
  @ManyToOne(() => PetitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'petition_id', foreignKeyConstraintName: 'fk_petition_count_delta_petition' })
  petition?: PetitionEntity;
  @Column({ type: 'integer' }) delta!: number;
}

/** Why a petition may be rejected or hidden; admins edit the list (seeded by the migration). */
@Entity('petition_rejection_reason')
export class PetitionRejectionReasonEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) code!: string;
  @Column({ type: 'varchar', length: 200 }) labelId!: string;
  @Column({ type: 'varchar', length: 200 }) labelEn!: string;
  /** The petition's text is not shown to the public (offensive, defamatory, advertising, personal data). */
  @Column({ type: 'boolean', default: false }) hidesText!: boolean;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ type: 'integer', default: 0 }) sortOrder!: number;
}

/** E-mail domains whose accounts may not sign (disposable addresses used to stuff a count). */
@Entity('petition_blocked_domain')
export class PetitionBlockedDomainEntity {
  @PrimaryColumn({ type: 'varchar', length: 253 }) domain!: string;
  @Column({ type: 'varchar', length: 300, default: '' }) reason!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
