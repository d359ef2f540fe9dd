import { ReferenceSeedService } from '@walikota/api-reference';
import { ReportStatisticsService } from '@walikota/api-reports';
import type { ReportDepartmentMonthDto, ReportMonthFiguresDto, ReportStatisticsDto } from '@walikota/api-reports';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { AppModule } from '../app.module';
import { Browser, createUser } from '../notifications/notification-fixtures';

const CALLERS = ['visitor', 'citizen', 'moderator', 'official', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

const HOUR = 3_600_000;
const at = (iso: string, plusHours = 0) => new Date(new Date(iso).getTime() + plusHours * HOUR);

interface ReportRow {
  createdAt: Date;
  departmentId: string | null;
  status?: string;
  privacy?: 'public' | 'anonymous' | 'confidential';
  firstResponseAt?: Date;
  dispatchedAt?: Date;
  followedUpAt?: Date;
  followupDueAt?: Date;
  resolvedAt?: Date;
  /** Default: three days after filing. */
  verifyDueAt?: Date;
  /** Default: the first kelurahan the fixtures found. */
  area?: { areaId: string; kecamatanId: string };
}

describe('report statistics (HTTP)', () => {
  let t: TestApp;
  const browsers = {} as Record<Caller, Browser>;
  let reporterId = '';
  let dpu = '';
  let dlh = '';
  let place: { categoryId: string; areaId: string; kecamatanId: string };

  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
    await t.app.get(ReferenceSeedService).seed();
    for (const caller of CALLERS) {
      browsers[caller] = new Browser(t);
      if (caller === 'visitor') continue;
      const id = await createUser(t, `${caller}@example.id`, { roles: [caller] });
      if (caller === 'citizen') reporterId = id;
      await browsers[caller].login(`${caller}@example.id`);
    }
    const departments: { id: string; code: string }[] = await t.dataSource.query(
      `SELECT id, code FROM department WHERE code IN ('DPU', 'DLH')`,
    );
    dpu = departments.find((d) => d.code === 'DPU')?.id ?? '';
    dlh = departments.find((d) => d.code === 'DLH')?.id ?? '';
    const [row] = await t.dataSource.query(
      `SELECT c.id AS category_id, k.id AS area_id, k.parent_id AS kecamatan_id
         FROM category c, area k WHERE c.module = 'report' AND c.code = 'jalan-jembatan' AND k.level <> 'kecamatan' LIMIT 1`,
    );
    place = { categoryId: row.category_id, areaId: row.area_id, kecamatanId: row.kecamatan_id };
  });
  afterAll(() => t.close());
  beforeEach(() => t.dataSource.query('DELETE FROM report'));

  async function insert(r: ReportRow): Promise<void> {
    await t.app.get(ReportStatisticsService).forget(); // answers are cached for 5 minutes
    await t.dataSource.query(
      `INSERT INTO report (code, type, privacy, status, listed, title, description, category_id, area_id, kecamatan_id,
                           department_id, reporter_id, created_at, first_response_at, dispatched_at, followed_up_at,
                           followup_due_at, resolved_at, verify_due_at)
       VALUES ('LPR-2026-' || lpad(nextval('report_code_seq')::text, 6, '0'), 'complaint', $1, $2, false,
               'Jalan berlubang di depan pasar', 'Lubang besar di tengah jalan, berbahaya bagi pengendara motor.',
               $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        r.privacy ?? 'public',
        r.status ?? 'submitted',
        place.categoryId,
        (r.area ?? place).areaId,
        (r.area ?? place).kecamatanId,
        r.departmentId,
        reporterId,
        r.createdAt,
        r.firstResponseAt ?? null,
        r.dispatchedAt ?? null,
        r.followedUpAt ?? null,
        r.followupDueAt ?? null,
        r.resolvedAt ?? null,
        r.verifyDueAt ?? new Date(r.createdAt.getTime() + 72 * HOUR),
      ],
    );
  }

  async function statistics(query: string): Promise<ReportStatisticsDto> {
    return (await t.http().get(`/api/reports/statistics${query}`).expect(200)).body;
  }

  const figures = (month: string, f: Partial<ReportMonthFiguresDto> = {}): ReportMonthFiguresDto => ({
    month,
    received: 0,
    resolved: 0,
    medianHoursToFirstResponse: null,
    medianHoursToResolution: null,
    overdue: 0,
    overdueShare: null,
    ...f,
  });
  const row = (month: string, departmentId: string | null, f: Partial<ReportMonthFiguresDto>): ReportDepartmentMonthDto => ({
    ...figures(month, f),
    departmentId,
  });

  it('counts every figure per department and month, with month totals over all reports', async () => {
    // DPU, January (Asia/Jakarta is UTC+7).
    await insert({
      createdAt: at('2026-01-05T01:00:00Z'),
      departmentId: dpu,
      status: 'closed',
      firstResponseAt: at('2026-01-05T01:00:00Z', 2),
      resolvedAt: at('2026-01-05T01:00:00Z', 24),
    });
    // Followed up a day after the follow-up deadline: overdue.
    await insert({
      createdAt: at('2026-01-10T00:00:00Z'),
      departmentId: dpu,
      status: 'in_progress',
      firstResponseAt: at('2026-01-10T00:00:00Z', 5),
      dispatchedAt: at('2026-01-10T00:00:00Z', 5),
      followupDueAt: at('2026-01-15T00:00:00Z'),
      followedUpAt: at('2026-01-16T00:00:00Z'),
    });
    // Never verified, deadline long past: overdue.
    await insert({ createdAt: at('2026-01-20T00:00:00Z'), departmentId: dpu, status: 'submitted' });
    // 31 January 20:00 UTC is 1 February 03:00 in Jakarta; confidential reports count too.
    await insert({
      createdAt: at('2026-01-31T20:00:00Z'),
      departmentId: dpu,
      status: 'verified',
      privacy: 'confidential',
      firstResponseAt: at('2026-01-31T20:00:00Z', 10),
    });
    // DLH, January: resolved in February (two of them across the Jakarta month boundary).
    await insert({
      createdAt: at('2026-01-02T00:00:00Z'),
      departmentId: dlh,
      status: 'resolved',
      firstResponseAt: at('2026-01-02T00:00:00Z', 1),
      resolvedAt: at('2026-02-01T00:00:00Z'), // 720 h
    });
    await insert({
      createdAt: at('2026-01-03T00:00:00Z'),
      departmentId: dlh,
      status: 'closed',
      firstResponseAt: at('2026-01-03T00:00:00Z', 3),
      resolvedAt: at('2026-01-31T18:00:00Z'), // 1 February 01:00 in Jakarta; 690 h
    });
    await insert({
      createdAt: at('2026-01-04T00:00:00Z'),
      departmentId: dlh,
      status: 'resolved',
      firstResponseAt: at('2026-01-04T00:00:00Z', 8),
      resolvedAt: at('2026-02-10T00:00:00Z'), // 888 h
    });
    // Verified after its deadline (overdue), resolved, then reopened: not counted as resolved.
    await insert({
      createdAt: at('2026-01-05T00:00:00Z'),
      departmentId: dlh,
      status: 'in_progress',
      verifyDueAt: at('2026-01-08T00:00:00Z'),
      firstResponseAt: at('2026-01-05T00:00:00Z', 100),
      resolvedAt: at('2026-02-05T00:00:00Z'),
    });
    // No department, March; 15 minutes to the first response (0.25 h rounds to 0.3).
    await insert({
      createdAt: at('2026-03-15T00:00:00Z'),
      departmentId: null,
      status: 'rejected',
      firstResponseAt: at('2026-03-15T00:00:00Z', 0.25),
    });
    // Outside the range in Jakarta time: 31 December 23:59 and 1 April 00:00.
    await insert({ createdAt: at('2025-12-31T16:59:00Z'), departmentId: dpu, firstResponseAt: at('2025-12-31T16:59:00Z', 1) });
    await insert({ createdAt: at('2026-03-31T17:00:00Z'), departmentId: dpu, firstResponseAt: at('2026-03-31T17:00:00Z', 1) });

    const body = await statistics('?from=2026-01&to=2026-03');

    expect(body).toMatchObject({ from: '2026-01', to: '2026-03', timeZone: 'Asia/Jakarta', departmentId: null });
    expect(body.totals).toEqual([
      figures('2026-01', {
        received: 7,
        medianHoursToFirstResponse: 4, // 1, 2, 3, 5, 8, 100
        overdue: 3,
        overdueShare: 42.9,
        resolved: 1,
        medianHoursToResolution: 24,
      }),
      figures('2026-02', {
        received: 1,
        medianHoursToFirstResponse: 10,
        overdue: 0,
        overdueShare: 0,
        resolved: 3,
        medianHoursToResolution: 720, // 690, 720, 888
      }),
      figures('2026-03', { received: 1, medianHoursToFirstResponse: 0.3, overdue: 0, overdueShare: 0 }),
    ]);
    const expected = [
      row('2026-01', dpu, {
        received: 3,
        medianHoursToFirstResponse: 3.5, // 2, 5
        overdue: 2,
        overdueShare: 66.7,
        resolved: 1,
        medianHoursToResolution: 24,
      }),
      row('2026-01', dlh, { received: 4, medianHoursToFirstResponse: 5.5, overdue: 1, overdueShare: 25 }), // 1, 3, 8, 100
      row('2026-02', dpu, { received: 1, medianHoursToFirstResponse: 10, overdue: 0, overdueShare: 0 }),
      row('2026-02', dlh, { resolved: 3, medianHoursToResolution: 720 }),
      row('2026-03', null, { received: 1, medianHoursToFirstResponse: 0.3, overdue: 0, overdueShare: 0 }),
    ];
    // By month, then department id, reports without a department last.
    const order = (a: ReportDepartmentMonthDto, b: ReportDepartmentMonthDto) =>
      a.month.localeCompare(b.month) || (a.departmentId ?? '\uffff').localeCompare(b.departmentId ?? '\uffff');
    expect(body.rows).toEqual(expected.sort(order));
  });

  it('counts received and resolved per kecamatan over the whole range, for the map', async () => {
    const [other] = await t.dataSource.query(
      `SELECT id AS "areaId", parent_id AS "kecamatanId" FROM area WHERE level <> 'kecamatan' AND parent_id <> $1 LIMIT 1`,
      [place.kecamatanId],
    );
    await insert({ createdAt: at('2026-01-05T01:00:00Z'), departmentId: dpu });
    await insert({ createdAt: at('2026-02-05T01:00:00Z'), departmentId: dpu, status: 'closed', resolvedAt: at('2026-02-06T01:00:00Z') });
    await insert({ createdAt: at('2026-02-07T01:00:00Z'), departmentId: dlh, area: other, privacy: 'confidential' });
    // Filed before the range, resolved within it: resolved counts, received does not.
    await insert({
      createdAt: at('2025-11-05T01:00:00Z'),
      departmentId: dlh,
      area: other,
      status: 'resolved',
      resolvedAt: at('2026-01-09T01:00:00Z'),
    });
    // Outside the range altogether.
    await insert({ createdAt: at('2025-06-05T01:00:00Z'), departmentId: dpu });
    const stats = await statistics('?from=2026-01&to=2026-02');
    expect(stats.byKecamatan).toEqual(
      [
        { kecamatanId: place.kecamatanId, received: 2, resolved: 1 },
        { kecamatanId: other.kecamatanId, received: 1, resolved: 1 },
      ].sort((a, b) => a.kecamatanId.localeCompare(b.kecamatanId)),
    );
    expect((await statistics(`?from=2026-01&to=2026-02&departmentId=${dlh}`)).byKecamatan).toEqual([
      { kecamatanId: other.kecamatanId, received: 1, resolved: 1 },
    ]);
  });

  it('puts a report in the month of the city time zone, not of UTC', async () => {
    await insert({ createdAt: at('2026-01-31T16:59:59Z'), departmentId: dpu }); // 31 January 23:59:59 in Jakarta
    await insert({ createdAt: at('2026-01-31T17:00:00Z'), departmentId: dpu }); // 1 February 00:00
    await insert({ createdAt: at('2026-01-31T20:00:00Z'), departmentId: dpu }); // 1 February 03:00
    const body = await statistics('?from=2026-01&to=2026-02');
    expect(body.totals.map((m) => [m.month, m.received])).toEqual([
      ['2026-01', 1],
      ['2026-02', 2],
    ]);
    const february = await statistics('?from=2026-02&to=2026-02');
    expect(february.totals.map((m) => [m.month, m.received])).toEqual([['2026-02', 2]]);
  });

  it('takes the median of an odd and of an even number of reports', async () => {
    for (const h of [1, 4, 30]) {
      await insert({
        createdAt: at('2026-05-04T00:00:00Z'),
        departmentId: dpu,
        status: 'verified',
        firstResponseAt: at('2026-05-04T00:00:00Z', h),
      });
    }
    let body = await statistics('?from=2026-05&to=2026-05');
    expect(body.totals[0].medianHoursToFirstResponse).toBe(4);
    await insert({
      createdAt: at('2026-05-05T00:00:00Z'),
      departmentId: dpu,
      status: 'verified',
      firstResponseAt: at('2026-05-05T00:00:00Z', 7.5),
    });
    body = await statistics('?from=2026-05&to=2026-05');
    expect(body.totals[0].medianHoursToFirstResponse).toBe(5.8); // (4 + 7.5) / 2 = 5.75
    // Reports without a first response are left out of the median but counted as received.
    await insert({
      createdAt: at('2026-05-06T00:00:00Z'),
      departmentId: dpu,
      status: 'submitted',
      verifyDueAt: at('2099-01-01T00:00:00Z'),
    });
    body = await statistics('?from=2026-05&to=2026-05');
    expect(body.totals[0]).toMatchObject({ received: 5, medianHoursToFirstResponse: 5.8, overdue: 0, overdueShare: 0 });
  });

  it('counts a pending follow-up past its deadline as overdue, and one not yet due as not', async () => {
    const filed = at('2026-04-06T00:00:00Z');
    const base = { createdAt: filed, departmentId: dpu, status: 'dispatched', firstResponseAt: filed, dispatchedAt: filed };
    await insert({ ...base, followupDueAt: at('2026-04-13T00:00:00Z') });
    await insert({ ...base, followupDueAt: at('2099-01-01T00:00:00Z') });
    await insert({ ...base, status: 'in_progress', followupDueAt: at('2026-04-13T00:00:00Z'), followedUpAt: at('2026-04-10T00:00:00Z') });
    const body = await statistics('?from=2026-04&to=2026-04');
    expect(body.totals[0]).toMatchObject({ received: 3, overdue: 1, overdueShare: 33.3 });
  });

  it('filters by department; totals are then that department’s', async () => {
    await insert({ createdAt: at('2026-06-01T00:00:00Z'), departmentId: dpu });
    await insert({ createdAt: at('2026-06-02T00:00:00Z'), departmentId: dlh });
    await insert({ createdAt: at('2026-06-03T00:00:00Z'), departmentId: null });
    const body = await statistics(`?from=2026-06&to=2026-06&departmentId=${dlh}`);
    expect(body.departmentId).toBe(dlh);
    expect(body.totals).toEqual([figures('2026-06', { received: 1, overdue: 1, overdueShare: 100 })]);
    expect(body.rows).toEqual([row('2026-06', dlh, { received: 1, overdue: 1, overdueShare: 100 })]);
  });

  it('defaults to the last 12 months up to the current one in the city', async () => {
    await insert({ createdAt: new Date(), departmentId: dpu });
    const body = await statistics('');
    const now = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(new Date());
    expect(body.totals).toHaveLength(12);
    expect(body.to).toBe(now.slice(0, 7));
    expect(body.totals[11]).toMatchObject({ month: body.to, received: 1 });
    expect(body.totals[0].month).toBe(body.from);
    const [year, month] = body.to.split('-').map(Number);
    const first = year * 12 + month - 1 - 11;
    expect(body.from).toBe(`${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, '0')}`);
  });

  it('keeps an answer for a while (one computation for every visitor), then computes again', async () => {
    await insert({ createdAt: at('2026-07-01T00:00:00Z'), departmentId: dpu });
    const first = await statistics('?from=2026-07&to=2026-07');
    expect(first.totals[0].received).toBe(1);
    expect(first.generatedAt).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
    // Changed behind the service's back: the cached answer stands until it expires.
    await t.dataSource.query(`DELETE FROM report`);
    expect(await statistics('?from=2026-07&to=2026-07')).toEqual(first);
    await t.app.get(ReportStatisticsService).forget();
    expect((await statistics('?from=2026-07&to=2026-07')).totals[0].received).toBe(0);
  });

  it('accepts 36 months', async () => {
    const body = await statistics('?from=2024-01&to=2026-12');
    expect(body.totals).toHaveLength(36);
    expect(body.rows).toEqual([]);
  });

  describe('refuses bad ranges with 400 naming the field, in the caller’s language', () => {
    it.each([
      ['?from=2026-13', 'from', 'isYearMonth'],
      ['?to=2026-1', 'to', 'isYearMonth'],
      ['?from=2026-02-01', 'from', 'isYearMonth'],
      ['?from=2026-03&to=2026-02', 'to', 'month_range_reversed'],
      ['?from=2024-01&to=2027-01', 'to', 'month_range_too_long'],
      ['?from=2000-01', 'from', 'month_range_too_long'],
      ['?to=2026-01&from=2099-01', 'to', 'month_range_reversed'],
      ['?departmentId=DPU', 'departmentId', 'isUuid'],
      ['?departmentId=00000000-0000-4000-8000-000000000000', 'departmentId', 'department_not_found'],
      ['?month=2026-01', 'month', 'unknown_field'],
    ])('%s: %s %s', async (query, field, code) => {
      const res = await t.http().get(`/api/reports/statistics${query}`).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', details: [{ field, code }] });
    });

    it('says it in Indonesian by default and in English when asked', async () => {
      const id = await t.http().get('/api/reports/statistics?from=2024-01&to=2027-01').expect(400);
      expect(id.body.details).toEqual([
        {
          field: 'to',
          code: 'month_range_too_long',
          message: 'Rentang bulan paling panjang 36 bulan; perpendek rentang pada kolom «Tanggal akhir».',
        },
      ]);
      const en = await t.http().get('/api/reports/statistics?from=2026-1').set('Accept-Language', 'en-GB,en;q=0.8').expect(400);
      expect(en.body.details).toEqual([
        { field: 'from', code: 'isYearMonth', message: 'Field «From date» must be a month written YYYY-MM (for example 2026-02).' },
      ]);
    });
  });

  describe('who may call', () => {
    it.each(CALLERS)('GET /api/reports/statistics: %s may', async (caller) => {
      await insert({ createdAt: at('2026-02-10T00:00:00Z'), departmentId: dpu });
      const res = await browsers[caller].agent.get('/api/reports/statistics?from=2026-02&to=2026-02').expect(200);
      expect(res.body.totals[0].received).toBe(1);
    });
  });
});
