import { UserEntity } from '@walikota/api-identity';
import { checkIn } from '@walikota/api-platform';
import {
  FORUM_APPEAL_DECISIONS,
  FORUM_CONTENT_TYPES,
  FORUM_FLAG_REASONS,
  FORUM_MODERATION_LOG_ACTIONS,
  FORUM_SANCTION_KINDS,
  FORUM_WATCHED_ACTIONS,
} from '@walikota/shared-contracts';
import type {
  ForumAppealDecision,
  ForumContentType,
  ForumFlagReason,
  ForumModerationLogAction,
  ForumSanctionKind,
  ForumWatchedAction,
} from '@walikota/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A flag on a post or question: a reader's (one per reader per item, with a reason) or the
 * system's (a watched word with the `flag` action; no reader). Open until a moderator acts on
 * the item; the flags of distinct readers hide it at FORUM_FLAGS_TO_HIDE.
 */
@Entity('forum_flag')
@Check('ck_forum_flag_target_type', checkIn('target_type', FORUM_CONTENT_TYPES))
@Check('ck_forum_flag_reason', `"reason" IS NULL OR ${checkIn('reason', FORUM_FLAG_REASONS)}`)
@Check('ck_forum_flag_source', `("user_id" IS NULL) = ("reason" IS NULL)`)
@Index('uq_forum_flag_reader', ['targetType', 'targetId', 'userId'], { unique: true })
@Index('ix_forum_flag_open', ['targetType', 'targetId'], { where: `"resolved_at" IS NULL` })
@Index('ix_forum_flag_open_created', ['createdAt'], { where: `"resolved_at" IS NULL` })
export class ForumFlagEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 12 }) targetType!: ForumContentType;
  @Column({ type: 'uuid' }) targetId!: string;
  /** The reader who flagged it; null for a watched word's flag. */
  @Column({ type: 'uuid', nullable: true }) userId!: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_forum_flag_user' })
  user?: UserEntity | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) reason!: ForumFlagReason | null;
  /** The reader's words, or the watched word that matched. */
  @Column({ type: 'varchar', length: 1000, default: '' }) details!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
}

/**
 * The moderation log: every moderator's act and every automatic hide, with the flags' age when
 * it was taken (`flagged_at`: the oldest open flag, or when a held post began to wait) for the
 * public statistics' time to review. Authors are told of acts on their content and may appeal
 * each once.
 */
@Entity('forum_moderation_action')
@Check('ck_forum_moderation_action_action', checkIn('action', FORUM_MODERATION_LOG_ACTIONS))
@Check('ck_forum_moderation_action_reason', `"reason" IS NULL OR ${checkIn('reason', FORUM_FLAG_REASONS)}`)
@Index('ix_forum_moderation_action_created', ['createdAt'])
@Index('ix_forum_moderation_action_subject', ['subjectUserId', 'createdAt'])
@Index('ix_forum_moderation_action_target', ['targetType', 'targetId', 'createdAt'])
export class ForumModerationActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 20 }) action!: ForumModerationLogAction;
  /** `post`, `question`, `thread` or `user` (sanctions). */
  @Column({ type: 'varchar', length: 12 }) targetType!: ForumContentType | 'thread' | 'user';
  @Column({ type: 'uuid' }) targetId!: string;
  /** Whose content it was, or who was sanctioned. */
  @Column({ type: 'uuid', nullable: true }) subjectUserId!: string | null;
  /** Null when the flags' threshold did it. */
  @Column({ type: 'uuid', nullable: true }) moderatorId!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) reason!: ForumFlagReason | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) details!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) flaggedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/**
 * A sanction on an account: a warning (nothing more), muting (no posting, flagging or asking until
 * `ends_at`) or a ban (the same, until `ends_at` or, when null, until lifted). Sanctions end on
 * their own: "active" is read against the clock, no job flips them.
 */
@Entity('forum_sanction')
@Check('ck_forum_sanction_kind', checkIn('kind', FORUM_SANCTION_KINDS))
@Check('ck_forum_sanction_mute_ends', `"kind" <> 'mute' OR "ends_at" IS NOT NULL`)
@Index('ix_forum_sanction_user', ['userId', 'createdAt'])
export class ForumSanctionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_forum_sanction_user' })
  user?: UserEntity;
  @Column({ type: 'varchar', length: 8 }) kind!: ForumSanctionKind;
  @Column({ type: 'varchar', length: 1000 }) reason!: string;
  @Column({ type: 'timestamptz', nullable: true }) endsAt!: Date | null;
  @Column({ type: 'uuid' }) createdBy!: string;
  @Column({ type: 'timestamptz', nullable: true }) liftedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) liftedBy!: string | null;
  /** The moderation log entry that records it (appeals point there). */
  @Column({ type: 'uuid' }) actionId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** An author's one appeal against one moderation act on their content or account. */
@Entity('forum_appeal')
@Check('ck_forum_appeal_decision', `"decision" IS NULL OR ${checkIn('decision', FORUM_APPEAL_DECISIONS)}`)
@Index('ix_forum_appeal_open', ['createdAt'], { where: `"decided_at" IS NULL` })
export class ForumAppealEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('uq_forum_appeal_action', { unique: true })
  @Column({ type: 'uuid' })
  actionId!: string;
  @ManyToOne(() => ForumModerationActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'fk_forum_appeal_action' })
  moderationAction?: ForumModerationActionEntity;
  @Column({ type: 'uuid' }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_forum_appeal_user' })
  user?: UserEntity;
  @Column({ type: 'varchar', length: 2000 }) text!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) decision!: ForumAppealDecision | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note!: string | null;
}

/** A watched word or phrase in a moderators' list, with what it does to a post. */
@Entity('forum_watched_word')
@Check('ck_forum_watched_word_action', checkIn('action', FORUM_WATCHED_ACTIONS))
@Index('uq_forum_watched_word', ['list', 'pattern'], { unique: true })
export class ForumWatchedWordEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The list it belongs to (`kata-kasar`, `judi-online`…), named in the message a blocked writer reads. */
  @Column({ type: 'varchar', length: 40 }) list!: string;
  @Column({ type: 'varchar', length: 100 }) pattern!: string;
  @Column({ type: 'varchar', length: 8 }) action!: ForumWatchedAction;
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

export const MODERATION_ENTITIES = [
  ForumFlagEntity,
  ForumModerationActionEntity,
  ForumSanctionEntity,
  ForumAppealEntity,
  ForumWatchedWordEntity,
];
