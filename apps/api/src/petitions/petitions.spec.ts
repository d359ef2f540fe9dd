import { SessionsService } from '@walikota/api-identity';
import { PetitionCounter } from '@walikota/api-petitions';
import supertest from 'supertest';
import { PASSWORD } from '../notifications/notification-fixtures';
import { Caller, ReportWorld, reportWorld } from '../reports/report-fixtures';

/**
 * Petitions end to end over HTTP on a real database: the lifecycle with who may take each step,
 * signing under concurrency (exact rows and exact public count), withdraw/re-sign races,
 * thresholds reached once, moderation tools. docs/product.md, "Petitions".
 */
describe('petitions', () => {
  let w: ReportWorld;
  let counter: PetitionCounter;
  let category: string;

  beforeAll(async () => {
    w = await reportWorld({
      // Every request of this file comes from one address: the per-client limit is not under test here.
      rateLimitMax: 1_000_000,
      petitions: {
        sponsors: 2,
        openDays: 90,
        responseThreshold: 150,
        agendaThreshold: 190,
        responseDays: 21,
        moderationWorkingDays: 10,
        countIntervalMs: 5000,
        signsPerAccountPerHour: 1000,
        signsPerIpPerMinute: 1_000_000,
        createsPerAccountPerDay: 1000,
        createsPerIpPerHour: 1000,
        unusualSigning: 5,
      },
    });
    counter = w.t.app.get(PetitionCounter);
    [{ id: category }] = await w.t.dataSource.query(`SELECT id FROM category WHERE module = 'petition' AND code = 'infrastruktur'`);
    // Every caller of the matrix has a kelurahan on their profile.
    await w.t.dataSource.query(`UPDATE app_user SET home_area_id = $1`, [w.area.kelurahan]);
  });
  afterAll(() => w.t.close());

  const draft = (overrides: Record<string, unknown> = {}) => ({
    title: 'Perbaiki trotoar Jalan Pemuda sebelum musim hujan',
    background: 'Trotoar di Jalan Pemuda rusak parah dan membahayakan pejalan kaki, terutama anak sekolah.',
    details: 'Mohon diperbaiki sepanjang 500 meter dari Tugu Muda.',
    categoryId: category,
    scope: 'city',
    ...overrides,
  });

  /** A petition taken by its creator (citizen) and the sponsors up to `state`. */
  async function petitionIn(state: 'draft' | 'gathering_sponsors' | 'pending_moderation' | 'open', title?: string): Promise<string> {
    const created = await w.as.citizen.post('/api/petitions').send(draft(title ? { title } : {})).expect(201);
    const code: string = created.body.code;
    if (state === 'draft') return code;
    const asked = await w.as.citizen.post(`/api/petitions/${code}/request-sponsors`).expect(200);
    if (state === 'gathering_sponsors') return code;
    const token = String(asked.body.moderation.sponsorLink).split('/').pop();
    await w.as.otherCitizen.post(`/api/petitions/sponsor/${token}`).expect(200);
    await w.as.official.post(`/api/petitions/sponsor/${token}`).expect(200);
    if (state === 'pending_moderation') return code;
    await w.as.moderator.post(`/api/petitions/${code}/moderation`).send({ action: 'publish', departmentId: w.departments.dpu }).expect(200);
    return code;
  }

  it('goes draft → sponsors → moderation → open, each step only for whom it is, and says why not', async () => {
    const created = await w.as.citizen.post('/api/petitions').send(draft()).expect(201);
    const code = created.body.code as string;
    expect(code).toMatch(/^PTS-\d{4}-\d{6}$/);
    expect(created.body).toMatchObject({ state: 'draft', mine: true, moderation: { sponsorCount: 0, sponsorsNeeded: 2 } });
    // A draft is its creator's (and admins'): everyone else gets a 404.
    for (const caller of ['visitor', 'otherCitizen', 'moderator', 'official'] as Caller[]) await w.as[caller].agent.get(`/api/petitions/${code}`).expect(404);
    await w.as.admin.agent.get(`/api/petitions/${code}`).expect(200);
    // Only the creator edits, only while a draft.
    await w.as.otherCitizen.send('put', `/api/petitions/${code}`).send(draft()).expect(404);
    await w.as.citizen.send('put', `/api/petitions/${code}`).send(draft({ title: 'Perbaiki trotoar Jalan Pemuda segera' })).expect(200);
    await w.as.otherCitizen.post(`/api/petitions/${code}/request-sponsors`).expect(404);
    const asked = await w.as.citizen.post(`/api/petitions/${code}/request-sponsors`).expect(200);
    expect(asked.body.state).toBe('gathering_sponsors');
    await w.as.citizen.send('put', `/api/petitions/${code}`).send(draft()).expect(409);
    await w.as.citizen.post(`/api/petitions/${code}/request-sponsors`).expect(409);
    const token = String(asked.body.moderation.sponsorLink).split('/').pop() as string;
    // The creator cannot sponsor; a visitor must sign in; a sponsor twice counts once.
    await w.as.citizen.post(`/api/petitions/sponsor/${token}`).expect(409);
    await w.as.visitor.agent.post(`/api/petitions/sponsor/${token}`).expect(401);
    await w.as.otherCitizen.post(`/api/petitions/sponsor/${token}`).expect(200);
    const again = await w.as.otherCitizen.post(`/api/petitions/sponsor/${token}`).expect(200);
    expect(again.body.moderation.sponsorCount).toBe(1);
    expect(again.body.sponsoredByMe).toBe(true);
    // Not published yet: moderators cannot act before it reaches them.
    await w.as.moderator.post(`/api/petitions/${code}/moderation`).send({ action: 'publish' }).expect(409);
    const full = await w.as.official.post(`/api/petitions/sponsor/${token}`).expect(200);
    expect(full.body.state).toBe('pending_moderation');
    expect(full.body.moderation.moderationDueAt).not.toBeNull();
    // In the moderators' queue; not for citizens.
    const queue = await w.as.moderator.agent.get('/api/petitions/moderation').expect(200);
    expect(queue.body.items.map((p: { code: string }) => p.code)).toContain(code);
    await w.as.citizen.agent.get('/api/petitions/moderation').expect(403);
    await w.as.visitor.agent.get('/api/petitions/moderation').expect(401);
    // Citizens and officials cannot publish; a moderator can.
    await w.as.citizen.post(`/api/petitions/${code}/moderation`).send({ action: 'publish' }).expect(403);
    await w.as.official.post(`/api/petitions/${code}/moderation`).send({ action: 'publish' }).expect(403);
    const published = await w.as.moderator.post(`/api/petitions/${code}/moderation`).send({ action: 'publish', departmentId: w.departments.dpu }).expect(200);
    expect(published.body).toMatchObject({ state: 'open', department: { id: w.departments.dpu } });
    expect(new Date(published.body.closesAt).getTime() - new Date(published.body.openedAt).getTime()).toBe(90 * 86_400_000);
    // Now public, for everyone.
    for (const caller of ['visitor', 'otherCitizen', 'otherOfficial'] as Caller[]) await w.as[caller].agent.get(`/api/petitions/${code}`).expect(200);
    // Publishing twice is illegal.
    await w.as.moderator.post(`/api/petitions/${code}/moderation`).send({ action: 'publish' }).expect(409);
    const audit: { action: string }[] = await w.t.dataSource.query(
      `SELECT action FROM audit_log WHERE target_type = 'petition' AND target_id = $1 ORDER BY occurred_at, id`,
      [published.body.code ? (await w.t.dataSource.query(`SELECT id FROM petition WHERE code = $1`, [code]))[0].id : ''],
    );
    // Entries of one transaction share their time: compared as a set of actions with their counts.
    expect(audit.map((a) => a.action).sort()).toEqual([
      'petition.created',
      'petition.updated',
      'petition.sponsors_requested',
      'petition.sponsored',
      'petition.sponsored',
      'petition.submitted',
      'petition.publish',
    ].sort());
  });

  it('rejects with a reason from the list; a reason that hides the text keeps it from the public', async () => {
    const plain = await petitionIn('pending_moderation', 'Bangun taman kota di setiap kelurahan');
    await w.as.moderator.post(`/api/petitions/${plain}/moderation`).send({ action: 'reject', reasonCode: 'tidak_ada', details: 'Alasan yang tidak dikenal.' }).expect(400);
    const bad = await w.as.moderator.post(`/api/petitions/${plain}/moderation`).send({ action: 'reject' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['details', 'reasonCode']);
    await w.as.moderator
      .post(`/api/petitions/${plain}/moderation`)
      .send({ action: 'reject', reasonCode: 'not_municipal_authority', details: 'Taman provinsi dikelola pemerintah provinsi.' })
      .expect(200);
    const seen = (await w.as.visitor.agent.get(`/api/petitions/${plain}`).expect(200)).body;
    expect(seen).toMatchObject({ state: 'rejected', rejection: { code: 'not_municipal_authority', details: 'Taman provinsi dikelola pemerintah provinsi.' } });
    expect(seen.background).not.toBeNull();

    const rude = await petitionIn('pending_moderation', 'Petisi dengan kata-kata kasar tentang seseorang');
    await w.as.moderator.post(`/api/petitions/${rude}/moderation`).send({ action: 'reject', reasonCode: 'offensive', details: 'Berisi hinaan kepada seseorang.' }).expect(200);
    const hidden = (await w.as.visitor.agent.get(`/api/petitions/${rude}`).expect(200)).body;
    expect(hidden).toMatchObject({ state: 'rejected', background: null, details: null, rejection: { code: 'offensive', details: null } });
    // Suggestions while typing show the rejected one with its reason (and no text when hidden).
    const similar = (await w.as.visitor.agent.get('/api/petitions/similar').query({ title: 'taman kota kelurahan' }).expect(200)).body;
    expect(similar.find((s: { code: string }) => s.code === plain)).toMatchObject({ state: 'rejected', rejection: { code: 'not_municipal_authority' } });
  });

  it('takes 1,000 concurrent signatures from 200 accounts as exactly 200, and the public count is exact', async () => {
    const code = await petitionIn('open', 'Tambah lampu penerangan di Jalan Kaligawe');
    const signers = await accounts(200, 'signer');
    const responses = await Promise.all(Array.from({ length: 1000 }, (_, i) => sign(code, signers[i % 200]!)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(200);
    expect(statuses.filter((s) => s === 200)).toHaveLength(800);
    const [{ n }] = await w.t.dataSource.query(
      `SELECT count(*)::int AS n FROM petition_signature s JOIN petition p ON p.id = s.petition_id WHERE p.code = $1`,
      [code],
    );
    expect(n).toBe(200);
    // The signer sees their signature at once; the public count follows within a counting round.
    const mine = await signers[0]!.get(`/api/petitions/${code}`);
    expect(mine.body.mySignature).not.toBeNull();
    await counter.run();
    expect((await w.as.visitor.agent.get(`/api/petitions/${code}/count`).expect(200)).body.signatureCount).toBe(200);
    // Thresholds (150 and 190 here) were each reached once, with their time public.
    const detail = (await w.as.visitor.agent.get(`/api/petitions/${code}`).expect(200)).body;
    expect(detail.responseStatus).toBe('awaiting_response');
    expect(detail.responseThreshold.reachedAt).not.toBeNull();
    expect(detail.agendaThreshold.reachedAt).not.toBeNull();
    const thresholds: { action: string }[] = await w.t.dataSource.query(
      `SELECT action FROM audit_log WHERE action LIKE 'petition.threshold_%' AND target_id = (SELECT id::text FROM petition WHERE code = $1)`,
      [code],
    );
    expect(thresholds.map((t) => t.action).sort()).toEqual(['petition.threshold_agenda', 'petition.threshold_response']);
    // By area: every signature in the kelurahan of their profiles.
    const byArea = (await w.as.visitor.agent.get(`/api/petitions/${code}/signatures-by-area`).expect(200)).body;
    expect(byArea.signatureCount).toBe(200);
    const kecamatan = byArea.kecamatan.find((k: { id: string }) => k.id === w.area.kecamatan);
    expect(kecamatan.kelurahan.find((l: { id: string }) => l.id === w.area.kelurahan).signatures).toBe(200);
    const csv = await w.as.visitor.agent.get(`/api/petitions/${code}/signatures-by-area.csv`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain(',200\r\n');
    expect(csv.text).not.toMatch(/@/);

    // The right department's official responds; another department's cannot; signers are told.
    const response = { summary: 'Lampu akan dipasang bulan depan oleh DPU.', details: 'Pemasangan 40 titik lampu dijadwalkan mulai tanggal 1 bulan depan.' };
    await w.as.otherOfficial.send('put', `/api/petitions/${code}/response`).send(response).expect(403);
    await w.as.citizen.send('put', `/api/petitions/${code}/response`).send(response).expect(403);
    const responded = await w.as.official.send('put', `/api/petitions/${code}/response`).send(response).expect(200);
    expect(responded.body).toMatchObject({ responseStatus: 'responded', response: { summary: response.summary } });
    const told = await w.t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE type = 'petition.responded'`);
    expect(told[0].n).toBeGreaterThanOrEqual(200);
  });

  it('withdrawing and signing again race safely: the rows and the count stay exact', async () => {
    const code = await petitionIn('open', 'Sediakan tempat sampah terpilah di pasar');
    const signers = await accounts(20, 'racer');
    await Promise.all(signers.map((s) => sign(code, s)));
    // Each account withdraws and signs again at the same time, twice over.
    await Promise.all(signers.flatMap((s) => [withdraw(code, s), sign(code, s), withdraw(code, s), sign(code, s)]));
    const [{ n }] = await w.t.dataSource.query(`SELECT count(*)::int AS n FROM petition_signature s JOIN petition p ON p.id = s.petition_id WHERE p.code = $1`, [code]);
    await counter.run();
    const count = (await w.as.visitor.agent.get(`/api/petitions/${code}/count`).expect(200)).body.signatureCount;
    expect(count).toBe(n);
    // Withdrawing what was never given is a 404; a closed petition takes nothing.
    const outsider = (await accounts(1, 'outsider'))[0]!;
    expect((await withdraw(code, outsider)).status).toBe(404);
  });

  it('moderators see unusual signing and invalidate by e-mail domain after a dry run; counts recomputed; audited', async () => {
    const code = await petitionIn('open', 'Perpanjang jam buka perpustakaan daerah');
    const signers = await accounts(8, 'bulk');
    for (const s of signers) expect((await sign(code, s)).status).toBe(201);
    await counter.run();
    await w.as.citizen.agent.get(`/api/petitions/${code}/signing-activity`).expect(403);
    const activity = (await w.as.moderator.agent.get(`/api/petitions/${code}/signing-activity`).expect(200)).body;
    expect(activity.rows).toContainEqual({ kind: 'email_domain', value: 'bulk.example.id', signatures: 8 });
    const dry = await w.as.moderator.post(`/api/petitions/${code}/signatures/invalidate`).send({ criterion: 'email_domain', emailDomain: 'bulk.example.id', dryRun: true }).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, matched: 8, signatureCount: 8 });
    await w.as.citizen.post(`/api/petitions/${code}/signatures/invalidate`).send({ criterion: 'email_domain', emailDomain: 'bulk.example.id', dryRun: false, reason: 'Akun massal' }).expect(403);
    const done = await w.as.moderator
      .post(`/api/petitions/${code}/signatures/invalidate`)
      .send({ criterion: 'email_domain', emailDomain: 'bulk.example.id', dryRun: false, reason: 'Akun massal dari satu domain' })
      .expect(200);
    expect(done.body).toMatchObject({ dryRun: false, matched: 8, signatureCount: 0 });
    expect((await w.as.visitor.agent.get(`/api/petitions/${code}/count`).expect(200)).body.signatureCount).toBe(0);
    // An invalidated signature cannot be given again.
    expect((await sign(code, signers[0]!)).status).toBe(200);
    await counter.run();
    expect((await w.as.visitor.agent.get(`/api/petitions/${code}/count`).expect(200)).body.signatureCount).toBe(0);
  });

  it('blocked e-mail domains cannot sign (admins keep the list)', async () => {
    const code = await petitionIn('open', 'Bangun halte bus di depan rumah sakit');
    const [blocked] = await accounts(1, 'spam', 'sekali-pakai.example');
    await w.as.moderator.post('/api/admin/petition-blocked-domains').send({ domain: 'sekali-pakai.example' }).expect(403);
    await w.as.admin.post('/api/admin/petition-blocked-domains').send({ domain: 'Sekali-Pakai.example', reason: 'Alamat sekali pakai' }).expect(201);
    const twice = await w.as.admin.post('/api/admin/petition-blocked-domains').send({ domain: 'sekali-pakai.example' }).expect(409);
    expect(twice.body.code).toBe('petition_domain_exists');
    const refused = await sign(code, blocked!);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('petition_domain_blocked');
  });

  it('signing asks for a kelurahan once when the profile has none, and saves it', async () => {
    const code = await petitionIn('open', 'Perbanyak ruang terbuka hijau di Semarang');
    const [newcomer] = await accounts(1, 'baru', 'example.id', null);
    const asked = await sign(code, newcomer!);
    expect(asked.status).toBe(400);
    expect(asked.body.details[0]).toMatchObject({ field: 'areaId', code: 'petition_area_required' });
    expect((await sign(code, newcomer!, { areaId: w.area.otherKelurahan })).status).toBe(201);
  });

  it('closes petitions whose time is up, once, and then takes no signature', async () => {
    const code = await petitionIn('open', 'Perbaiki drainase di Jalan Majapahit');
    await w.t.dataSource.query(`UPDATE petition SET closes_at = now() - interval '1 minute' WHERE code = $1`, [code]);
    const [first, second] = await Promise.all([counter.closeDue(), counter.closeDue()]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    expect((await w.as.visitor.agent.get(`/api/petitions/${code}`).expect(200)).body.state).toBe('closed');
    const [late] = await accounts(1, 'telat');
    expect((await sign(code, late!)).status).toBe(409);
    const closings = await w.t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'petition.closed' AND target_id = (SELECT id::text FROM petition WHERE code = $1)`, [code]);
    expect(closings[0].n).toBe(1);
  });

  it('lists published petitions by signatures with a keyset cursor, and bad input is a 400 naming the field', async () => {
    const page = (await w.as.visitor.agent.get('/api/petitions?state=open&sort=signatures&limit=2').expect(200)).body;
    expect(page.items.length).toBeLessThanOrEqual(2);
    const counts = page.items.map((p: { signatureCount: number }) => p.signatureCount);
    expect([...counts].sort((a: number, b: number) => b - a)).toEqual(counts);
    if (page.nextCursor) await w.as.visitor.agent.get(`/api/petitions?state=open&sort=signatures&limit=2&after=${page.nextCursor}`).expect(200);
    const bad = await w.as.visitor.agent.get('/api/petitions?state=semua&after=rusak').expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('state');
    await w.as.visitor.agent.get('/api/petitions?after=rusak').expect(400);
    await w.as.visitor.agent.get('/api/petitions/BUKAN-KODE').expect(404);
    const mine = (await w.as.citizen.agent.get('/api/petitions/mine').expect(200)).body;
    expect(mine.length).toBeGreaterThan(0);
    await w.as.visitor.agent.get('/api/petitions/mine').expect(401);
  });

  it('exports a user’s petitions, sponsorships and signatures; deletion keeps the counts and erases the rest', async () => {
    const code = await petitionIn('open', 'Tambah jalur sepeda di Jalan Pahlawan');
    expect((await w.as.otherCitizen.post(`/api/petitions/${code}/signatures`).send({})).status).toBe(201);
    const drafted = (await w.as.otherCitizen.post('/api/petitions').send(draft({ title: 'Draf pribadi yang belum diterbitkan' })).expect(201)).body.code;
    const exported = (await w.as.otherCitizen.agent.get('/api/me/export').expect(200)).body;
    expect(exported.petitions.created.map((p: { code: string }) => p.code)).toContain(drafted);
    expect(exported.petitions.signed).toContainEqual(expect.objectContaining({ code, invalidated: false }));
    expect(exported.petitions.sponsored.length).toBeGreaterThan(0);
    await counter.run();
    const before = (await w.as.visitor.agent.get(`/api/petitions/${code}/count`).expect(200)).body.signatureCount;
    await w.as.otherCitizen.send('delete', '/api/me').send({ password: PASSWORD }).expect(204);
    await counter.run();
    expect((await w.as.visitor.agent.get(`/api/petitions/${code}/count`).expect(200)).body.signatureCount).toBe(before);
    const rows = await w.t.dataSource.query(
      `SELECT ip, email_domain FROM petition_signature WHERE user_id = $1`,
      [w.ids.otherCitizen],
    );
    expect(rows).toEqual([{ ip: null, email_domain: null }]);
    expect(await w.t.dataSource.query(`SELECT 1 FROM petition WHERE code = $1`, [drafted])).toEqual([]);
  });

  // ------------------------------------------------------------ helpers

  interface Signer {
    cookie: string;
    csrf: string;
    get(url: string): supertest.Test;
  }

  /** `n` verified citizens with sessions, made directly (signing in 200 times would time argon2, not petitions). */
  async function accounts(n: number, prefix: string, domain = `${prefix}.example.id`, areaId: string | null = w.area.kelurahan): Promise<Signer[]> {
    const rows: { id: string }[] = await w.t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, email_verified_at, language, home_area_id)
       SELECT $1 || g || '@' || $2, 'Warga ' || g, 'x', now(), 'id', $4 FROM generate_series(1, $3) g RETURNING id`,
      [`${prefix}-${Date.now()}-`, domain, n, areaId],
    );
    await w.t.dataSource.query(`INSERT INTO user_role (user_id, role) SELECT unnest($1::uuid[]), 'citizen'`, [rows.map((r) => r.id)]);
    const sessions = w.t.app.get(SessionsService);
    return Promise.all(
      rows.map(async ({ id }) => {
        const session = await sessions.start(id, { requestId: 'test', ip: '127.0.0.1' });
        const cookie = `wk_access=${session.accessToken}`;
        return { cookie, csrf: session.csrfToken, get: (url: string) => w.t.http().get(url).set('Cookie', cookie) };
      }),
    );
  }

  function sign(code: string, s: Signer, body: Record<string, unknown> = {}): Promise<supertest.Response> {
    return w.t.http().post(`/api/petitions/${code}/signatures`).set('Cookie', s.cookie).set('X-XSRF-TOKEN', s.csrf).send(body).then((r) => r);
  }

  function withdraw(code: string, s: Signer): Promise<supertest.Response> {
    return w.t.http().delete(`/api/petitions/${code}/signatures/mine`).set('Cookie', s.cookie).set('X-XSRF-TOKEN', s.csrf).then((r) => r);
  }
});
