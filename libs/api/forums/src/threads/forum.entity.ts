import { checkIn } from '@walikota/api-platform';
import { UserEntity } from '@walikota/api-identity';
import { FORUM_FLAG_REASONS, FORUM_POST_APPROVALS, FORUM_REACTIONS } from '@walikota/shared-contracts';
import type { ForumFlagReason, ForumPostApproval, ForumReaction } from '@walikota/shared-contracts';
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

const HIDDEN_CODE_CHECK = `"hidden_code" IS NULL OR ${checkIn('hidden_code', FORUM_FLAG_REASONS)}`;

/** A forum category (docs/product.md, "Town-hall forums"); admins keep the list. */
@Entity('forum_category')
export class ForumCategoryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The category's address: `/forum/<slug>`. */
  @Index('uq_forum_category_slug', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  slug!: string;
  @Column({ type: 'varchar', length: 80 }) nameId!: string;
  @Column({ type: 'varchar', length: 80 }) nameEn!: string;
  @Column({ type: 'varchar', length: 500, default: '' }) descriptionId!: string;
  @Column({ type: 'varchar', length: 500, default: '' }) descriptionEn!: string;
  @Column({ type: 'integer', default: 0 }) sortOrder!: number;
  /** An inactive category takes no new threads and is not listed; its threads stay readable. */
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/**
 * A thread: its title and place; its text is its first post (number 1). `number` comes from
 * `forum_thread_number_seq` and is the public address (`/forum/t/<number>`). `last_posted_at` is
 * bumped by each reply in the reply's own transaction, which holds this row's lock anyway to
 * number the reply: replies to one thread are serialised, which a conversation can afford.
 */
@Entity('forum_thread')
@Check('ck_forum_thread_hidden_code', HIDDEN_CODE_CHECK)
@Check('ck_forum_thread_slow_mode', `"slow_mode_minutes" >= 0`)
// Lists: per category or across categories, pinned first, by activity or by age (keyset).
@Index('ix_forum_thread_category_activity', ['categoryId', 'lastPostedAt', 'id'])
@Index('ix_forum_thread_category_created', ['categoryId', 'createdAt', 'id'])
@Index('ix_forum_thread_activity', ['lastPostedAt', 'id'])
@Index('ix_forum_thread_created', ['createdAt', 'id'])
@Index('ix_forum_thread_author', ['authorId', 'createdAt'])
export class ForumThreadEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('uq_forum_thread_number', { unique: true })
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'uuid' }) categoryId!: string;
  @ManyToOne(() => ForumCategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'fk_forum_thread_category' })
  category?: ForumCategoryEntity;

  @Column({ type: 'uuid' }) authorId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_forum_thread_author' })
  author?: UserEntity;

  @Column({ type: 'varchar', length: 150 }) title!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) lastPostedAt!: Date;

  /** Locked: read-only, no replies, no edits (moderators; with a reason shown to readers). */
  @Column({ type: 'timestamptz', nullable: true }) lockedAt!: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) lockReason!: string | null;
  /** Pinned threads come first in their lists, most recently pinned first. */
  @Column({ type: 'timestamptz', nullable: true }) pinnedAt!: Date | null;
  /** Slow mode: one post per this many minutes per user in this thread (0: off). */
  @Column({ type: 'integer', default: 0 }) slowModeMinutes!: number;

  /** Hidden by a moderator, or by readers' flags until a moderator reviews it (`hiddenByFlags`). */
  @Column({ type: 'timestamptz', nullable: true }) hiddenAt!: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) hiddenCode!: ForumFlagReason | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) hiddenDetails!: string | null;
  @Column({ type: 'boolean', default: false }) hiddenByFlags!: boolean;
  /** Deleted by its author (deleting the first post deletes the thread). */
  @Column({ type: 'timestamptz', nullable: true }) deletedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/**
 * A post: the thread's text (number 1) or a reply. `body` is the author's Markdown; `body_html`
 * is what the portal shows, rendered and sanitised when written (docs/architecture.md, "User-written
 * text"); `body_text` is the plain text for quotes, previews and search. `search_vector` is set in
 * the same statement as the text (the first post's also carries the thread title).
 */
