export * from './moderation/watched-words';
