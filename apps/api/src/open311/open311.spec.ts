import supertest from 'supertest';
import { ReportWorld, advance, reportWorld } from '../reports/report-fixtures';
import { asXmlText, parseXml } from './open311-xml';

// The examples of http://wiki.open311.org/GeoReport_v2, against the whole application.
const V2 = '/open311/v2';
const DAY = 86_400_000;
const OFFSET_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;
const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];

interface Request311 {
  service_request_id: string;
  status: string;
  status_notes: string | null;
  [field: string]: unknown;
}

describe('Open311 GeoReport v2', () => {
  let w: ReportWorld;
  let officialKey = '';
  let adminKey = '';
  let kelurahanCode = '';
  let kecamatanCode = '';

  const http = () => w.t.http();
  const xml = (res: supertest.Response) => parseXml(res.text);

  async function apiKey(caller: 'official' | 'admin'): Promise<string> {
    const res = await w.as[caller].post('/api/me/api-keys').send({ name: 'Open311' }).expect(201);
    return res.body.key;
  }

  /** The examples' POST, form-encoded. */
  function post(format: 'json' | 'xml', fields: Record<string, string>): supertest.Test {
    return http().post(`${V2}/requests.${format}`).type('form').send(new URLSearchParams(fields).toString());
  }

  function validPost(extra: Record<string, string> = {}): Record<string, string> {
    return {
      api_key: officialKey,
      service_code: 'jalan-jembatan',
      lat: '-6.9932',
      long: '110.4203',
      address_string: 'Jl. Pemuda No. 1',
      address_id: kelurahanCode,
      description: 'Lubang besar di Jl. Pemuda dekat Tugu Muda, membahayakan pengendara motor.',
      email: 'warga@example.id',
      first_name: 'Siti',
      last_name: 'Aminah',
      phone: '+62 812 0000 0000',
      ...extra,
    };
  }

  beforeAll(async () => {
    w = await reportWorld();
    officialKey = await apiKey('official');
    adminKey = await apiKey('admin');
    const [area] = await w.t.dataSource.query(
      `SELECT k.code, p.code AS parent_code FROM area k JOIN area p ON p.id = k.parent_id WHERE k.id = $1`,
      [w.area.kelurahan],
    );
    kelurahanCode = area.code;
    kecamatanCode = area.parent_code;
  });
  afterAll(() => w.t.close());

  describe('routes and formats', () => {
    it('lives outside /api and answers JSON and XML with their content types', async () => {
      const json = await http().get(`${V2}/services.json`).expect(200);
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
      const asXml = await http().get(`${V2}/services.xml`).expect(200);
      expect(asXml.headers['content-type']).toBe('text/xml; charset=utf-8');
      expect(asXml.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
      await http().get(`/api${V2}/services.json`).expect(404);
    });

    it.each([`${V2}/services`, `${V2}/services.csv`, `${V2}/requests/LPR-2026-000001`, `${V2}/unknown.json`])(
      '%s is a 404 in the spec format',
      async (url) => {
        const res = await http().get(url).expect(404);
        expect(res.body).toEqual([{ code: 404, description: expect.any(String) }]);
      },
    );

    it('describes itself (discovery)', async () => {
      const json = await http().get(`${V2}/discovery.json`).expect(200);
      expect(json.body).toMatchObject({
        endpoints: [
          { specification: 'http://wiki.open311.org/GeoReport_v2', type: 'production', formats: ['text/xml', 'application/json'] },
        ],
      });
      expect(json.body.endpoints[0].url).toMatch(/\/open311\/v2$/);
      const asXml = xml(await http().get(`${V2}/discovery.xml`).expect(200));
      expect(asXml).toEqual({ root: 'discovery', value: asXmlText(json.body) });
    });
  });

  describe('GET services', () => {
    it('lists every active report category, in Indonesian by default', async () => {
      const res = await http().get(`${V2}/services.json`).expect(200);
      const roads = res.body.find((s: { service_code: string }) => s.service_code === 'jalan-jembatan');
      expect(roads).toEqual({
        service_code: 'jalan-jembatan',
        service_name: 'Jalan dan jembatan rusak',
        description: expect.stringContaining('jalan dan jembatan rusak'),
        metadata: false,
        type: 'realtime',
        keywords: expect.stringContaining('jembatan'),
        group: 'DPU',
      });
      const [{ n }] = await w.t.dataSource.query(`SELECT count(*)::int AS n FROM category WHERE module = 'report' AND active`);
      expect(res.body).toHaveLength(n);
      expect(res.headers['access-control-allow-origin']).toBe('*');
    });

    it('leaves inactive categories out', async () => {
      await w.t.dataSource.query(`UPDATE category SET active = false WHERE module = 'report' AND code = 'perizinan'`);
      try {
        const res = await http().get(`${V2}/services.json`).expect(200);
        expect(res.body.map((s: { service_code: string }) => s.service_code)).not.toContain('perizinan');
        await http().get(`${V2}/services/perizinan.json`).expect(404);
      } finally {
        await w.t.dataSource.query(`UPDATE category SET active = true WHERE module = 'report' AND code = 'perizinan'`);
      }
    });

    it('speaks English with Accept-Language: en or ?locale=en', async () => {
      for (const res of [
        await http().get(`${V2}/services.json`).set('Accept-Language', 'en').expect(200),
        await http().get(`${V2}/services.json?locale=en`).expect(200),
      ]) {
        const roads = res.body.find((s: { service_code: string }) => s.service_code === 'jalan-jembatan');
        expect(roads.service_name).toBe('Damaged roads and bridges');
        expect(roads.description).toContain('damaged roads and bridges');
      }
    });

    it('says the same in XML', async () => {
      const json = await http().get(`${V2}/services.json`).expect(200);
      const parsed = xml(await http().get(`${V2}/services.xml`).expect(200));
      expect(parsed.root).toBe('services');
      expect(parsed.value).toEqual(asXmlText(json.body));
    });

    it('accepts the spec’s jurisdiction_id and refuses unknown parameters', async () => {
      await http().get(`${V2}/services.json?jurisdiction_id=semarangkota.go.id`).expect(200);
      const res = await http().get(`${V2}/services.json?colour=red`).expect(400);
      expect(res.body).toEqual([{ code: 400, description: 'Kolom «colour» tidak dikenal.' }]);
    });
  });

  describe('GET service definition', () => {
    it('has no attributes (metadata: false)', async () => {
      const json = await http().get(`${V2}/services/jalan-jembatan.json`).expect(200);
      expect(json.body).toEqual({ service_code: 'jalan-jembatan', attributes: [] });
      const parsed = xml(await http().get(`${V2}/services/jalan-jembatan.xml`).expect(200));
      expect(parsed).toEqual({ root: 'service_definition', value: { service_code: 'jalan-jembatan', attributes: [] } });
    });

    it('is a 404 for an unknown code, in JSON and in XML', async () => {
      const json = await http().get(`${V2}/services/tidak-ada.json`).expect(404);
      expect(json.body).toEqual([{ code: 404, description: 'Layanan (service_code) «tidak-ada» tidak ditemukan.' }]);
      const asXml = await http().get(`${V2}/services/tidak-ada.xml`).set('Accept-Language', 'en').expect(404);
      expect(asXml.headers['content-type']).toBe('text/xml; charset=utf-8');
      expect(xml(asXml)).toEqual({
        root: 'errors',
        value: [{ code: '404', description: 'Service (service_code) «tidak-ada» not found.' }],
      });
    });
  });

  describe('POST requests', () => {
    it('files a public complaint on behalf of the key’s owner (form-encoded, JSON answer)', async () => {
      const res = await post('json', validPost()).expect(201);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.body).toEqual([
        {
          service_request_id: expect.stringMatching(/^LPR-\d{4}-\d{6}$/),
          service_notice: expect.stringContaining('/lacak/LPR-'),
          account_id: null,
        },
      ]);
      const [report] = await w.t.dataSource.query(
        `SELECT r.type, r.privacy, r.status, r.reporter_id, r.title, r.description, r.address, r.latitude, r.longitude, a.code AS area_code, c.code AS category_code
           FROM report r JOIN area a ON a.id = r.area_id JOIN category c ON c.id = r.category_id WHERE r.code = $1`,
        [res.body[0].service_request_id],
      );
      expect(report).toEqual({
        type: 'complaint',
        privacy: 'public',
        status: 'submitted',
        reporter_id: w.ids.official,
        title: 'Lubang besar di Jl. Pemuda dekat Tugu Muda, membahayakan pengendara motor.',
        description: 'Lubang besar di Jl. Pemuda dekat Tugu Muda, membahayakan pengendara motor.',
        address: 'Jl. Pemuda No. 1',
        latitude: '-6.993200',
        longitude: '110.420300',
        area_code: kelurahanCode,
        category_code: 'jalan-jembatan',
      });
      // The citizen's contact details are not published with the report.
      expect(JSON.stringify(report)).not.toMatch(/warga@example\.id|Aminah|0812/);
    });

    it('answers XML, takes the key as a Bearer header and the kelurahan by id, and a JSON body', async () => {
      const res = await http()
        .post(`${V2}/requests.xml`)
        .set('Authorization', `Bearer ${adminKey}`)
        .send({
          service_code: 'sampah-kebersihan',
          address_id: w.area.kelurahan,
          description: 'Sampah menumpuk di depan pasar sejak seminggu.',
        })
        .expect(201);
      expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
      const parsed = xml(res);
      expect(parsed.root).toBe('service_requests');
      expect(parsed.value).toEqual([
        { service_request_id: expect.stringMatching(/^LPR-/), service_notice: expect.any(String), account_id: null },
      ]);
      const [report] = await w.t.dataSource.query(`SELECT reporter_id, latitude FROM report WHERE code = $1`, [
        (parsed.value as { service_request_id: string }[])[0].service_request_id,
      ]);
      expect(report).toEqual({ reporter_id: w.ids.admin, latitude: null });
    });

    it('takes the title from a long description, cut at a word, and keeps media_url in the description', async () => {
      const long = `${'Saluran air di sepanjang jalan tersumbat lumpur '.repeat(5)}sehingga banjir setiap hujan.`;
      const res = await post('json', validPost({ description: long, media_url: 'https://example.id/foto/1.jpg' })).expect(201);
      const [report] = await w.t.dataSource.query(`SELECT title, description FROM report WHERE code = $1`, [
        res.body[0].service_request_id,
      ]);
      expect(report.title.length).toBeLessThanOrEqual(150);
      expect(report.title).toMatch(/^Saluran air di sepanjang jalan tersumbat lumpur Saluran .*[a-z]…$/);
      expect(long.startsWith(report.title.slice(0, -1))).toBe(true);
      expect(report.description).toBe(`${long.trim()}\n\nMedia: https://example.id/foto/1.jpg`);
    });

    it('files with lat/long alone, as real clients do: the kelurahan comes from the point; read back in JSON and XML', async () => {
      // Simpang Lima, with every optional field of the spec and two attributes (one with two values).
      const { address_id: _none, ...fields } = validPost({ lat: '-6.9903', long: '110.4229', jurisdiction_id: 'semarangkota.go.id' });
      const body = new URLSearchParams(fields);
      body.append('attribute[kedalaman]', '30 cm');
      body.append('attribute[arah]', 'utara');
      body.append('attribute[arah]', 'selatan');
      const res = await http().post(`${V2}/requests.json`).type('form').send(body.toString()).expect(201);
      const code = res.body[0].service_request_id as string;
      const [report] = await w.t.dataSource.query(
        `SELECT a.name AS kelurahan, k.name AS kecamatan, r.description FROM report r
           JOIN area a ON a.id = r.area_id JOIN area k ON k.id = r.kecamatan_id WHERE r.code = $1`,
        [code],
      );
      expect(report).toEqual({
        kelurahan: 'Pleburan',
        kecamatan: 'Semarang Selatan',
        description: 'Lubang besar di Jl. Pemuda dekat Tugu Muda, membahayakan pengendara motor.\n\nkedalaman: 30 cm\narah: utara, selatan',
      });
      // Once verified it is public; its point and kelurahan code come back in both formats.
      await w.act('moderator', code, { action: 'verify' }).expect(200);
      const [pleburan] = await w.t.dataSource.query(`SELECT code FROM area WHERE name = 'Pleburan'`);
      const json = (await http().get(`${V2}/requests/${code}.json`).expect(200)).body as Request311[];
      expect(json[0]).toMatchObject({ service_request_id: code, lat: -6.9903, long: 110.4229, address_id: pleburan.code });
      const parsed = xml(await http().get(`${V2}/requests/${code}.xml`).expect(200));
      expect((parsed.value as Record<string, unknown>[])[0]).toMatchObject({
        service_request_id: code,
        lat: '-6.9903',
        long: '110.4229',
        address_id: pleburan.code,
      });
      // A JSON body may send the attributes as an object.
      const { address_id: _also, ...jsonFields } = validPost({ lat: '-6.9903', long: '110.4229' });
      await http()
        .post(`${V2}/requests.json`)
        .send({ ...jsonFields, attribute: { kedalaman: '10 cm' } })
        .expect(201);
    });

    it('introduces a short description with the service name', async () => {
      const res = await post('json', validPost({ description: 'Lampu mati!' })).expect(201);
      const [report] = await w.t.dataSource.query(`SELECT title, description FROM report WHERE code = $1`, [
        res.body[0].service_request_id,
      ]);
      expect(report).toEqual({ title: 'Lampu mati!', description: 'Laporan Jalan dan jembatan rusak: Lampu mati!' });
    });

    describe('needs an official’s or an admin’s API key (403 otherwise)', () => {
      it.each(['json', 'xml'] as const)('without a key (%s)', async (format) => {
        const { api_key: _omitted, ...fields } = validPost();
        const res = await post(format, fields).expect(403);
        const errors = format === 'json' ? res.body : xml(res).value;
        expect(errors).toEqual([{ code: format === 'json' ? 403 : '403', description: expect.stringContaining('api_key wajib diisi') }]);
      });

      it('with a wrong key, as a parameter or a header', async () => {
        const res = await post('json', validPost({ api_key: 'wk_bukan-kunci' })).expect(403);
        expect(res.body).toEqual([{ code: 403, description: 'Parameter api_key tidak valid atau sudah dicabut.' }]);
        const { api_key: _omitted, ...fields } = validPost();
        const header = await http()
          .post(`${V2}/requests.json`)
          .set('Authorization', 'Bearer wk_bukan-kunci')
          .set('Accept-Language', 'en')
          .type('form')
          .send(new URLSearchParams(fields).toString())
          .expect(403);
        expect(header.body).toEqual([{ code: 403, description: 'Parameter api_key is not valid or has been revoked.' }]);
      });

      it('with the key of someone who is no longer an official', async () => {
        const key = await apiKey('official');
        await w.t.dataSource.query(`DELETE FROM user_role WHERE user_id = $1 AND role = 'official'`, [w.ids.official]);
        try {
          const res = await post('json', validPost({ api_key: key })).expect(403);
          expect(res.body).toEqual([{ code: 403, description: 'Parameter api_key harus kunci API milik pejabat atau admin.' }]);
        } finally {
          await w.t.dataSource.query(`INSERT INTO user_role (user_id, role) VALUES ($1, 'official')`, [w.ids.official]);
        }
      });

      it('with a revoked key', async () => {
        const created = await w.as.official.post('/api/me/api-keys').send({ name: 'Lama' }).expect(201);
        await w.as.official.send('delete', `/api/me/api-keys/${created.body.id}`).expect(204);
        await post('json', validPost({ api_key: created.body.key })).expect(403);
      });

      it('not with a signed-in session', async () => {
        const { api_key: _omitted, ...fields } = validPost();
        await w.as.official.send('post', `${V2}/requests.json`).type('form').send(new URLSearchParams(fields).toString()).expect(403);
      });
    });

    it.each([
      [{ service_code: '' }, 'Kolom «service_code» wajib diisi.'],
      [{ service_code: 'tidak-ada' }, 'Parameter service_code «tidak-ada» bukan layanan yang aktif.'],
      [{ address_id: '', lat: '', long: '' }, expect.stringContaining('Parameter address_id atau lat dan long wajib diisi')],
      [{ address_id: '', lat: '-6.9', long: '110.42' }, 'Titik lat -6.9, long 110.42 berada di luar wilayah kota ini.'],
      [{ address_id: '99.99.99.9999' }, 'Parameter address_id «99.99.99.9999» bukan kelurahan/desa yang dikenal.'],
      [{ address_id: 'KECAMATAN' }, expect.stringContaining('bukan kelurahan/desa yang dikenal')],
      [{ long: '' }, 'Parameter lat dan long harus diisi bersama.'],
      [{ lat: 'utara' }, 'Kolom «lat» harus berupa garis lintang yang valid.'],
      [{ description: '' }, 'Parameter description wajib diisi.'],
      [{ description: 'Rusak' }, 'Parameter description paling sedikit 10 karakter.'],
      [{ email: 'bukan-email' }, 'Kolom «email» harus berupa alamat e-mail yang valid.'],
      [{ media_url: 'javascript:alert(1)' }, 'Kolom «media_url» harus berupa alamat web yang valid.'],
      [
        { attribute: 'x' },
        'Kolom «attribute» berisi paling banyak 20 kode (huruf, angka, _ . -), masing-masing dengan teks paling panjang 500 karakter.',
      ],
      [{ 'attribute[<script>]': 'x' }, expect.stringContaining('Kolom «attribute» berisi paling banyak 20 kode')],
      [{ 'attribute[ukuran]': 'x'.repeat(501) }, expect.stringContaining('Kolom «attribute» berisi paling banyak 20 kode')],
    ])('answers 400 naming the parameter: %j', async (change, description) => {
      const fields = validPost(change);
      if (fields.address_id === 'KECAMATAN') fields.address_id = kecamatanCode;
      const res = await post('json', fields).expect(400);
      expect(res.body).toEqual([{ code: 400, description }]);
    });

    it('explains in English with Accept-Language: en, and in XML', async () => {
      const res = await post('xml', validPost({ service_code: '' }))
        .set('Accept-Language', 'en')
        .expect(400);
      expect(xml(res)).toEqual({ root: 'errors', value: [{ code: '400', description: 'Field «service_code» is required.' }] });
    });

    it('leaves the portal’s own routes closed to form bodies', async () => {
      await http().post('/api/auth/login').type('form').send('email=a%40example.id&password=x').expect(415);
    });
  });

  describe('GET requests', () => {
    const codes = {} as Record<'open' | 'closed' | 'confidential' | 'submitted' | 'old' | 'waste', string>;

    beforeAll(async () => {
      await w.t.dataSource.query('DELETE FROM report');
      codes.old = (await w.file('citizen')).code;
      await advance(w, codes.old, 'verified');
      await w.t.dataSource.query(`UPDATE report SET created_at = now() - interval '120 days' WHERE code = $1`, [codes.old]);
      codes.closed = (
        await w.file('citizen', { privacy: 'anonymous', address: 'Jl. Pandanaran', latitude: -6.98, longitude: 110.41 })
      ).code;
      await advance(w, codes.closed, 'resolved');
      await w
        .act('official', codes.closed, { action: 'note', note: 'Catatan internal: anggaran dari pos pemeliharaan.', public: false })
        .expect(200);
      codes.confidential = (await w.file('citizen', { privacy: 'confidential', title: 'Pungutan liar di kantor kelurahan' })).code;
      await advance(w, codes.confidential, 'verified');
      codes.waste = (await w.file('otherCitizen', { categoryId: w.categories.waste, title: 'Sampah menumpuk di pasar' })).code;
      await advance(w, codes.waste, 'dispatched');
      codes.submitted = (await w.file('citizen')).code;
      codes.open = (await w.file('citizen')).code;
      await advance(w, codes.open, 'verified');
    });

    const ids = (body: Request311[]) => body.map((r) => r.service_request_id);

    it('lists the last 90 days of listed reports, newest first, never confidential ones', async () => {
      const res = await http().get(`${V2}/requests.json`).expect(200);
      expect(ids(res.body)).toEqual([codes.open, codes.waste, codes.closed]);
      expect(res.headers['access-control-allow-origin']).toBe('*');
    });

    it('answers every field of the spec', async () => {
      const res = await http().get(`${V2}/requests.json?service_request_id=${codes.closed}`).expect(200);
      const [request] = res.body as Request311[];
      expect(Object.keys(request)).toEqual(REQUEST_FIELDS);
      expect(request).toEqual({
        service_request_id: codes.closed,
        status: 'closed',
        status_notes: 'Lubang sudah ditambal.',
        service_name: 'Jalan dan jembatan rusak',
        service_code: 'jalan-jembatan',
        description: 'Lubang besar di badan jalan membahayakan pengendara motor, terutama saat hujan.',
        agency_responsible: expect.stringMatching(/Pekerjaan Umum/),
        service_notice: null,
        requested_datetime: expect.stringMatching(OFFSET_DATE),
        updated_datetime: expect.stringMatching(OFFSET_DATE),
        expected_datetime: null,
        address: 'Jl. Pandanaran',
        address_id: kelurahanCode,
        zipcode: null,
        lat: -6.98,
        long: 110.41,
        media_url: null,
      });
      const [row] = await w.t.dataSource.query(`SELECT created_at FROM report WHERE code = $1`, [codes.closed]);
      expect(new Date(request.requested_datetime as string).getTime()).toBe(Math.floor(row.created_at.getTime() / 1000) * 1000);
    });

    it('names nobody on an anonymous report', async () => {
      const res = await http().get(`${V2}/requests/${codes.closed}.json`).expect(200);
      expect(JSON.stringify(res.body)).not.toMatch(/citizen|example\.id/);
    });

    it('gives the SLA due date of a dispatched report as expected_datetime', async () => {
      const res = await http().get(`${V2}/requests/${codes.waste}.json`).expect(200);
      const [row] = await w.t.dataSource.query(`SELECT followup_due_at FROM report WHERE code = $1`, [codes.waste]);
      expect(new Date(res.body[0].expected_datetime).getTime()).toBe(Math.floor(row.followup_due_at.getTime() / 1000) * 1000);
      expect(res.body[0]).toMatchObject({ status: 'open', service_code: 'sampah-kebersihan', lat: null, long: null, address: null });
    });

    it('maps every portal status to open or closed', async () => {
      const res = await http().get(`${V2}/requests.json?status=open`).expect(200);
      expect(ids(res.body)).toEqual([codes.open, codes.waste]);
      const closed = await http().get(`${V2}/requests.json?status=closed`).expect(200);
      expect(ids(closed.body)).toEqual([codes.closed]);
      const both = await http().get(`${V2}/requests.json?status=open,closed`).expect(200);
      expect(ids(both.body)).toEqual([codes.open, codes.waste, codes.closed]);
    });

    it('filters by service_code', async () => {
      const res = await http().get(`${V2}/requests.json?service_code=sampah-kebersihan`).expect(200);
      expect(ids(res.body)).toEqual([codes.waste]);
      const several = await http().get(`${V2}/requests.json?service_code=sampah-kebersihan,jalan-jembatan&status=open`).expect(200);
      expect(ids(several.body)).toEqual([codes.open, codes.waste]);
    });

    it('filters by start_date and end_date', async () => {
      const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
      const older = await http()
        .get(`${V2}/requests.json?start_date=${day(-150)}&end_date=${day(-100)}`)
        .expect(200);
      expect(ids(older.body)).toEqual([codes.old]);
      const fromOnly = await http()
        .get(`${V2}/requests.json?start_date=${day(-125)}`)
        .expect(200);
      expect(ids(fromOnly.body)).toEqual([codes.old]);
      const endOnly = await http()
        .get(`${V2}/requests.json?end_date=${day(1)}`)
        .expect(200);
      expect(ids(endOnly.body)).toEqual([codes.open, codes.waste, codes.closed]);
      const withOffset = encodeURIComponent(new Date(Date.now() - DAY).toISOString().replace('Z', '+00:00'));
      const recent = await http().get(`${V2}/requests.json?start_date=${withOffset}`).expect(200);
      expect(ids(recent.body)).toEqual([codes.open, codes.waste, codes.closed]);
      const future = await http()
        .get(`${V2}/requests.json?start_date=${day(2)}&end_date=${day(3)}`)
        .expect(200);
      expect(future.body).toEqual([]);
    });

    it.each([
      [
        'start_date=kemarin',
        'Kolom «start_date» harus berupa tanggal (YYYY-MM-DD) atau tanggal dan jam dengan zona waktunya (mis. 2026-03-01T10:00:00+07:00).',
      ],
      [
        'end_date=2026-13-01',
        'Kolom «end_date» harus berupa tanggal (YYYY-MM-DD) atau tanggal dan jam dengan zona waktunya (mis. 2026-03-01T10:00:00+07:00).',
      ],
      ['start_date=2026-01-01&end_date=2026-04-02', 'Rentang start_date sampai end_date paling lama 90 hari.'],
      ['start_date=2026-03-01&end_date=2026-02-01', 'Parameter end_date harus sesudah start_date.'],
      ['status=pending', 'Format kolom «status» tidak sesuai.'],
    ])('answers 400 for %s', async (query, description) => {
      const res = await http().get(`${V2}/requests.json?${query}`).expect(400);
      expect(res.body).toEqual([{ code: 400, description }]);
    });

    it('accepts exactly 90 days', async () => {
      await http().get(`${V2}/requests.json?start_date=2026-01-01&end_date=2026-03-31`).expect(200);
      await http().get(`${V2}/requests.json?start_date=2026-01-01T00:00:00%2B07:00&end_date=2026-04-01T00:00:00%2B07:00`).expect(200);
    });

    it('finds several by service_request_id, whatever their age, never a confidential one', async () => {
      const list = [codes.old, codes.confidential, codes.submitted, 'LPR-1999-000001'].join(',');
      const res = await http().get(`${V2}/requests.json?service_request_id=${list}&status=closed`).expect(200);
      expect(ids(res.body)).toEqual([codes.submitted, codes.old]);
      // Not verified yet: its id and status, nothing of its content.
      expect(res.body[0]).toMatchObject({ status: 'open', description: null, expected_datetime: expect.stringMatching(OFFSET_DATE) });
      expect(res.body[1]).toMatchObject({ status: 'open', description: expect.stringContaining('Lubang besar') });
    });

    it('takes at most 50 ids per call (400 in the spec’s format)', async () => {
      const fifty = Array.from({ length: 50 }, (_, i) => `LPR-1999-${String(i + 1).padStart(6, '0')}`);
      await http()
        .get(`${V2}/requests.json?service_request_id=${[codes.old, ...fifty.slice(1)].join(',')}`)
        .expect(200);
      const res = await http()
        .get(`${V2}/requests.json?service_request_id=${[codes.old, ...fifty].join(',')}`)
        .expect(400);
      expect(res.body).toEqual([{ code: 400, description: 'Parameter service_request_id paling banyak 50 ID sekali minta.' }]);
      const asXml = await http()
        .get(`${V2}/requests.xml?service_request_id=${[codes.old, ...fifty].join(',')}&locale=en`)
        .expect(400);
      expect(xml(asXml)).toEqual({
        root: 'errors',
        value: [{ code: '400', description: 'Parameter service_request_id takes at most 50 ids per request.' }],
      });
    });

    it('says the same in XML', async () => {
      const json = await http().get(`${V2}/requests.json`).expect(200);
      const res = await http().get(`${V2}/requests.xml`).expect(200);
      expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
      expect(xml(res)).toEqual({ root: 'service_requests', value: asXmlText(json.body) });
    });

    it('speaks English with Accept-Language: en', async () => {
      const res = await http().get(`${V2}/requests/${codes.waste}.json`).set('Accept-Language', 'en').expect(200);
      expect(res.body[0].service_name).toBe('Waste and cleanliness');
    });

    it('caps a list at 1000 requests, the newest', async () => {
      await w.t.dataSource.query(
        `INSERT INTO report (code, type, privacy, status, listed, title, description, category_id, area_id, kecamatan_id, reporter_id, created_at, verify_due_at)
         SELECT 'LPR-2020-' || lpad(g::text, 6, '0'), 'complaint', 'public', 'verified', true, 'Jalan berlubang di depan pasar',
                'Lubang besar di badan jalan membahayakan pengendara motor.', $1, $2, $3, $4, now() - interval '1 hour' - g * interval '1 second', now()
           FROM generate_series(1, 1001) g`,
        [w.categories.roads, w.area.kelurahan, w.area.kecamatan, w.ids.citizen],
      );
      try {
        const res = await http().get(`${V2}/requests.json`).expect(200);
        expect(res.body).toHaveLength(1000);
        expect([res.body[0].service_request_id, res.body[999].service_request_id]).toEqual([codes.open, 'LPR-2020-000997']);
      } finally {
        await w.t.dataSource.query(`DELETE FROM report WHERE code LIKE 'LPR-2020-%'`);
      }
    });

    describe('GET request by id', () => {
      it('answers a one-element list in JSON and XML', async () => {
        const json = await http().get(`${V2}/requests/${codes.open}.json`).expect(200);
        expect(json.body).toHaveLength(1);
        expect(json.body[0]).toMatchObject({ service_request_id: codes.open, status: 'open', status_notes: null });
        expect(Object.keys(json.body[0])).toEqual(REQUEST_FIELDS);
        const parsed = xml(await http().get(`${V2}/requests/${codes.open}.xml`).expect(200));
        expect(parsed).toEqual({ root: 'service_requests', value: asXmlText(json.body) });
      });

      it('answers a report not yet moderated with its id and status only, as the tracking page does', async () => {
        const res = await http().get(`${V2}/requests/${codes.submitted}.json`).expect(200);
        expect(Object.keys(res.body[0])).toEqual(REQUEST_FIELDS);
        expect(res.body[0]).toEqual({
          service_request_id: codes.submitted,
          status: 'open',
          status_notes: null,
          service_name: null,
          service_code: null,
          description: null,
          agency_responsible: null,
          service_notice: 'Laporan menunggu verifikasi moderator; isinya tampil setelah diverifikasi.',
          requested_datetime: expect.stringMatching(OFFSET_DATE),
          updated_datetime: null,
          expected_datetime: expect.stringMatching(OFFSET_DATE),
          address: null,
          address_id: null,
          zipcode: null,
          lat: null,
          long: null,
          media_url: null,
        });
      });

      it('answers a report rejected after verification with its id and status only', async () => {
        const { code } = await w.file('citizen', { address: 'Jl. Rahasia 7', latitude: -6.97, longitude: 110.42 });
        await advance(w, code, 'verified');
        await http()
          .get(`${V2}/requests/${code}.json`)
          .expect(200)
          .expect((res) => expect(res.body[0].address).toBe('Jl. Rahasia 7'));
        await w.act('moderator', code, { action: 'reject', reasonCode: 'personal_data', note: 'Memuat data pribadi.' }).expect(200);
        const res = await http().get(`${V2}/requests/${code}.json`).expect(200);
        expect(res.body[0]).toMatchObject({
          status: 'closed',
          description: null,
          address: null,
          lat: null,
          long: null,
          status_notes: null,
        });
        expect(JSON.stringify(res.body)).not.toMatch(/Rahasia|Memuat data pribadi/);
      });

      it.each(['confidential', 'unknown'] as const)('is a 404 for a %s report, in JSON and XML', async (which) => {
        const code = which === 'confidential' ? codes.confidential : 'LPR-1999-000001';
        const json = await http().get(`${V2}/requests/${code}.json`).expect(404);
        expect(json.body).toEqual([{ code: 404, description: `Permintaan layanan (service_request_id) «${code}» tidak ditemukan.` }]);
        const parsed = xml(await http().get(`${V2}/requests/${code}.xml`).expect(404));
        expect(parsed).toEqual({ root: 'errors', value: asXmlText(json.body) });
      });

      it('is a 404 also for an API key that could see it in the portal', async () => {
        await http().get(`${V2}/requests/${codes.confidential}.json`).set('Authorization', `Bearer ${adminKey}`).expect(404);
      });
    });

    describe('GET tokens', () => {
      it('turns a token into its request id (requests are created at once)', async () => {
        const json = await http().get(`${V2}/tokens/${codes.open}.json`).expect(200);
        expect(json.body).toEqual([{ service_request_id: codes.open, token: codes.open }]);
        const parsed = xml(await http().get(`${V2}/tokens/${codes.open}.xml`).expect(200));
        expect(parsed).toEqual({ root: 'service_requests', value: [{ service_request_id: codes.open, token: codes.open }] });
      });

      it('is a 404 for an unknown or confidential token', async () => {
        await http().get(`${V2}/tokens/LPR-1999-000001.json`).expect(404);
        await http().get(`${V2}/tokens/${codes.confidential}.xml`).expect(404);
      });
    });
  });

  it('files and then finds a request: POST, token, GET by id', async () => {
    const created = await post('json', validPost({ description: 'Pohon tumbang menutup jalan <Jl. Siliwangi> & "trotoar".' })).expect(201);
    const id = created.body[0].service_request_id;
    const token = await http().get(`${V2}/tokens/${id}.json`).expect(200);
    expect(token.body).toEqual([{ service_request_id: id, token: id }]);
    // Until a moderator verifies it, the request is its id and status only.
    const waiting = await http().get(`${V2}/requests/${id}.json`).expect(200);
    expect(waiting.body[0]).toMatchObject({ service_request_id: id, status: 'open', description: null });
    await w.act('moderator', id, { action: 'verify' }).expect(200);
    const asXml = await http().get(`${V2}/requests/${id}.xml`).expect(200);
    expect(asXml.text).toContain('<description>Pohon tumbang menutup jalan &lt;Jl. Siliwangi&gt; &amp; &quot;trotoar&quot;.</description>');
    expect(xml(asXml).value).toEqual([
      expect.objectContaining({ service_request_id: id, status: 'open', service_code: 'jalan-jembatan', expected_datetime: null }),
    ]);
  });
});