@Entity('forum_post')
@Check('ck_forum_post_approval', checkIn('approval', FORUM_POST_APPROVALS))
@Check('ck_forum_post_hidden_code', HIDDEN_CODE_CHECK)
@Index('uq_forum_post_thread_number', ['threadId', 'number'], { unique: true })
@Index('ix_forum_post_author', ['authorId', 'createdAt'])
@Index('ix_forum_post_search_vector', { synchronize: false })
export class ForumPostEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) threadId!: string;
  @ManyToOne(() => ForumThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'fk_forum_post_thread' })
  thread?: ForumThreadEntity;

  /** 1 for the thread's text, then 2, 3… in the order replies were written. */
  @Column({ type: 'integer' }) number!: number;

  @Column({ type: 'uuid' }) authorId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_forum_post_author' })
  author?: UserEntity;

  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'text' }) bodyHtml!: string;
  @Column({ type: 'text' }) bodyText!: string;
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false }) searchVector!: string | null;

  /** The post this one quotes (same thread); the quote is shown from that post as it is now. */
  @Column({ type: 'uuid', nullable: true }) quotePostId!: string | null;
  @ManyToOne(() => ForumPostEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'quote_post_id', foreignKeyConstraintName: 'fk_forum_post_quote' })
  quotePost?: ForumPostEntity | null;

  @Column({ type: 'varchar', length: 12, default: 'published' }) approval!: ForumPostApproval;
  @Column({ type: 'timestamptz', nullable: true }) editedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) hiddenAt!: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) hiddenCode!: ForumFlagReason | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) hiddenDetails!: string | null;
  @Column({ type: 'boolean', default: false }) hiddenByFlags!: boolean;
  @Column({ type: 'timestamptz', nullable: true }) deletedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** An earlier version of a post, kept when its author edits it (moderators read them). */
@Entity('forum_post_revision')
@Index('uq_forum_post_revision_version', ['postId', 'version'], { unique: true })
export class ForumPostRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) postId!: string;
  @ManyToOne(() => ForumPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_forum_post_revision_post' })
  post?: ForumPostEntity;
  /** 1 for the text as first posted, then one more per edit. */
  @Column({ type: 'integer' }) version!: number;
  /** The thread title at that version (first posts only). */
  @Column({ type: 'varchar', length: 150, nullable: true }) title!: string | null;
  @Column({ type: 'text' }) body!: string;
  /** When this version was written. */
  @Column({ type: 'timestamptz' }) writtenAt!: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** One reaction of one reader to one post; counts are grouped from these rows when read. */
@Entity('forum_reaction')
@Check('ck_forum_reaction_kind', checkIn('kind', FORUM_REACTIONS))
export class ForumReactionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_forum_reaction' }) postId!: string;
  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: 'pk_forum_reaction' }) kind!: ForumReaction;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_forum_reaction' }) userId!: string;
  @ManyToOne(() => ForumPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_forum_reaction_post' })
  post?: ForumPostEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_forum_reaction_user' })
  user?: UserEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** A reader following a thread: told of each reply. Writing in a thread follows it. */
@Entity('forum_follow')
@Index('ix_forum_follow_user', ['userId', 'createdAt'])
export class ForumFollowEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_forum_follow' }) threadId!: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_forum_follow' }) userId!: string;
  @ManyToOne(() => ForumThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'fk_forum_follow_thread' })
  thread?: ForumThreadEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_forum_follow_user' })
  user?: UserEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

export const FORUM_ENTITIES = [
  ForumCategoryEntity,
  ForumThreadEntity,
  ForumPostEntity,
  ForumPostRevisionEntity,
  ForumReactionEntity,
  ForumFollowEntity,
];
