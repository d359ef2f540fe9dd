import { DepartmentMemberEntity } from '@walikota/api-identity';
import { ReferenceSeedService } from '@walikota/api-reference';
import type { AppConfig } from '@walikota/api-platform';
import { TestApp, createTestApp } from '@walikota/api-testing';
import supertest from 'supertest';
import { AppModule } from '../app.module';
import { Browser, createUser } from '../notifications/notification-fixtures';

/** Everyone the report tests need: each caller of the who-may-call matrix, signed in. */
export const CALLERS = ['visitor', 'citizen', 'otherCitizen', 'moderator', 'official', 'otherOfficial', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

export interface ReportWorld {
  t: TestApp;
  as: Record<Caller, Browser>;
  ids: Record<Exclude<Caller, 'visitor'>, string>;
  /** DPU handles `jalan-jembatan`; DLH handles `sampah-kebersihan`. */
  departments: { dpu: string; dlh: string };
  categories: { roads: string; waste: string };
  /** A kelurahan and its kecamatan. */
  area: { kelurahan: string; kecamatan: string; otherKelurahan: string };
  file(by?: Caller, overrides?: Record<string, unknown>): Promise<ReportBody>;
  act(by: Caller, code: string, body: Record<string, unknown>): supertest.Test;
}

export interface ReportBody {
  id: string;
  code: string;
  status: string;
  [key: string]: unknown;
}

/** The app with reference data and one account per role. Filing is not rate-limited unless `config` says so. */
export async function reportWorld(config: Partial<AppConfig> = {}): Promise<ReportWorld> {
  const t = await createTestApp({ rootModule: (c) => AppModule.forRoot(c), config: { reportsPerHour: 100_000, ...config } });
  await t.app.get(ReferenceSeedService).seed();
  const [dpu] = await t.dataSource.query(`SELECT id FROM department WHERE code = 'DPU'`);
  const [dlh] = await t.dataSource.query(`SELECT id FROM department WHERE code = 'DLH'`);
  const [roads] = await t.dataSource.query(`SELECT id FROM category WHERE module = 'report' AND code = 'jalan-jembatan'`);
  const [waste] = await t.dataSource.query(`SELECT id FROM category WHERE module = 'report' AND code = 'sampah-kebersihan'`);
  const kelurahan: { id: string; parent_id: string }[] = await t.dataSource.query(
    `SELECT id, parent_id FROM area WHERE level <> 'kecamatan' ORDER BY code LIMIT 2`,
  );
  const roles: Record<Exclude<Caller, 'visitor'>, [string[], string[]]> = {
    citizen: [['citizen'], []],
    otherCitizen: [['citizen'], []],
    moderator: [['citizen', 'moderator'], []],
    official: [['citizen', 'official'], [dpu.id]],
    otherOfficial: [['citizen', 'official'], [dlh.id]],
    admin: [['citizen', 'admin'], []],
  };
  const as = {} as Record<Caller, Browser>;
  const ids = {} as ReportWorld['ids'];
  as.visitor = new Browser(t);
  for (const [caller, [userRoles, departments]] of Object.entries(roles) as [Exclude<Caller, 'visitor'>, [string[], string[]]][]) {
    const email = `${caller.toLowerCase()}@example.id`;
    ids[caller] = await createUser(t, email, { roles: userRoles });
    if (departments.length)
      await t.dataSource
        .getRepository(DepartmentMemberEntity)
        .insert(departments.map((departmentId) => ({ userId: ids[caller], departmentId })));
    as[caller] = await new Browser(t).login(email);
  }
  const world: ReportWorld = {
    t,
    as,
    ids,
    departments: { dpu: dpu.id, dlh: dlh.id },
    categories: { roads: roads.id, waste: waste.id },
    area: { kelurahan: kelurahan[0].id, kecamatan: kelurahan[0].parent_id, otherKelurahan: kelurahan[1].id },
    async file(by = 'citizen', overrides = {}) {
      const res = await as[by].post('/api/reports').send({
        type: 'complaint',
        privacy: 'public',
        title: 'Jalan berlubang di depan pasar',
        description: 'Lubang besar di badan jalan membahayakan pengendara motor, terutama saat hujan.',
        categoryId: roads.id,
        areaId: kelurahan[0].id,
        ...overrides,
      });
      if (res.status !== 201) throw new Error(`filing failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as ReportBody;
    },
    act: (by, code, body) => as[by].post(`/api/reports/${code}/actions`).send(body),
  };
  return world;
}

/** Takes a report down the main path up to `status` (moderator, then the DPU official). */
export async function advance(w: ReportWorld, code: string, status: 'verified' | 'dispatched' | 'in_progress' | 'resolved'): Promise<void> {
  const steps: [Caller, Record<string, unknown>, string][] = [
    ['moderator', { action: 'verify' }, 'verified'],
    ['moderator', { action: 'dispatch', departmentId: w.departments.dpu }, 'dispatched'],
    ['official', { action: 'start' }, 'in_progress'],
    ['official', { action: 'resolve', note: 'Lubang sudah ditambal.' }, 'resolved'],
  ];
  for (const [by, body, reached] of steps) {
    await w.act(by, code, body).expect(200);
    if (reached === status) return;
  }
}
