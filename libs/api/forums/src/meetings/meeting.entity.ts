import { UserEntity } from '@walikota/api-identity';
import { PetitionEntity } from '@walikota/api-petitions';
import { checkIn } from '@walikota/api-platform';
import { AreaEntity, DepartmentEntity } from '@walikota/api-reference';
import {
  FORUM_FLAG_REASONS,
  MEETING_COMMITMENT_STATUSES,
  MEETING_REGISTRATION_STATUSES,
  MEETING_STATUSES,
  MEETING_TYPES,
} from '@walikota/shared-contracts';
import type {
  ForumFlagReason,
  MeetingCommitmentStatus,
  MeetingRegistrationStatus,
  MeetingStatus,
  MeetingType,
} from '@walikota/shared-contracts';
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

/**
 * A town-hall meeting (docs/product.md, "Town-hall meetings"). Its row is the lock that keeps
 * registrations within `capacity`: registering and cancelling take it `FOR UPDATE` and count the
 * confirmed places in the same transaction. `sequence` goes up with every change a calendar app
 * should show (RFC 5545 SEQUENCE).
 */
@Entity('meeting')
@Check('ck_meeting_status', checkIn('status', MEETING_STATUSES))
@Check('ck_meeting_type', checkIn('type', MEETING_TYPES))
@Check('ck_meeting_capacity', `"capacity" >= 1`)
@Check('ck_meeting_times', `"ends_at" > "starts_at"`)
@Check('ck_meeting_point', `("latitude" IS NULL) = ("longitude" IS NULL)`)
@Check('ck_meeting_venue', `"type" = 'online' OR ("venue_name" IS NOT NULL AND "latitude" IS NOT NULL)`)
@Check('ck_meeting_online', `"type" = 'in_person' OR "online_url" IS NOT NULL`)
// Public lists: upcoming (ascending) and past (descending) on (starts_at, id).
@Index('ix_meeting_starts', ['startsAt', 'id'])
@Index('ix_meeting_department', ['departmentId', 'startsAt'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('uq_meeting_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 12, default: 'scheduled' }) status!: MeetingStatus;
  @Column({ type: 'varchar', length: 150 }) title!: string;
  /** The organiser's Markdown and its rendering (renderMarkdown), stored together. */
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'text', default: '' }) descriptionHtml!: string;
  @Column({ type: 'varchar', length: 12 }) type!: MeetingType;

  @Column({ type: 'varchar', length: 200, nullable: true }) venueName!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) venueAddress!: string | null;
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true }) latitude!: string | null;
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true }) longitude!: string | null;
  /** The venue's kelurahan, from its point. */
  @Column({ type: 'uuid', nullable: true }) areaId!: string | null;
  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'area_id', foreignKeyConstraintName: 'fk_meeting_area' })
  area?: AreaEntity | null;
  /** https only; shown to confirmed registrants and staff, never embedded. */
  @Column({ type: 'varchar', length: 500, nullable: true }) onlineUrl!: string | null;

  @Column({ type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'integer' }) capacity!: number;

  /** The organising department: its officials run the meeting. */
  @Column({ type: 'uuid' }) departmentId!: string;
  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_meeting_department' })
  department?: DepartmentEntity;

  @Column({ type: 'uuid' }) createdBy!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_meeting_created_by' })
  creator?: UserEntity;

  @Column({ type: 'integer', default: 0 }) sequence!: number;
  @Column({ type: 'timestamptz', nullable: true }) liveAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) cancelReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true }) concludedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) minutes!: string | null;
  @Column({ type: 'text', nullable: true }) minutesHtml!: string | null;
  /** People checked in when it was concluded. */
  @Column({ type: 'integer', nullable: true }) attendanceCount!: number | null;
  /** Confirmed registrations when it was concluded (the Berita Acara compares them). */
  @Column({ type: 'integer', nullable: true }) registeredCount!: number | null;
  /** Who signs the Berita Acara: the chair and the minute-taker. */
  @Column({ type: 'varchar', length: 120, nullable: true }) chairName!: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) secretaryName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** One item of the agenda, in order; a petition on the agenda is linked by id and code. */
@Entity('meeting_agenda_item')
@Check('ck_meeting_agenda_item_duration', `"duration_minutes" BETWEEN 1 AND 600`)
@Index('uq_meeting_agenda_item_position', ['meetingId', 'position'], { unique: true })
export class MeetingAgendaItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) meetingId!: string;
  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_agenda_item_meeting' })
  meeting?: MeetingEntity;
  @Column({ type: 'smallint' }) position!: number;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'smallint' }) durationMinutes!: number;
  @Column({ type: 'varchar', length: 120, nullable: true }) presenterName!: string | null;
  @Column({ type: 'uuid', nullable: true }) petitionId!: string | null;
  @ManyToOne(() => PetitionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'petition_id', foreignKeyConstraintName: 'fk_meeting_agenda_item_petition' })
  petition?: PetitionEntity | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) petitionCode!: string | null;
}

/**
 * A citizen's place: one row per (meeting, user), whatever happens to it. `queue_position` comes
 * from `meeting_registration_queue_seq` when the row joins the queue (under the meeting's lock),
 * so the waiting list's order is the order registrations were decided in.
 */
