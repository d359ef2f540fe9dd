import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@walikota/api-audit';
import { IdentityModule } from '@walikota/api-identity';
import { NotificationsModule } from '@walikota/api-notifications';
import { PerUserRateLimiter, registerMessages } from '@walikota/api-platform';
import { ContentTargets } from '../moderation/content-targets';
import { ForumAppeals } from '../moderation/forum-appeals.service';
import { ForumFlags } from '../moderation/forum-flags.service';
import { ForumModerationLog } from '../moderation/forum-moderation-log';
import { ForumModeration } from '../moderation/forum-moderation.service';
import { ForumSanctions } from '../moderation/forum-sanctions.service';
import { ForumWatchedWords } from '../moderation/forum-watched-words.service';
import { ModerationController } from '../moderation/moderation.controller';
import { MODERATION_ENTITIES } from '../moderation/moderation.entity';
import { moderationMessages, registerModerationNotifications } from '../moderation/moderation.messages';
import { ForumCategoriesService } from './forum-categories.service';
import { ForumPostTarget } from './forum-post-target';
import { FORUM_ENTITIES } from './forum.entity';
import { ForumPostingService } from './forum-posting.service';
import { ForumReader } from './forum-reader.service';
import { ForumsController } from './forums.controller';
import { ForumsPersonalData } from './forums-personal-data';
import { forumsMessages, registerForumNotifications } from './forums.messages';

registerMessages(forumsMessages);
registerMessages(moderationMessages);
registerForumNotifications();
registerModerationNotifications();

/**
 * Town-hall forums: categories, threads, replies, and their moderation (docs/product.md,
 * "Town-hall forums"). Meeting questions join the moderation by registering their own target in
 * `ContentTargets`, and their writers are checked against `ForumSanctions` and `ForumWatchedWords`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...FORUM_ENTITIES, ...MODERATION_ENTITIES]), AuditModule, NotificationsModule, IdentityModule],
  controllers: [ForumsController, ModerationController],
  providers: [
    ForumCategoriesService,
    ForumReader,
    ForumPostingService,
    PerUserRateLimiter,
    { provide: ContentTargets, useValue: new ContentTargets() },
    ForumPostTarget,
    ForumModerationLog,
    ForumSanctions,
    ForumWatchedWords,
    ForumFlags,
    ForumModeration,
    ForumAppeals,
    ForumsPersonalData,
  ],
  exports: [ForumReader, ForumCategoriesService, ContentTargets, ForumSanctions, ForumWatchedWords, ForumFlags],
})
export class ForumsModule implements OnModuleInit {
  constructor(
    private readonly targets: ContentTargets,
    private readonly posts: ForumPostTarget,
  ) {}

  onModuleInit(): void {
    this.targets.register(this.posts);
  }
}
