export * from './moderation/watched-words';
export * from './threads/forum.dto';
export * from './threads/forum.entity';
export * from './threads/forum-reader.service';
export * from './threads/forum-categories.service';
export * from './threads/forum-rules';
export * from './threads/forums.module';
