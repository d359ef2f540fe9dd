import { checkIn } from '@walikota/api-platform';
import { REPORT_PRIVACIES, REPORT_STATUSES, REPORT_TYPES } from '@walikota/shared-contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '@walikota/api-identity';
import { AreaEntity, CategoryEntity, DepartmentEntity } from '@walikota/api-reference';
import type { RejectReason, ReportPrivacy, ReportStatus, ReportType } from './report-workflow';

/**
 * An aspiration, complaint or information request. `listed` (public lists) and the SLA due dates
 * are stored when the status changes, so that lists filter and sort on indexed columns.
 * `search_vector` is kept by a trigger; its GIN index, the title trigram index and the sitemap's
 * code-number index are created by the migrations (synchronize: false).
 */
@Entity('report')
@Check('ck_report_type', checkIn('type', REPORT_TYPES))
@Check('ck_report_privacy', checkIn('privacy', REPORT_PRIVACIES))
@Check('ck_report_status', checkIn('status', REPORT_STATUSES))
@Check('ck_report_rating', `"rating" IS NULL OR "rating" BETWEEN 1 AND 5`)
@Check('ck_report_point', `("latitude" IS NULL) = ("longitude" IS NULL)`)
// Public list, newest first (keyset on created_at, id), and its common filters.
@Index('ix_report_listed_created', ['createdAt', 'id'], { where: '"listed"' })
@Index('ix_report_listed_category_created', ['categoryId', 'createdAt', 'id'], { where: '"listed"' })
@Index('ix_report_listed_kecamatan_created', ['kecamatanId', 'createdAt', 'id'], { where: '"listed"' })
@Index('ix_report_listed_area_created', ['areaId', 'createdAt', 'id'], { where: '"listed"' })
@Index('ix_report_listed_status_created', ['status', 'createdAt', 'id'], { where: '"listed"' })
@Index('ix_report_listed_point', ['latitude', 'longitude'], { where: '"listed" AND "latitude" IS NOT NULL' })
// Staff queue and department inbox.
@Index('ix_report_status_created', ['status', 'createdAt', 'id'])
@Index('ix_report_department_status_created', ['departmentId', 'status', 'createdAt', 'id'])
@Index('ix_report_reporter_created', ['reporterId', 'createdAt', 'id'])
// The auto-close job's work list.
@Index('ix_report_autoclose', ['autocloseAt'], { where: `"status" = 'resolved'` })
// The sitemap's pages: listed reports by the number in their code (report-sitemap.ts; created by a migration).
@Index('ix_report_listed_code_number', { synchronize: false })
@Index('ix_report_search_vector', { synchronize: false })
@Index('ix_report_title_trgm', { synchronize: false })
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** `LPR-2026-004217`: what the reporter writes down and tells others. */
  @Index('uq_report_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 20 }) type!: ReportType;
  @Column({ type: 'varchar', length: 12 }) privacy!: ReportPrivacy;
  @Column({ type: 'varchar', length: 20, default: 'submitted' }) status!: ReportStatus;
  /** Where `resume` returns to from `on_hold`. */
  @Column({ type: 'varchar', length: 20, nullable: true }) heldFromStatus!: ReportStatus | null;
  @Column({ type: 'boolean', default: false }) listed!: boolean;

  @Column({ type: 'varchar', length: 150 }) title!: string;
  @Column({ type: 'text' }) description!: string;
  /** Indonesian full text of title and description, written by the trigger `trg_report_search_vector`. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false }) searchVector!: string | null;

  @Column({ type: 'uuid' }) categoryId!: string;
  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'fk_report_category' })
  category?: CategoryEntity;

  /** The kelurahan/desa. */
  @Column({ type: 'uuid' }) areaId!: string;
  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_id', foreignKeyConstraintName: 'fk_report_area' })
  area?: AreaEntity;

  /** The kelurahan's kecamatan, kept for filtering without a join. */
  @Column({ type: 'uuid' }) kecamatanId!: string;
  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kecamatan_id', foreignKeyConstraintName: 'fk_report_kecamatan' })
  kecamatan?: AreaEntity;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true }) latitude!: string | null;
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true }) longitude!: string | null;
  /**
   * The kelurahan the point lies in, when it is not the kelurahan chosen (`areaId`): a mismatch
   * staff should look at. Null when they agree, or there is no point.
   */
  @Column({ type: 'uuid', nullable: true }) pointAreaId!: string | null;
  @ManyToOne(() => AreaEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'point_area_id', foreignKeyConstraintName: 'fk_report_point_area' })
  pointArea?: AreaEntity | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) address!: string | null;

  /** The department handling it: the category's at first, then whoever it is dispatched to. */
  @Column({ type: 'uuid', nullable: true }) departmentId!: string | null;
  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_report_department' })
  department?: DepartmentEntity | null;

  @Column({ type: 'uuid' }) reporterId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporter_id', foreignKeyConstraintName: 'fk_report_reporter' })
  reporter?: UserEntity;

  @Column({ type: 'uuid', nullable: true }) duplicateOfId!: string | null;
  @ManyToOne(() => ReportEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'duplicate_of_id', foreignKeyConstraintName: 'fk_report_duplicate_of' })
  duplicateOf?: ReportEntity | null;

  @Column({ type: 'varchar', length: 40, nullable: true }) rejectReason!: RejectReason | null;
  /** Named when a department says the matter belongs to another authority. */
  @Column({ type: 'varchar', length: 200, nullable: true }) externalAgency!: string | null;
  @Column({ type: 'smallint', nullable: true }) rating!: number | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) ratingComment!: string | null;
  @Column({ type: 'smallint', default: 0 }) reopenCount!: number;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  /**
   * When a moderator first verified it. Its content is public from then on (unless confidential,
   * and never while rejected), whatever later statuses it goes through, a merge included.
   */
  @Column({ type: 'timestamptz', nullable: true }) verifiedAt!: Date | null;
  /** The first thing staff did about it (verify, reject…): "time to first response". */
  @Column({ type: 'timestamptz', nullable: true }) firstResponseAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) dispatchedAt!: Date | null;
  /** The department's first action after dispatch. */
  @Column({ type: 'timestamptz', nullable: true }) followedUpAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  /** SLA: verification due 3 working days after filing. */
  @Column({ type: 'timestamptz' }) verifyDueAt!: Date;
  /** SLA: follow-up due 5 working days after dispatch. */
  @Column({ type: 'timestamptz', nullable: true }) followupDueAt!: Date | null;
  /** Closes on its own 10 working days after resolution unless the reporter replies. */
  @Column({ type: 'timestamptz', nullable: true }) autocloseAt!: Date | null;
}

