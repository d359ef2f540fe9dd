import type { ForumContentType, ForumFlagReason } from '@walikota/shared-contracts';
import type { EntityManager } from 'typeorm';

/** What the moderation queue shows of one post or question. */
export interface ContentSummary {
  type: ForumContentType;
  id: string;
  authorId: string;
  /** Thread title or meeting title, for context. */
  context: string;
  /** The start of the text, plain. */
  excerpt: string;
  /** Where it is read, in the portal (`/forum/t/12#3`). */
  link: string;
  /** `visible`, `hidden`, `pending`, `rejected` or `deleted`. */
  state: string;
  hiddenByFlags: boolean;
  createdAt: Date;
}

/** A post or question as the rules of moderation see it, read under a row lock. */
export interface LockedContent {
  authorId: string;
  /** Published and neither hidden nor deleted: what readers may flag. */
  shown: boolean;
  hiddenAt: Date | null;
  hiddenByFlags: boolean;
  /** Waiting for a moderator's approval (posts only). */
  pending: boolean;
  link: string;
  context: string;
}

/**
 * One kind of moderated content: forum posts (a thread through its first post) or meeting
 * questions. Each kind's module writes its own tables; moderation goes through this.
 */
export interface ContentTarget {
  readonly type: ForumContentType;
  /** Locks the item's row for the caller's transaction; null when there is no such item. */
  lock(id: string, manager: EntityManager): Promise<LockedContent | null>;
  hide(id: string, reason: ForumFlagReason, details: string | null, byFlags: boolean, manager: EntityManager): Promise<void>;
  unhide(id: string, manager: EntityManager): Promise<void>;
  describe(ids: string[], manager: EntityManager): Promise<ContentSummary[]>;
}

/** The registry of content targets: each owning module registers its own when it starts. */
export class ContentTargets {
  private readonly targets = new Map<ForumContentType, ContentTarget>();

  register(target: ContentTarget): void {
    this.targets.set(target.type, target);
  }

  /** The target of a type, or null when no module serves it here. */
  get(type: ForumContentType): ContentTarget | null {
    return this.targets.get(type) ?? null;
  }

  all(): ContentTarget[] {
    return [...this.targets.values()];
  }
}
