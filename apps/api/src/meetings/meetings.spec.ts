import { MeetingWorld, meetingWorld } from './meeting-fixtures';

/**
 * Town-hall meetings over HTTP on a real database: scheduling and its checks, every status change
 * legal and illegal (with what registrants are told and what the audit log keeps), calendar files,
 * concluding with minutes and commitments, the Berita Acara, the commitments list with overdue
 * ones. docs/product.md, "Town-hall meetings".
 */
describe('meetings', () => {
  let w: MeetingWorld;

  beforeAll(async () => {
    w = await meetingWorld();
  });
  afterAll(() => w.t.close());

  const notifications = async (userId: string, type: string): Promise<number> =>
    Number((await w.t.dataSource.query(`SELECT count(*) AS n FROM notification WHERE user_id = $1 AND type = $2`, [userId, type]))[0].n);

  it('schedules a meeting: a code, the description rendered safely, the venue’s kelurahan, times as instants', async () => {
    const res = await w.as.official
      .post('/api/meetings')
      .send(w.body({ startsAt: '2030-03-01T09:00:00+07:00', endsAt: '2030-03-01T11:30:00+07:00' }))
      .expect(201);
    expect(res.body.code).toMatch(/^MTG-\d{4}-\d{6}$/);
    expect(res.body).toMatchObject({
      status: 'scheduled',
      type: 'in_person',
      startsAt: '2030-03-01T02:00:00.000Z',
      endsAt: '2030-03-01T04:30:00.000Z',
      department: { id: w.departments.dpu },
      capacity: 50,
      confirmedCount: 0,
      waitingCount: 0,
      canManage: true,
      canRunFloor: true,
      agenda: [
        { position: 1, title: 'Pembukaan', durationMinutes: 10, presenterName: 'Lurah Pleburan', petitionCode: null },
        { position: 2, title: 'Paparan rencana drainase', durationMinutes: 30, presenterName: null, petitionCode: null },
      ],
    });
    expect(res.body.descriptionHtml).toContain('<strong>banjir</strong>');
    expect(res.body.descriptionHtml).not.toContain('<script');
    expect(res.body.kelurahan.name).toBeTruthy();
    // The public sees the meeting, without the organiser's Markdown source.
    const seen = await w.as.visitor.agent.get(`/api/meetings/${res.body.code}`).expect(200);
    expect(seen.body).toMatchObject({ description: null, canManage: false, myRegistration: null, conclusion: null });
    expect(JSON.stringify(seen.body)).not.toContain('official@example.id');
  });

  it('refuses bad input with a 400 naming the field, in the caller’s language', async () => {
    const bad = async (overrides: Record<string, unknown>, field: string, language = 'id') => {
      const res = await w.as.official.post('/api/meetings').set('Accept-Language', language).send(w.body(overrides)).expect(400);
      const detail = (res.body.details as { field: string; message: string }[]).find((d) => d.field === field);
      expect(detail).toBeDefined();
      return detail?.message as string;
    };
    expect(await bad({ endsAt: new Date(Date.now() + 3_600_000).toISOString() }, 'endsAt')).toBe(
      'Waktu selesai harus sesudah waktu mulai.',
    );
    expect(await bad({ endsAt: new Date(Date.now() + 3_600_000).toISOString() }, 'endsAt', 'en')).toBe('End must be after the start.');
    expect(await bad({ startsAt: '2020-01-01T09:00:00+07:00', endsAt: '2020-01-01T10:00:00+07:00' }, 'startsAt')).toContain(
      'masa mendatang',
    );
    expect(await bad({ startsAt: '2030-03-01 09:00' }, 'startsAt')).toContain('Waktu mulai harus berupa tanggal dan jam');
    expect(await bad({ capacity: 0 }, 'capacity', 'en')).toBe('Field «Capacity» must be at least 1.');
    expect(await bad({ type: 'online', onlineUrl: 'http://zoom.example/j/1' }, 'onlineUrl', 'en')).toBe(
      'Online meeting link must be a complete https:// address.',
    );
    expect(await bad({ type: 'online', onlineUrl: 'javascript:alert(1)' }, 'onlineUrl')).toContain('https://');
    expect(await bad({ type: 'hybrid' }, 'onlineUrl')).toContain('wajib diisi');
    expect(await bad({ type: 'webinar' }, 'type', 'en')).toContain('in_person, online, hybrid');
    expect(await bad({ latitude: -6.2, longitude: 106.8 }, 'latitude')).toContain('di luar wilayah');
    expect(await bad({ latitude: undefined, longitude: undefined }, 'latitude')).toContain('wajib diisi');
    expect(await bad({ departmentId: w.departments.dlh }, 'departmentId', 'en')).toBe(
      'Department must be one of the departments you work for.',
    );
    expect(
      await bad({ agenda: [{ title: 'Petisi warga', durationMinutes: 10, petitionCode: 'PTS-2026-999999' }] }, 'agenda.0.petitionCode'),
    ).toBe('Petisi PTS-2026-999999 tidak ditemukan atau belum terbit.');
    expect(await bad({ agenda: [{ title: 'X', durationMinutes: 0 }] }, 'agenda.0.durationMinutes')).toBeTruthy();
    // An online meeting needs no venue; admins schedule for any department.
    const online = await w.as.admin
      .post('/api/meetings')
      .send(
        w.body({
          type: 'online',
          onlineUrl: 'https://meet.example.id/rapat',
          venueName: undefined,
          venueAddress: undefined,
          latitude: undefined,
          longitude: undefined,
          departmentId: w.departments.dlh,
        }),
      )
      .expect(201);
    expect(online.body).toMatchObject({
      type: 'online',
      venueName: null,
      kelurahan: null,
      hasOnlineLink: true,
      onlineUrl: 'https://meet.example.id/rapat',
    });
    // The link is for those with a place and the staff, never the public.
    expect((await w.as.visitor.agent.get(`/api/meetings/${online.body.code}`).expect(200)).body.onlineUrl).toBeNull();
    await w.as.citizen.post(`/api/meetings/${online.body.code}/registration`).expect(201);
    expect((await w.as.citizen.agent.get(`/api/meetings/${online.body.code}`).expect(200)).body.onlineUrl).toBe(
      'https://meet.example.id/rapat',
    );
    // Unknown or malformed codes are 404s, not 400s.
    await w.as.visitor.agent.get('/api/meetings/MTG-2026-999999').expect(404);
    await w.as.visitor.agent.get('/api/meetings/not-a-code').expect(404);
  });

  it('takes every status change that is legal and refuses every one that is not', async () => {
    const transitions = ['start', 'cancel', 'conclude'] as const;
    const conclude = { minutesMarkdown: 'Rapat selesai dengan kesepakatan bersama.' };
    const body = (t: string) => (t === 'cancel' ? { reason: 'Balai kelurahan dipakai posko banjir.' } : t === 'conclude' ? conclude : {});
    // From each status, each transition: the expected answer and the status after.
    const EXPECTED: Record<string, Record<(typeof transitions)[number], [number, string]>> = {
      scheduled: { start: [200, 'live'], cancel: [200, 'cancelled'], conclude: [409, 'scheduled'] },
      live: { start: [409, 'live'], cancel: [409, 'live'], conclude: [200, 'concluded'] },
      concluded: { start: [409, 'concluded'], cancel: [409, 'concluded'], conclude: [409, 'concluded'] },
      cancelled: { start: [409, 'cancelled'], cancel: [409, 'cancelled'], conclude: [409, 'cancelled'] },
    };
    for (const [status, row] of Object.entries(EXPECTED)) {
      for (const t of transitions) {
        const code = await w.meetingIn(status as 'scheduled');
        const res = await w.as.official.post(`/api/meetings/${code}/${t}`).send(body(t));
        expect([status, t, res.status]).toEqual([status, t, row[t][0]]);
        if (res.status === 409) expect(res.body.code).toBe('meeting_illegal_transition');
        expect([status, t, (await w.as.visitor.agent.get(`/api/meetings/${code}`)).body.status]).toEqual([status, t, row[t][1]]);
      }
    }
    // An official of another department, a moderator or a citizen may not, whatever the status.
    const code = await w.meetingIn('scheduled');
    for (const who of ['otherOfficial', 'moderator', 'citizen'] as const)
      for (const t of transitions) expect((await w.as[who].post(`/api/meetings/${code}/${t}`).send(body(t))).status).toBe(403);
    expect((await w.as.visitor.agent.get(`/api/meetings/${code}`)).body.status).toBe('scheduled');
  });

  it('tells registrants of a new time or venue, going live and cancellation; audits every change', async () => {
    const code = await w.meeting({ capacity: 1 });
    await w.as.citizen.post(`/api/meetings/${code}/registration`).expect(201);
    const waiting = await w.as.otherCitizen.post(`/api/meetings/${code}/registration`).expect(201);
    expect(waiting.body).toMatchObject({ status: 'waiting', waitingPosition: 1, qrSvg: null });
    const later = w.body({ capacity: 1 }, 72);
    await w.as.otherOfficial.send('put', `/api/meetings/${code}`).send(later).expect(403);
    await w.as.official.send('put', `/api/meetings/${code}`).send(later).expect(200);
    expect(await notifications(w.ids.citizen, 'meeting.changed')).toBe(1);
    expect(await notifications(w.ids.otherCitizen, 'meeting.changed')).toBe(1);
    // A larger capacity seats the waiting list.
    await w.as.official
      .send('put', `/api/meetings/${code}`)
      .send({ ...later, capacity: 2 })
      .expect(200);
    expect((await w.as.otherCitizen.agent.get(`/api/meetings/${code}/registration`).expect(200)).body.status).toBe('confirmed');
    expect(await notifications(w.ids.otherCitizen, 'meeting.promoted')).toBe(1);
    // Nor below the confirmed places.
    const below = await w.as.official
      .send('put', `/api/meetings/${code}`)
      .set('Accept-Language', 'en')
      .send({ ...later, capacity: 1 })
      .expect(400);
    expect(below.body.details[0]).toMatchObject({ field: 'capacity', message: 'Capacity cannot be below the 2 places already confirmed.' });
    const cancelled = await w.as.official
      .post(`/api/meetings/${code}/cancel`)
      .send({ reason: 'Balai kelurahan dipakai posko banjir.' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Balai kelurahan dipakai posko banjir.' });
    expect(await notifications(w.ids.citizen, 'meeting.cancelled')).toBe(1);
    // No edits once it is not scheduled.
    await w.as.official.send('put', `/api/meetings/${code}`).send(later).expect(409);
    const live = await w.meeting();
    await w.as.citizen.post(`/api/meetings/${live}/registration`).expect(201);
    await w.as.official.post(`/api/meetings/${live}/start`).expect(200);
    expect(await notifications(w.ids.citizen, 'meeting.live')).toBe(1);
    const [{ id }] = await w.t.dataSource.query(`SELECT id FROM meeting WHERE code = $1`, [code]);
    const audit: { action: string }[] = await w.t.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a) => a.action).sort()).toEqual(['meeting.cancel', 'meeting.created', 'meeting.updated', 'meeting.updated']);
  });

  it('writes calendar files: one meeting, and the feed with cancelled meetings marked cancelled', async () => {
    const code = await w.meeting({ title: 'Rapat warga: banjir, drainase; dan jalan' });
    const cancelled = await w.meetingIn('cancelled');
    const one = await w.as.visitor.agent.get(`/api/meetings/${code}/calendar.ics`).expect(200);
    expect(one.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const lines = one.text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('SUMMARY:Rapat warga: banjir\\, drainase\\; dan jalan');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain(`URL:${w.t.config.publicUrl}/balai-kota/rapat/${code}`);
    expect(lines.some((l) => l.startsWith('GEO:-6.990300;110.422900'))).toBe(true);
    const feed = await w.as.visitor.agent.get('/api/meetings/calendar.ics').expect(200);
    const events = feed.text
      .replace(/\r\n[ \t]/g, '')
      .split('BEGIN:VEVENT')
      .slice(1);
    const [cancelledId] = await w.t.dataSource.query(`SELECT id FROM meeting WHERE code = $1`, [cancelled]);
    const event = events.find((e) => e.includes(`UID:meeting-${cancelledId.id}@`));
    expect(event).toContain('STATUS:CANCELLED');
    await w.as.visitor.agent.get('/api/meetings/MTG-2026-999999/calendar.ics').expect(404);
  });

  it('concludes with minutes, attendance from check-ins and commitments; the Berita Acara exists only then', async () => {
    const code = await w.meeting();
    const registered = await w.as.citizen.post(`/api/meetings/${code}/registration`).expect(201);
    await w.as.otherCitizen.post(`/api/meetings/${code}/registration`).expect(201);
    await w.as.official.post(`/api/meetings/${code}/start`).expect(200);
    await w.as.moderator.post(`/api/meetings/${code}/check-ins`).send({ code: registered.body.code }).expect(200);
    await w.as.visitor.agent.get(`/api/meetings/${code}/berita-acara.pdf`).expect(404);
    const report = await w.file('citizen');
    await w.t.dataSource.query(`UPDATE report SET status = 'verified', verified_at = now(), listed = true WHERE code = $1`, [report.code]);
    const commitments = [
      {
        departmentId: w.departments.dpu,
        dueDate: '2020-01-31',
        description: 'Normalisasi saluran di Jl. Pleburan Barat.',
        reportCodes: [report.code],
      },
      { departmentId: w.departments.dlh, dueDate: '2099-12-31', description: 'Pengangkutan sampah dari saluran setiap pekan.' },
    ];
    // Links must be public: an unknown petition is a 400 naming the field.
    const badLink = await w.as.official
      .post(`/api/meetings/${code}/conclude`)
      .send({
        minutesMarkdown: 'Rapat membahas drainase di Pleburan.',
        commitments: [{ ...commitments[0], petitionCodes: ['PTS-2026-999999'] }],
      })
      .expect(400);
    expect(badLink.body.details[0]).toMatchObject({
      field: 'commitments.0.petitionCodes',
      message: 'Petisi PTS-2026-999999 tidak ditemukan atau belum terbit.',
    });
    const badReport = await w.as.official
      .post(`/api/meetings/${code}/conclude`)
      .send({
        minutesMarkdown: 'Rapat membahas drainase di Pleburan.',
        commitments: [{ ...commitments[0], reportCodes: ['LPR-2026-999999'] }],
      })
      .expect(400);
    expect(badReport.body.details[0].field).toBe('commitments.0.reportCodes');
    await w.as.otherOfficial
      .post(`/api/meetings/${code}/conclude`)
      .send({ minutesMarkdown: 'Rapat membahas drainase di Pleburan.' })
      .expect(403);
    const done = await w.as.official
      .post(`/api/meetings/${code}/conclude`)
      .send({
        minutesMarkdown: '## Hasil\n\n- Saluran dinormalisasi\n- Sampah diangkut',
        chairName: 'Ir. Budi Santoso',
        secretaryName: 'Siti Aminah',
        commitments,
      })
      .expect(200);
    expect(done.body.status).toBe('concluded');
    expect(done.body.conclusion).toMatchObject({ attendanceCount: 1 });
    expect(done.body.conclusion.minutesHtml).toContain('<h4>Hasil</h4>');
    expect(done.body.conclusion.commitments).toMatchObject([
      { department: { id: w.departments.dpu }, dueDate: '2020-01-31', status: 'open', overdue: true, reportCodes: [report.code] },
      { department: { id: w.departments.dlh }, dueDate: '2099-12-31', status: 'open', overdue: false },
    ]);
    for (const language of ['id', 'en']) {
      const pdf = await w.as.visitor.agent
        .get(`/api/meetings/${code}/berita-acara.pdf`)
        .set('Accept-Language', language)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('moves commitments: the department’s officials only, along the allowed steps; lists them with filters and overdue', async () => {
    const code = await w.meeting();
    await w.as.official.post(`/api/meetings/${code}/start`).expect(200);
    await w.as.official
      .post(`/api/meetings/${code}/conclude`)
      .send({
        minutesMarkdown: 'Rapat menyepakati tiga tindak lanjut.',
        commitments: [
          { departmentId: w.departments.dpu, dueDate: '2021-06-30', description: 'Perbaikan jembatan kecil di RW 02.' },
          { departmentId: w.departments.dpu, dueDate: '2021-07-31', description: 'Pengecatan marka jalan di depan sekolah.' },
          { departmentId: w.departments.dlh, dueDate: '2098-01-01', description: 'Penanaman pohon peneduh di taman kota.' },
          { departmentId: w.departments.dpu, dueDate: '2021-05-31', description: 'Pembersihan saluran di Jl. Pleburan.' },
        ],
      })
      .expect(200);
    const mine = (await w.as.visitor.agent.get(`/api/meetings/${code}`).expect(200)).body.conclusion.commitments as {
      id: string;
      overdue: boolean;
    }[];
    const [bridge, paint, trees, drain] = mine.map((c) => c.id);
    // Due dates in the past, not done or dropped: overdue in the meeting's output too.
    expect(mine.map((c) => c.overdue)).toEqual([true, true, false, true]);
    const status = (by: 'official' | 'otherOfficial' | 'moderator' | 'admin' | 'citizen', id: string, body: Record<string, unknown>) =>
      w.as[by].send('put', `/api/meetings/commitments/${id}/status`).send(body);
    await status('otherOfficial', bridge, { status: 'in_progress' }).expect(403);
    await status('moderator', bridge, { status: 'in_progress' }).expect(403);
    await status('citizen', bridge, { status: 'in_progress' }).expect(403);
    await status('official', bridge, { status: 'in_progress' }).expect(200);
    await status('official', bridge, { status: 'open' }).expect(409);
    const noReason = await status('official', paint, { status: 'dropped' }).expect(400);
    expect(noReason.body.details[0].field).toBe('reason');
    const dropped = await status('official', paint, { status: 'dropped', reason: 'Jalan akan diaspal ulang tahun depan.' }).expect(200);
    expect(dropped.body).toMatchObject({ status: 'dropped', droppedReason: 'Jalan akan diaspal ulang tahun depan.', overdue: false });
    await status('official', paint, { status: 'done' }).expect(409);
    await status('otherOfficial', trees, { status: 'done' }).expect(200);
    await status('admin', bridge, { status: 'done' }).expect(200);
    await w.as.official
      .send('put', `/api/meetings/commitments/00000000-0000-4000-8000-000000000000/status`)
      .send({ status: 'done' })
      .expect(404);
    const [{ n: bridgeAudit }] = await w.t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'meeting.commitment_status_changed' AND target_type = 'meeting' AND after->>'commitment' = $1`,
      [bridge],
    );
    expect(bridgeAudit).toBe(2);
    // The list: filters by department, status and overdue (bridge is done, paint dropped: neither overdue).
    const list = async (query: string) =>
      ((await w.as.visitor.agent.get(`/api/meetings/commitments?${query}`).expect(200)).body.items as { id: string }[]).map((c) => c.id);
    expect(await list(`departmentId=${w.departments.dlh}`)).toContain(trees);
    expect(await list(`departmentId=${w.departments.dlh}`)).not.toContain(bridge);
    expect(await list('status=dropped')).toEqual(expect.arrayContaining([paint]));
    const overdue = await list('overdue=true');
    expect(overdue).toContain(drain);
    expect(overdue).not.toContain(bridge);
    expect(overdue).not.toContain(paint);
    expect(overdue).not.toContain(trees);
    expect(await list('overdue=false')).toEqual(expect.arrayContaining([bridge, paint, trees]));
    expect(await list('overdue=false')).not.toContain(drain);
    expect(await list(`departmentId=${w.departments.dpu}&status=open&overdue=true`)).toContain(drain);
    await w.as.visitor.agent.get('/api/meetings/commitments?overdue=maybe').expect(400);
    // Paging by due date.
    const first = await w.as.visitor.agent.get('/api/meetings/commitments?limit=1').expect(200);
    const second = await w.as.visitor.agent.get(`/api/meetings/commitments?limit=1&after=${first.body.nextCursor}`).expect(200);
    expect(second.body.items[0].dueDate >= first.body.items[0].dueDate).toBe(true);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('lists upcoming meetings soonest first and past ones latest first, page by page', async () => {
    const soon = await w.meeting({}, 'official', 1);
    const later = await w.meeting({}, 'official', 24 * 300);
    const over = await w.meetingIn('concluded');
    const codes = async (when: string) => {
      const all: string[] = [];
      let after = '';
      for (;;) {
        const res = await w.as.visitor.agent.get(`/api/meetings?when=${when}&limit=2${after ? `&after=${after}` : ''}`).expect(200);
        all.push(...(res.body.items as { code: string }[]).map((m) => m.code));
        if (!res.body.nextCursor) return all;
        after = res.body.nextCursor;
      }
    };
    const upcoming = await codes('upcoming');
    expect(upcoming.indexOf(soon)).toBeLessThan(upcoming.indexOf(later));
    expect(upcoming).not.toContain(over);
    expect(await codes('past')).toContain(over);
    await w.as.visitor.agent.get('/api/meetings?after=garbage').expect(400);
  });

  it('lists petitions that reached the agenda threshold and links one to the agenda', async () => {
    const [{ id: category }] = await w.t.dataSource.query(`SELECT id FROM category WHERE module = 'petition' LIMIT 1`);
    const [{ code: petition }] = await w.t.dataSource.query(
      `INSERT INTO petition (code, state, title, background, category_id, scope, creator_id, sponsor_token, signature_count, opened_at, closes_at, agenda_threshold_at, response_threshold_at)
       VALUES ('PTS-2026-000777', 'open', 'Bangun kolam retensi di Pleburan', 'Banjir setiap musim hujan.', $1, 'city', $2, 'tok-777', 3000, now(), now() + interval '30 days', now(), now())
       RETURNING code`,
      [category, w.ids.citizen],
    );
    const options = await w.as.official.agent.get('/api/meetings/agenda-petitions').expect(200);
    expect(options.body).toEqual([expect.objectContaining({ code: petition, signatureCount: 3000, scheduled: false })]);
    const code = await w.meeting();
    const added = await w.as.official
      .post(`/api/meetings/${code}/agenda-petitions`)
      .send({ petitionCode: petition.toLowerCase(), durationMinutes: 20 })
      .expect(200);
    expect(added.body.agenda[2]).toEqual({
      position: 3,
      title: 'Bangun kolam retensi di Pleburan',
      durationMinutes: 20,
      presenterName: null,
      petitionCode: petition,
    });
    const [{ petition_id }] = await w.t.dataSource.query(`SELECT petition_id FROM meeting_agenda_item WHERE petition_code = $1`, [
      petition,
    ]);
    expect(petition_id).toBeTruthy();
    expect((await w.as.official.agent.get('/api/meetings/agenda-petitions').expect(200)).body[0].scheduled).toBe(true);
    await w.as.otherOfficial.post(`/api/meetings/${code}/agenda-petitions`).send({ petitionCode: petition }).expect(403);
    await w.as.official.post(`/api/meetings/${code}/agenda-petitions`).send({ petitionCode: 'PTS-2026-000778' }).expect(400);
  });
});
