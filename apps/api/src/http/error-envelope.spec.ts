import { Body, Controller, Get, HttpCode, HttpStatus, Module, Param, Post, Query } from '@nestjs/common';
import { TestApp, collectLogLines, createTestApp } from '@walikota/api-testing';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import {
  DomainException,
  FieldDomainException,
  IsCalendarDate,
  IsLatitudeField,
  IsLongitudeField,
  NotFoundDomainException,
  RateLimitedException,
  registerMessages,
} from '@walikota/api-platform';
import { DataSource } from 'typeorm';

class AddressDto {
  @IsString() @MinLength(3) street!: string;
}

class SampleDto {
  @IsEmail() email!: string;
  @IsString() @MinLength(10) password!: string;
  @IsInt() @Min(1) @Max(5) rating!: number;
  @IsIn(['public', 'anonymous']) privacy!: string;
  @IsOptional() @IsString() @MaxLength(5) note?: string;
  @IsOptional() @ValidateNested() @Type(() => AddressDto) address?: AddressDto;
}

class SearchDto {
  @IsOptional() @IsString() q?: string;
}

class DatesDto {
  @IsCalendarDate({ optional: true }) from?: string;
}

class PointDto {
  @IsLatitudeField({ pairedWith: 'longitude' }) latitude?: number;
  @IsLongitudeField({ pairedWith: 'latitude' }) longitude?: number;
}

class PointQueryDto {
  @IsLatitudeField({ pairedWith: 'longitude', source: 'query' }) latitude?: number;
  @IsLongitudeField({ pairedWith: 'latitude', source: 'query' }) longitude?: number;
}

registerMessages({
  id: {
    'error.sample_closed': 'Petisi «{title}» sudah ditutup.',
    'validation.email_taken': 'E-mail ini sudah terdaftar.',
    'field.email': 'E-mail',
  },
  en: {
    'error.sample_closed': 'Petition «{title}» is closed.',
    'validation.email_taken': 'This e-mail is already registered.',
    'field.email': 'E-mail',
  },
});

@Controller('sample')
class SampleController {
  @Post()
  create(@Body() body: SampleDto) {
    return body;
  }

  @Get('search')
  search(@Query() query: SearchDto) {
    return query;
  }

  @Get('domain')
  domain() {
    throw new DomainException('sample_closed', HttpStatus.CONFLICT, { title: 'Taman kota' });
  }

  @Get('missing')
  missing() {
    throw new NotFoundDomainException();
  }

  @Get('taken')
  taken() {
    throw new FieldDomainException('email', 'email_taken');
  }

  @Get('limited')
  limited(@Query('seconds') seconds: string) {
    throw new RateLimitedException(Number(seconds));
  }

  @Get('crash')
  crash() {
    throw new Error('database password is hunter2');
  }

  @Get('dates')
  dates(@Query() query: DatesDto) {
    return query;
  }

  @Post('point')
  point(@Body() body: PointDto) {
    return body;
  }

  @Get('point')
  pointQuery(@Query() query: PointQueryDto) {
    return query;
  }

  @Get('item/:code')
  item(@Param('code') code: string) {
    return { code };
  }
}

/** Real PostgreSQL errors, each caused the way a request could cause it (table `sample_item`). */
const DATABASE_ERRORS: Record<string, [sql: string, parameters: unknown[]]> = {
  unique: ['INSERT INTO sample_item (id) VALUES (1)', []],
  foreignKey: ['INSERT INTO sample_item (id, parent_id) VALUES (2, 999)', []],
  // Real deadlocks and serialization failures need two connections at once (PGlite has one):
  // PostgreSQL raises the same SQLSTATE here.
  deadlock: [`DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$`, []],
  serialization: [`DO $$ BEGIN RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END $$`, []],
  invalidText: ['SELECT $1::uuid, $2::text AS password_hash', ['bukan-uuid', '$argon2id$rahasia']],
  tooLong: ['INSERT INTO sample_item (id, name) VALUES (3, $1)', ['terlalu panjang']],
  outOfRange: ['SELECT $1::int', ['99999999999']],
  badDate: ['SELECT CAST($1 AS date)', ['2026-W01']],
  dateOutOfRange: ['SELECT $1::timestamptz', ['2026-02-30 10:00:00+07']],
  check: ['INSERT INTO sample_item (id, n) VALUES (4, 0)', []],
  bug: ['SELECT * FROM no_such_table', []],
};