export const ACTOR_ROLES = ['citizen', 'moderator', 'official', 'admin', 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** One line of a report's timeline. Internal events are for staff only. */
@Entity('report_event')
@Index('ix_report_event_report_occurred', ['reportId', 'occurredAt', 'id'])
export class ReportEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) reportId!: string;
  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_report_event_report' })
  report?: ReportEntity;
  @CreateDateColumn({ type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar', length: 12 }) actorRole!: ActorRole;
  /**
   * The department the event speaks for, as it was then: the one a report is dispatched to, or
   * the handling department of an official's action. Public (the timeline names it).
   */
  @Column({ type: 'uuid', nullable: true }) departmentId!: string | null;
  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_report_event_department' })
  department?: DepartmentEntity | null;
  /** `filed`, or the action (`verify`, `dispatch`, `note`, `auto_close`…). */
  @Column({ type: 'varchar', length: 30 }) kind!: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) fromStatus!: ReportStatus | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) toStatus!: ReportStatus | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ type: 'boolean', default: true }) public!: boolean;
  /** Details: reason code, department, merged-into code, external agency, rating (which of them the public sees: reports.service). */
  @Column({ type: 'jsonb' }) data!: Record<string, string | number | null>;
}

/** "Saya juga mengalami ini": one per citizen and report. */
@Entity('report_support')
@Index('ix_report_support_user', ['userId'])
export class ReportSupportEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_report_support' }) reportId!: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_report_support' }) userId!: string;
  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_report_support_report' })
  report?: ReportEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_report_support_user' })
  user?: UserEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** Who is told about a report's changes (the reporter, supporters, anyone who follows). */
@Entity('report_follower')
@Index('ix_report_follower_user', ['userId'])
export class ReportFollowerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_report_follower' }) reportId!: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_report_follower' }) userId!: string;
  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_report_follower_report' })
  report?: ReportEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_report_follower_user' })
  user?: UserEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
