import { SessionsService } from '@walikota/api-identity';
import type { AppConfig } from '@walikota/api-platform';
import supertest from 'supertest';
import { Caller, ReportWorld, reportWorld } from '../reports/report-fixtures';

/** Meeting limits high enough that only the test about a limit meets one. */
export const MEETING_TEST_SETTINGS: AppConfig['meetings'] = {
  registrationsPerHour: 10_000,
  questionsPerHour: 10_000,
  streamHeartbeatMs: 15_000,
};

/** Simpang Lima, inside the seeded city (Semarang). */
export const SIMPANG_LIMA = { latitude: -6.9903, longitude: 110.4229 };

export interface Citizen {
  id: string;
  cookie: string;
  csrf: string;
  /** A request as this citizen (cookie and CSRF header set). */
  call(method: 'get' | 'post' | 'put' | 'delete', url: string): supertest.Test;
}

export interface MeetingWorld extends ReportWorld {
  /** The body of a valid in-person meeting of DPU starting in `inHours` hours, with overrides. */
  body(overrides?: Record<string, unknown>, inHours?: number): Record<string, unknown>;
  /** Creates a meeting as `by` (DPU's official by default); returns its code. */
  meeting(overrides?: Record<string, unknown>, by?: Caller, inHours?: number): Promise<string>;
  /** A meeting taken to `status` by DPU's official. */
  meetingIn(status: 'scheduled' | 'live' | 'concluded' | 'cancelled', overrides?: Record<string, unknown>): Promise<string>;
  /** `n` verified citizens with sessions, made directly (signing in 200 times would time argon2, not meetings). */
  citizens(n: number, prefix: string): Promise<Citizen[]>;
}

export async function meetingWorld(config: Partial<AppConfig> = {}): Promise<MeetingWorld> {
  const w = await reportWorld({ rateLimitMax: 1_000_000, meetings: MEETING_TEST_SETTINGS, ...config });
  let n = 0;
  const body = (overrides: Record<string, unknown> = {}, inHours = 48) => {
    const starts = new Date(Date.now() + inHours * 3_600_000);
    return {
      title: `Musyawarah warga tentang drainase ${++n}`,
      description: 'Membahas **banjir** di sekitar Simpang Lima. <script>alert(1)</script>',
      type: 'in_person',
      venueName: 'Balai Kelurahan Pleburan',
      venueAddress: 'Jl. Pleburan Barat No. 1',
      ...SIMPANG_LIMA,
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 2 * 3_600_000).toISOString(),
      capacity: 50,
      departmentId: w.departments.dpu,
      agenda: [
        { title: 'Pembukaan', durationMinutes: 10, presenterName: 'Lurah Pleburan' },
        { title: 'Paparan rencana drainase', durationMinutes: 30 },
      ],
      ...overrides,
    };
  };
  const meeting = async (overrides: Record<string, unknown> = {}, by: Caller = 'official', inHours = 48) => {
    const res = await w.as[by].post('/api/meetings').send(body(overrides, inHours));
    if (res.status !== 201) throw new Error(`creating a meeting failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.code as string;
  };
  return Object.assign(w, {
    body,
    meeting,
    async meetingIn(status: 'scheduled' | 'live' | 'concluded' | 'cancelled', overrides: Record<string, unknown> = {}) {
      const code = await meeting(overrides);
      if (status === 'cancelled')
        await w.as.official
          .post(`/api/meetings/${code}/cancel`)
          .send({ reason: 'Balai kelurahan dipakai untuk posko banjir.' })
          .expect(200);
      if (status === 'live' || status === 'concluded') await w.as.official.post(`/api/meetings/${code}/start`).expect(200);
      if (status === 'concluded')
        await w.as.official
          .post(`/api/meetings/${code}/conclude`)
          .send({ minutesMarkdown: 'Rapat membahas drainase dan menyepakati tindak lanjut.' })
          .expect(200);
      return code;
    },
    async citizens(count: number, prefix: string): Promise<Citizen[]> {
      const rows: { id: string }[] = await w.t.dataSource.query(
        `INSERT INTO app_user (email, name, password_hash, email_verified_at, language)
         SELECT $1 || g || '@warga.example.id', 'Warga ' || g, 'x', now(), 'id' FROM generate_series(1, $2) g RETURNING id`,
        [`${prefix}-${Date.now()}-`, count],
      );
      await w.t.dataSource.query(`INSERT INTO user_role (user_id, role) SELECT unnest($1::uuid[]), 'citizen'`, [rows.map((r) => r.id)]);
      const sessions = w.t.app.get(SessionsService);
      return Promise.all(
        rows.map(async ({ id }) => {
          const session = await sessions.start(id, { requestId: 'test', ip: '127.0.0.1' });
          const cookie = `wk_access=${session.accessToken}`;
          return {
            id,
            cookie,
            csrf: session.csrfToken,
            call: (method: 'get' | 'post' | 'put' | 'delete', url: string) =>
              w.t.http()[method](url).set('Cookie', cookie).set('X-XSRF-TOKEN', session.csrfToken),
          };
        }),
      );
    },
  }) as MeetingWorld;
}
