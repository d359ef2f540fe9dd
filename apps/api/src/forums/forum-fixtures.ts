import type { AppConfig } from '@walikota/api-platform';
import { ReportWorld, reportWorld } from '../reports/report-fixtures';

/** Forum limits high enough that only the test about a limit meets one. */
export const FORUM_TEST_SETTINGS: AppConfig['forums'] = {
  postsPerHour: 10_000,
  newAccountPostsPerHour: 10_000,
  threadsPerDay: 10_000,
  postsPerIpPerHour: 1_000_000,
  newAccountDays: 0,
  newAccountHeldPosts: 0,
  flagsToHide: 3,
};

export interface ForumWorld extends ReportWorld {
  forumCategory: string;
  /** Starts a thread as `by`; returns its number and first post's id. */
  thread(by?: keyof ReportWorld['as'], title?: string, body?: string): Promise<{ number: number; postId: string }>;
  /** Replies as `by`; returns the post's id and number. */
  reply(number: number, by?: keyof ReportWorld['as'], body?: string, quotePostId?: string): Promise<{ id: string; number: number }>;
}

/** The report world's callers (visitor … admin) with the forums' seeded categories. */
export async function forumWorld(settings: Partial<AppConfig['forums']> = {}): Promise<ForumWorld> {
  const w = await reportWorld({ rateLimitMax: 1_000_000, forums: { ...FORUM_TEST_SETTINGS, ...settings } });
  const [{ id: forumCategory }] = await w.t.dataSource.query(`SELECT id FROM forum_category WHERE slug = 'umum'`);
  let n = 0;
  return Object.assign(w, {
    forumCategory,
    async thread(by: keyof ReportWorld['as'] = 'citizen', title?: string, body?: string) {
      const res = await w.as[by]
        .post('/api/forums/threads')
        .send({
          categoryId: forumCategory,
          title: title ?? `Topik percakapan warga nomor ${++n}`,
          body: body ?? 'Mari kita bahas bersama di sini.',
        })
        .expect(201);
      return { number: res.body.threadNumber as number, postId: res.body.post.id as string };
    },
    async reply(number: number, by: keyof ReportWorld['as'] = 'otherCitizen', body = 'Setuju, saya ikut membahas.', quotePostId?: string) {
      const res = await w.as[by]
        .post(`/api/forums/threads/${number}/posts`)
        .send({ body, ...(quotePostId ? { quotePostId } : {}) })
        .expect(201);
      return { id: res.body.post.id as string, number: res.body.post.number as number };
    },
  }) as ForumWorld;
}
