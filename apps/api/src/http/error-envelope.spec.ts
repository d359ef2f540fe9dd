import { Body, Controller, Get, HttpStatus, Module, Post, Query } from '@nestjs/common';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DomainException, FieldDomainException, NotFoundDomainException, RateLimitedException, registerMessages } from '@walikota/api-platform';

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
}

@Module({ controllers: [SampleController] })
class SampleModule {}

const valid = { email: 'warga@example.id', password: 'kata-sandi-panjang', rating: 4, privacy: 'public' };

describe('error envelope', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [SampleModule], config: { bodyLimitBytes: 2048 } });
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
});