@Entity('meeting_registration')
@Check('ck_meeting_registration_status', checkIn('status', MEETING_REGISTRATION_STATUSES))
@Check('ck_meeting_registration_check_in', `"checked_in_at" IS NULL OR "status" = 'confirmed'`)
@Index('uq_meeting_registration_user', ['meetingId', 'userId'], { unique: true })
@Index('ix_meeting_registration_queue', ['meetingId', 'status', 'queuePosition'])
@Index('ix_meeting_registration_reminder', ['meetingId'], { where: `"status" = 'confirmed' AND "reminded_at" IS NULL` })
export class MeetingRegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) meetingId!: string;
  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_registration_meeting' })
  meeting?: MeetingEntity;

  @Index('ix_meeting_registration_user')
  @Column({ type: 'uuid' })
  userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_meeting_registration_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 12 }) status!: MeetingRegistrationStatus;
  @Column({ type: 'bigint' }) queuePosition!: string;
  /** Eight characters of registration-code.ts, stored without the separator. */
  @Index('uq_meeting_registration_code', { unique: true })
  @Column({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ type: 'timestamptz', nullable: true }) confirmedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) checkedInAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) checkedInBy!: string | null;
  /** Set once by the reminder job (the update is the claim: several instances remind once). */
  @Column({ type: 'timestamptz', nullable: true }) remindedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/**
 * A question for the meeting, plain text. `vote_count` and `version` change in the statement that
 * adds or removes a vote (meeting-questions.service.ts); `version` comes from
 * `meeting_question_version_seq`, and a meeting's list version is the highest of its questions'.
 * `hidden_*` are set by the meeting's staff and by the forums' moderation (QuestionTarget).
 */
@Entity('meeting_question')
@Check('ck_meeting_question_hidden_reason', `"hidden_reason" IS NULL OR ${checkIn('hidden_reason', FORUM_FLAG_REASONS)}`)
@Check('ck_meeting_question_hidden', `("hidden_at" IS NULL) = ("hidden_reason" IS NULL)`)
@Check('ck_meeting_question_not_self', `"merged_into_id" IS NULL OR "merged_into_id" <> "id"`)
@Index('ix_meeting_question_meeting_version', ['meetingId', 'version'])
@Index('ix_meeting_question_author', ['authorId', 'createdAt'])
export class MeetingQuestionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) meetingId!: string;
  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_question_meeting' })
  meeting?: MeetingEntity;
  @Column({ type: 'uuid' }) authorId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_meeting_question_author' })
  author?: UserEntity;
  @Column({ type: 'varchar', length: 500 }) text!: string;
  @Column({ type: 'integer', default: 0 }) voteCount!: number;
  @Column({ type: 'bigint' }) version!: string;
  @Column({ type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) mergedIntoId!: string | null;
  @ManyToOne(() => MeetingQuestionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'fk_meeting_question_merged_into' })
  mergedInto?: MeetingQuestionEntity | null;
  @Column({ type: 'timestamptz', nullable: true }) hiddenAt!: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) hiddenReason!: ForumFlagReason | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) hiddenDetails!: string | null;
  /** Hidden because readers' flags reached the threshold (the forums' moderation), not by a person. */
  @Column({ type: 'boolean', default: false }) hiddenByFlags!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** One vote per user per question: the key is what `ON CONFLICT (question_id, user_id) DO NOTHING` meets. */
@Entity('meeting_question_vote')
export class MeetingQuestionVoteEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_meeting_question_vote' }) questionId!: string;
  @ManyToOne(() => MeetingQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_meeting_question_vote_question' })
  question?: MeetingQuestionEntity;
  @Index('ix_meeting_question_vote_user')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_meeting_question_vote' })
  userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_meeting_question_vote_user' })
  user?: UserEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** What the city promised at a concluded meeting, owned by the department it names. */
@Entity('meeting_commitment')
@Check('ck_meeting_commitment_status', checkIn('status', MEETING_COMMITMENT_STATUSES))
@Check('ck_meeting_commitment_dropped', `"status" <> 'dropped' OR "dropped_reason" IS NOT NULL`)
@Index('ix_meeting_commitment_meeting', ['meetingId', 'position'])
@Index('ix_meeting_commitment_due', ['dueDate', 'id'])
@Index('ix_meeting_commitment_department', ['departmentId', 'dueDate'])
export class MeetingCommitmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) meetingId!: string;
  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_commitment_meeting' })
  meeting?: MeetingEntity;
  @Column({ type: 'smallint' }) position!: number;
  @Column({ type: 'uuid' }) departmentId!: string;
  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_meeting_commitment_department' })
  department?: DepartmentEntity;
  @Column({ type: 'varchar', length: 1000 }) description!: string;
  /** A calendar date in the city. */
  @Column({ type: 'date' }) dueDate!: string;
  @Column({ type: 'varchar', length: 12, default: 'open' }) status!: MeetingCommitmentStatus;
  @Column({ type: 'varchar', length: 1000, nullable: true }) droppedReason!: string | null;
  /** Public petitions and reports it answers, by code (checked public when written). */
  @Column({ type: 'varchar', length: 20, array: true, default: () => `'{}'` }) petitionCodes!: string[];
  @Column({ type: 'varchar', length: 20, array: true, default: () => `'{}'` }) reportCodes!: string[];
  @Column({ type: 'timestamptz', nullable: true }) statusChangedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

export const MEETING_ENTITIES = [
  MeetingEntity,
  MeetingAgendaItemEntity,
  MeetingRegistrationEntity,
  MeetingQuestionEntity,
  MeetingQuestionVoteEntity,
  MeetingCommitmentEntity,
];
