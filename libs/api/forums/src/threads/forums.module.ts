import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@walikota/api-audit';
import { IdentityModule } from '@walikota/api-identity';
import { NotificationsModule } from '@walikota/api-notifications';
import { PerUserRateLimiter, registerMessages } from '@walikota/api-platform';
import { ForumCategoriesService } from './forum-categories.service';
import { FORUM_ENTITIES } from './forum.entity';
import { ForumPostingService } from './forum-posting.service';
import { ForumReader } from './forum-reader.service';
import { ForumsController } from './forums.controller';
import { forumsMessages, registerForumNotifications } from './forums.messages';

registerMessages(forumsMessages);
registerForumNotifications();

/** Town-hall forums: categories, threads, replies (docs/product.md, "Town-hall forums"). */
@Module({
  imports: [TypeOrmModule.forFeature(FORUM_ENTITIES), AuditModule, NotificationsModule, IdentityModule],
  controllers: [ForumsController],
  providers: [ForumCategoriesService, ForumReader, ForumPostingService, PerUserRateLimiter],
  exports: [ForumReader, ForumCategoriesService],
})
export class ForumsModule {}
