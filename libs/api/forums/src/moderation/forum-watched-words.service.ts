import { Injectable } from '@nestjs/common';
import { AuditService } from '@walikota/api-audit';
import {
  AuthUser,
  ConflictDomainException,
  FieldDomainException,
  MicroCache,
  NotFoundDomainException,
  RequestMeta,
} from '@walikota/api-platform';
import type { ForumWatchedAction } from '@walikota/shared-contracts';
import { DataSource } from 'typeorm';
import { ForumWatchedWordDto, ForumWatchedWordInputDto } from './moderation.dto';
import { WatchedWordMatch, foldWord, strictestAction, watchedWordMatcher } from './watched-words';

interface WordRow {
  id: string;
  list: string;
  pattern: string;
  action: ForumWatchedAction;
  created_at: Date;
}

/** What the watched words make of a text: the strictest action and the rule that gave it. */
export interface WatchedVerdict {
  action: ForumWatchedAction;
  /** The matched rule's list and the words of the text that matched it. */
  list: string;
  found: string;
}

/**
 * The moderators' watched-word lists (docs/product.md, "Town-hall forums"). Every instance keeps the
 * compiled lists for up to 5 s (an edit on another instance applies within that), so checking a
 * post costs no query.
 */
@Injectable()
export class ForumWatchedWords {
  private readonly cache = new MicroCache<{ match: (text: string) => WatchedWordMatch[]; lists: Map<string, string> }>(5_000, 1);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The strictest rule the texts (title, body…) meet, or null. */
  async check(...texts: string[]): Promise<WatchedVerdict | null> {
    const { match, lists } = await this.cache.get('all', async () => {
      const rows = await this.rows();
      return {
        match: watchedWordMatcher(rows.map((r) => ({ id: r.id, pattern: r.pattern, action: r.action }))),
        lists: new Map(rows.map((r) => [r.id, r.list])),
      };
    });
    const matches = match(texts.join('\n'));
    const action = strictestAction(matches);
    if (!action) return null;
    return { action, list: lists.get(matches[0].word.id) ?? '', found: matches[0].found };
  }

  async list(): Promise<ForumWatchedWordDto[]> {
    return (await this.rows()).map((r) => ({ id: r.id, list: r.list, pattern: r.pattern, action: r.action, createdAt: r.created_at }));
  }

  async add(moderator: AuthUser, meta: RequestMeta, dto: ForumWatchedWordInputDto): Promise<ForumWatchedWordDto> {
    // A pattern must keep something to match once folded (`***` or `...` would match nothing or everything).
    if (!dto.pattern.split(/\s+/).some((part) => foldWord(part.replace(/\*/g, '')).length >= 2))
      throw new FieldDomainException('pattern', 'forum_watched_pattern_empty');
    const id = await this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO forum_watched_word (list, pattern, action, created_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (list, pattern) DO NOTHING RETURNING id`,
        [dto.list, dto.pattern, dto.action, moderator.id],
      );
      if (rows.length === 0) throw new ConflictDomainException('forum_watched_word_exists');
      await this.audit.record(
        moderator,
        meta,
        { action: 'forum_watched_word.added', targetType: 'forum_watched_word', targetId: rows[0].id, after: { ...dto } },
        manager,
      );
      return rows[0].id;
    });
    this.cache.clear();
    const added = (await this.list()).find((w) => w.id === id);
    if (!added) throw new NotFoundDomainException();
    return added;
  }

  async remove(moderator: AuthUser, meta: RequestMeta, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [[deleted]]: [WordRow[], number] = await manager.query(
        `DELETE FROM forum_watched_word WHERE id = $1 RETURNING list, pattern, action`,
        [id],
      );
      if (!deleted) throw new NotFoundDomainException('forum_watched_word_not_found');
      await this.audit.record(
        moderator,
        meta,
        {
          action: 'forum_watched_word.removed',
          targetType: 'forum_watched_word',
          targetId: id,
          before: { list: deleted.list, pattern: deleted.pattern, action: deleted.action },
        },
        manager,
      );
    });
    this.cache.clear();
  }

  private rows(): Promise<WordRow[]> {
    return this.dataSource.query(`SELECT id, list, pattern, action, created_at FROM forum_watched_word ORDER BY list, pattern`);
  }
}