@Controller('sample/db')
class DatabaseErrorsController {
  constructor(private readonly dataSource: DataSource) {}

  @Post(':which')
  @HttpCode(200)
  async run(@Param('which') which: string) {
    const [sql, parameters] = DATABASE_ERRORS[which];
    await this.dataSource.query(sql, parameters);
    return { ok: true };
  }
}

@Module({ controllers: [SampleController, DatabaseErrorsController] })
class SampleModule {}

const valid = { email: 'warga@example.id', password: 'kata-sandi-panjang', rating: 4, privacy: 'public' };

const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

describe('error envelope', () => {
  let t: TestApp;
  const logLines: { level: number; msg: string; err?: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    const destination = collectLogLines(logLines);
    t = await createTestApp({ imports: [SampleModule], logDestination: destination, config: { bodyLimitBytes: 2048, logLevel: 'warn' } });
    await t.dataSource.query(
      `CREATE TABLE sample_item (id int PRIMARY KEY, name varchar(3), parent_id int REFERENCES sample_item (id), n int CHECK (n > 0))`,
    );
    await t.dataSource.query(`INSERT INTO sample_item (id) VALUES (1)`);
  });
  afterAll(() => t.close());

  it('accepts a valid body and transforms it', async () => {
    const res = await t.http().post('/api/sample').send(valid).expect(201);
    expect(res.body).toEqual(valid);
  });

  it('lists each invalid field with a message in Indonesian by default', async () => {
    const res = await t
      .http()
      .post('/api/sample')
      .send({ email: 'bukan-email', password: 'pendek', rating: 9, privacy: 'secret', note: 'terlalu panjang', address: { street: 'x' } })
      .expect(400);
    expect(res.headers['content-language']).toBe('id');
    expect(res.body).toEqual({
      statusCode: 400,
      code: 'validation_failed',
      message: 'Data yang dikirim belum benar. Periksa kolom yang ditandai.',
      details: [
        { field: 'email', code: 'isEmail', message: 'Kolom «E-mail» harus berupa alamat e-mail yang valid.' },
        { field: 'password', code: 'minLength', message: 'Kolom «password» paling sedikit 10 karakter.' },
        { field: 'rating', code: 'max', message: 'Kolom «rating» paling besar 5.' },
        { field: 'privacy', code: 'isIn', message: 'Kolom «privacy» harus salah satu dari: public, anonymous.' },
        { field: 'note', code: 'maxLength', message: 'Kolom «note» paling banyak 5 karakter.' },
        { field: 'address.street', code: 'minLength', message: 'Kolom «address.street» paling sedikit 3 karakter.' },
      ],
    });
  });

  it('answers in English when the client asks for it', async () => {
    const res = await t
      .http()
      .post('/api/sample')
      .set('Accept-Language', 'en-GB,en;q=0.9,id;q=0.5')
      .send({ ...valid, rating: 0 })
      .expect(400);
    expect(res.headers['content-language']).toBe('en');
    expect(res.body.message).toBe('Some of the data sent is not right. Check the marked fields.');
    expect(res.body.details).toEqual([{ field: 'rating', code: 'min', message: 'Field «rating» must be at least 1.' }]);
  });

  it('answers a limit a service enforces with 429, Retry-After and the wait in words', async () => {
    const short = await t.http().get('/api/sample/limited?seconds=30').expect(429);
    expect(short.headers['retry-after']).toBe('30');
    expect(short.body.code).toBe('rate_limited');
    expect(short.body.message).toContain('30');
    const long = await t.http().get('/api/sample/limited?seconds=3540').set('Accept-Language', 'en').expect(429);
    expect(long.headers['retry-after']).toBe('3540');
    expect(long.body.message).toContain('59 minutes');
  });

  it('falls back to Indonesian for an unsupported language', async () => {
    const res = await t.http().get('/api/sample/missing').set('Accept-Language', 'fr-FR').expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'not_found', message: 'Data atau halaman yang dicari tidak ditemukan.' });
  });

  it('rejects unknown fields by name', async () => {
    const res = await t
      .http()
      .post('/api/sample')
      .send({ ...valid, isAdmin: true })
      .expect(400);
    expect(res.body.details).toEqual([{ field: 'isAdmin', code: 'unknown_field', message: 'Kolom «isAdmin» tidak dikenal.' }]);
  });

  it('rejects text holding a NUL character (which PostgreSQL cannot take) by field, in body and query', async () => {
    const body = await t
      .http()
      .post('/api/sample')
      .send({ ...valid, note: 'a\u0000b', address: { street: 'Jl.\u0000' } })
      .expect(400);
    expect(body.body.details).toEqual([
      { field: 'note', code: 'noNulCharacter', message: 'Kolom «note» berisi karakter yang tidak diizinkan (NUL).' },
      { field: 'address.street', code: 'noNulCharacter', message: 'Kolom «address.street» berisi karakter yang tidak diizinkan (NUL).' },
    ]);
    const query = await t.http().get('/api/sample/search').query({ q: 'jalan\u0000' }).set('Accept-Language', 'en').expect(400);
    expect(query.body.details).toEqual([
      { field: 'q', code: 'noNulCharacter', message: 'Field «q» contains a character that is not allowed (NUL).' },
    ]);
    expect((await t.http().get('/api/sample/search').query({ q: 'jalan' }).expect(200)).body).toEqual({ q: 'jalan' });
  });

  it('rejects a body that is not JSON with a 400, not a 500', async () => {
    const res = await t.http().post('/api/sample').set('Content-Type', 'application/json').send('{"email": ').expect(400);
    expect(res.body).toEqual({ statusCode: 400, code: 'invalid_json', message: 'Isi permintaan bukan JSON yang valid.' });
  });

  it('rejects a body over the size limit with 413', async () => {
    const res = await t
      .http()
      .post('/api/sample')
      .send({ ...valid, note: 'x'.repeat(4000) })
      .expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, code: 'payload_too_large' });
  });

  it('rejects an unsupported content type with 415', async () => {
    const res = await t.http().post('/api/sample').set('Content-Type', 'application/x-unknown').send('abc').expect(415);
    expect(res.body).toMatchObject({ statusCode: 415, code: 'unsupported_media_type' });
  });

  it('maps a domain exception to its status, code and translated message', async () => {
    expect((await t.http().get('/api/sample/domain').expect(409)).body).toEqual({
      statusCode: 409,
      code: 'sample_closed',
      message: 'Petisi «Taman kota» sudah ditutup.',
    });
    const en = await t.http().get('/api/sample/domain').set('Accept-Language', 'en').expect(409);
    expect(en.body.message).toBe('Petition «Taman kota» is closed.');
  });

  it('reports a field problem found by a service like a validation error', async () => {
    const res = await t.http().get('/api/sample/taken').expect(400);
    expect(res.body.details).toEqual([{ field: 'email', code: 'email_taken', message: 'E-mail ini sudah terdaftar.' }]);
  });

  it('hides the cause of an unexpected error', async () => {
    const res = await t.http().get('/api/sample/crash').expect(500);
    expect(res.body).toEqual({
      statusCode: 500,
      code: 'internal_error',
      message: 'Terjadi kesalahan pada sistem. Silakan coba lagi nanti.',
    });
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
  });

  it('answers an unknown route with the same envelope', async () => {
    const res = await t.http().get('/api/does-not-exist').set('Accept-Language', 'en').expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'not_found', message: 'The record or page you are looking for was not found.' });
  });

  describe('hardened input (each of these was a 500)', () => {
    it.each(['2026-W01', '2026-12', '2026-02-30', '2026-12-04T00:00:00Z', '0999-01-01', '04-12-2026'])(
      'refuses %p as a calendar date, naming the field and the form',
      async (from) => {
        const res = await t.http().get('/api/sample/dates').query({ from }).expect(400);
        expect(res.body.details).toEqual([
          { field: 'from', code: 'isCalendarDate', message: 'Kolom «from» harus berupa tanggal yang ada, dengan format YYYY-MM-DD.' },
        ]);
        const en = await t.http().get('/api/sample/dates').query({ from }).set('Accept-Language', 'en').expect(400);
        expect(en.body.details[0].message).toBe('Field «from» must be an existing date written YYYY-MM-DD.');
      },
    );

    it('takes a real calendar date', async () => {
      expect((await t.http().get('/api/sample/dates?from=2024-02-29').expect(200)).body).toEqual({ from: '2024-02-29' });
    });

    it.each([
      [{ latitude: -6.99, longitude: 110.42 }, 201, { latitude: -6.99, longitude: 110.42 }],
      [{ latitude: null, longitude: null }, 201, {}],
      [{}, 201, {}],
      [{ latitude: '-6.99', longitude: 110.42 }, 400, [{ field: 'latitude', code: 'isLatitude' }]],
      [{ latitude: null, longitude: 110.42 }, 400, [{ field: 'longitude', code: 'point_incomplete' }]],
      [{ latitude: -6.99 }, 400, [{ field: 'latitude', code: 'point_incomplete' }]],
      [{ latitude: 91, longitude: 0 }, 400, [{ field: 'latitude', code: 'isLatitude' }]],
      [{ latitude: 0, longitude: -180.5 }, 400, [{ field: 'longitude', code: 'isLongitude' }]],
      [
        { latitude: true, longitude: [1] },
        400,
        [
          { field: 'latitude', code: 'isLatitude' },
          { field: 'longitude', code: 'isLongitude' },
        ],
      ],
    ])('takes a point in a body only as two numbers in range (null = absent): %j', async (body, status, expected) => {
      const res = await t.http().post('/api/sample/point').send(body).expect(status);
      if (status === 201) expect(res.body).toEqual(expected);
      else expect(res.body.details).toEqual((expected as object[]).map((d) => expect.objectContaining(d)));
    });

    it('explains a half point in the caller’s language', async () => {
      const res = await t.http().post('/api/sample/point').send({ latitude: -6.99 }).set('Accept-Language', 'en').expect(400);
      expect(res.body.details).toEqual([
        { field: 'latitude', code: 'point_incomplete', message: 'Give both latitude and longitude, or neither.' },
      ]);
    });

    it.each([
      ['latitude=-6.99&longitude=110.42', 200, { latitude: -6.99, longitude: 110.42 }],
      ['latitude=&longitude=', 200, {}],
      ['latitude=utara&longitude=110', 400, [{ field: 'latitude', code: 'isLatitude' }]],
      ['latitude=-6.99', 400, [{ field: 'latitude', code: 'point_incomplete' }]],
      ['latitude=1e3&longitude=0', 400, [{ field: 'latitude', code: 'isLatitude' }]],
    ])('reads a point from a query as decimal numbers: %s', async (query, status, expected) => {
      const res = await t.http().get(`/api/sample/point?${query}`).expect(status);
      if (status === 200) expect(res.body).toEqual(expected);
      else expect(res.body.details).toEqual((expected as object[]).map((d) => expect.objectContaining(d)));
    });

    it('refuses text holding a lone UTF-16 surrogate (no UTF-8 form) by field, before any other rule', async () => {
      const res = await t
        .http()
        .post('/api/sample')
        .send({ ...valid, email: 'warga\ud800@example.id', address: { street: 'Jl. \udc00Pemuda' } })
        .expect(400);
      expect(res.body.details).toEqual([
        {
          field: 'email',
          code: 'noLoneSurrogate',
          message: 'Kolom «E-mail» berisi karakter yang rusak (surrogate UTF-16 tanpa pasangan).',
        },
        {
          field: 'address.street',
          code: 'noLoneSurrogate',
          message: 'Kolom «address.street» berisi karakter yang rusak (surrogate UTF-16 tanpa pasangan).',
        },
      ]);
      const en = await t
        .http()
        .post('/api/sample')
        .send({ ...valid, note: '\ud83d' })
        .set('Accept-Language', 'en')
        .expect(400);
      expect(en.body.details).toEqual([
        { field: 'note', code: 'noLoneSurrogate', message: 'Field «note» contains a broken character (an unpaired UTF-16 surrogate).' },
      ]);
      await t
        .http()
        .post('/api/sample')
        .send({ ...valid, note: '🌧️' })
        .expect(201);
    });

    it('checks route parameters too', async () => {
      const res = await t.http().get('/api/sample/item/LPR%00').expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'code', code: 'noNulCharacter' })]);
      expect((await t.http().get('/api/sample/item/LPR-2026-000001').expect(200)).body).toEqual({ code: 'LPR-2026-000001' });
    });

    it('refuses a JSON body nested deeper than 32 levels with a 400, before parsing it', async () => {
      // (20,000 levels, beyond this app's 2 KiB body limit, are in input-hardening.spec.ts.)
      for (const levels of [33, 300]) {
        const res = await t.http().post('/api/sample').set('Content-Type', 'application/json').send(nested(levels)).expect(400);
        expect(res.body).toEqual({
          statusCode: 400,
          code: 'json_too_deep',
          message: 'Isi permintaan JSON terlalu bertingkat (paling banyak 32 tingkat).',
        });
      }
      const en = await t.http().post('/api/sample').set('Content-Type', 'application/json').set('Accept-Language', 'en').send(nested(40));
      expect(en.body.message).toBe('The JSON body is nested too deeply (at most 32 levels).');
      // 32 levels are parsed (and then refused as unknown fields, like any other body).
      const deepest = await t.http().post('/api/sample').set('Content-Type', 'application/json').send(nested(32)).expect(400);
      expect(deepest.body.code).toBe('validation_failed');
    });
  });

  describe('errors PostgreSQL raises for what a request sent', () => {
    it.each([
      ['unique', 409, 'already_exists', 'Data yang sama sudah ada.'],
      ['foreignKey', 409, 'conflict', 'Permintaan bertentangan dengan keadaan data saat ini.'],
      ['deadlock', 409, 'try_again', 'Permintaan ini bertabrakan dengan perubahan lain pada saat yang sama. Silakan coba lagi.'],
      ['serialization', 409, 'try_again', 'Permintaan ini bertabrakan dengan perubahan lain pada saat yang sama. Silakan coba lagi.'],
      ['invalidText', 400, 'invalid_value', 'Ada nilai yang tidak dapat diproses (bentuk atau ukurannya tidak sesuai).'],
      ['tooLong', 400, 'invalid_value', 'Ada nilai yang tidak dapat diproses (bentuk atau ukurannya tidak sesuai).'],
      ['outOfRange', 400, 'invalid_value', 'Ada nilai yang tidak dapat diproses (bentuk atau ukurannya tidak sesuai).'],
      ['badDate', 400, 'invalid_value', 'Ada nilai yang tidak dapat diproses (bentuk atau ukurannya tidak sesuai).'],
      ['dateOutOfRange', 400, 'invalid_value', 'Ada nilai yang tidak dapat diproses (bentuk atau ukurannya tidak sesuai).'],
      ['check', 400, 'invalid_value', 'Ada nilai yang tidak dapat diproses (bentuk atau ukurannya tidak sesuai).'],
    ])('answers %s with %i %s', async (which, status, code, message) => {
      const res = await t.http().post(`/api/sample/db/${which}`).expect(status);
      expect(res.body).toEqual({ statusCode: status, code, message });
    });

    it('answers in English too', async () => {
      const res = await t.http().post('/api/sample/db/unique').set('Accept-Language', 'en').expect(409);
      expect(res.body.message).toBe('The same record already exists.');
      const retry = await t.http().post('/api/sample/db/deadlock').set('Accept-Language', 'en').expect(409);
      expect(retry.body.message).toBe('This request collided with another change made at the same time. Please try again.');
    });

    it('keeps any other database error a 500 (a bug, not the client’s doing)', async () => {
      const res = await t.http().post('/api/sample/db/bug').expect(500);
      expect(res.body).toEqual({
        statusCode: 500,
        code: 'internal_error',
        message: 'Terjadi kesalahan pada sistem. Silakan coba lagi nanti.',
      });
    });

    it('logs what it answered with a 4xx at warn, with the SQLSTATE and the query but not the parameters', async () => {
      logLines.length = 0;
      const res = await t.http().post('/api/sample/db/invalidText').expect(400);
      const requestId = res.headers['x-request-id'];
      const warning = logLines.find((l) => l.level === 40 && l.msg === 'The database refused a request');
      expect(warning).toMatchObject({
        requestId,
        err: { type: 'QueryFailedError', code: '22P02', query: 'SELECT $1::uuid, $2::text AS password_hash' },
      });
      await t.http().post('/api/sample/db/bug').expect(500);
      const error = logLines.find((l) => l.level === 50 && l.msg === 'Unhandled error');
      expect(error).toMatchObject({ err: { code: '42P01', query: 'SELECT * FROM no_such_table' } });
      // PostgreSQL's message names the value it refused; the other parameters stay out of the log.
      expect(warning?.err?.['message']).toBe('invalid input syntax for type uuid: "bukan-uuid"');
      expect(JSON.stringify(logLines)).not.toContain('rahasia');
    });
  });
});
