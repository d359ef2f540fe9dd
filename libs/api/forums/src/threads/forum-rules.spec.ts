import type { AuthUser } from '@walikota/api-platform';
import {
  PostFacts,
  ThreadFacts,
  canEditPost,
  canOpenThread,
  postStateFor,
  readsPostText,
  readsThreadText,
  threadTakesReplies,
} from './forum-rules';

const user = (id: string, ...roles: AuthUser['roles']): AuthUser => ({ id, roles, departmentIds: [], language: 'id', via: 'session' });
const author = user('a', 'citizen');
const other = user('b', 'citizen');
const moderator = user('m', 'citizen', 'moderator');
const admin = user('x', 'admin');
const T0 = new Date('2026-12-05T10:00:00Z');
const thread = (over: Partial<ThreadFacts> = {}): ThreadFacts => ({
  authorId: 'a',
  lockedAt: null,
  hiddenAt: null,
  deletedAt: null,
  opened: true,
  ...over,
});
const post = (over: Partial<PostFacts> = {}): PostFacts => ({
  authorId: 'a',
  approval: 'published',
  hiddenAt: null,
  deletedAt: null,
  createdAt: T0,
  ...over,
});
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe('forum rules', () => {
  it('who opens a thread: [visitor, author, other, moderator, admin]', () => {
    const row = (facts: ThreadFacts) => [undefined, author, other, moderator, admin].map((u) => canOpenThread(facts, u));
    expect(row(thread())).toEqual([true, true, true, true, true]);
    expect(row(thread({ opened: false }))).toEqual([false, true, false, true, true]);
    expect(row(thread({ deletedAt: T0 }))).toEqual([false, false, false, true, true]);
    expect(row(thread({ hiddenAt: T0 }))).toEqual([true, true, true, true, true]);
    const text = (facts: ThreadFacts) => [undefined, author, other, moderator, admin].map((u) => readsThreadText(facts, u));
    expect(text(thread({ hiddenAt: T0 }))).toEqual([false, true, false, true, true]);
  });

  it('how a post shows: [visitor, author, other, moderator]', () => {
    const row = (facts: PostFacts) => [undefined, author, other, moderator].map((u) => postStateFor(facts, u));
    expect(row(post())).toEqual(['visible', 'visible', 'visible', 'visible']);
    expect(row(post({ approval: 'pending' }))).toEqual([null, 'pending', null, 'pending']);
    expect(row(post({ approval: 'rejected' }))).toEqual([null, 'rejected', null, 'rejected']);
    expect(row(post({ hiddenAt: T0 }))).toEqual(['hidden', 'hidden', 'hidden', 'hidden']);
    expect(row(post({ deletedAt: T0 }))).toEqual(['deleted', 'deleted', 'deleted', 'deleted']);
    const text = (state: 'hidden' | 'deleted') => [undefined, author, other, moderator].map((u) => readsPostText(state, post(), u));
    expect(text('hidden')).toEqual([false, true, false, true]);
    expect(text('deleted')).toEqual([false, false, false, true]);
  });

  it('replies only to an open, published thread', () => {
    expect(
      [thread(), thread({ lockedAt: T0 }), thread({ hiddenAt: T0 }), thread({ deletedAt: T0 }), thread({ opened: false })].map(
        threadTakesReplies,
      ),
    ).toEqual([true, false, false, false, false]);
  });

  it('editing: the author, for 15 minutes, while nothing is hidden, deleted or locked', () => {
    expect(canEditPost(post(), thread(), author, minutes(14.9))).toBe(true);
    expect(canEditPost(post(), thread(), author, minutes(15))).toBe(false);
    expect(canEditPost(post(), thread(), other, minutes(1))).toBe(false);
    expect(canEditPost(post(), thread(), moderator, minutes(1))).toBe(false);
    expect(canEditPost(post(), thread(), undefined, minutes(1))).toBe(false);
    expect(canEditPost(post({ hiddenAt: T0 }), thread(), author, minutes(1))).toBe(false);
    expect(canEditPost(post({ deletedAt: T0 }), thread(), author, minutes(1))).toBe(false);
    expect(canEditPost(post({ approval: 'rejected' }), thread(), author, minutes(1))).toBe(false);
    expect(canEditPost(post({ approval: 'pending' }), thread(), author, minutes(1))).toBe(true);
    expect(canEditPost(post(), thread({ lockedAt: T0 }), author, minutes(1))).toBe(false);
    expect(canEditPost(post(), thread({ hiddenAt: T0 }), author, minutes(1))).toBe(false);
  });
});
