import { Body, Controller, Logger, Module, Post } from '@nestjs/common';
import { TestApp, createTestApp } from '@walikota/api-testing';
import { IsString } from 'class-validator';
import { PassThrough } from 'node:stream';

class LoginDto {
  @IsString() email!: string;
  @IsString() password!: string;
}

@Controller('echo')
class EchoController {
  private readonly logger = new Logger('Echo');

  @Post()
  echo(@Body() body: LoginDto) {
    this.logger.log({ email: body.email }, 'handling echo');
    return { ok: true };
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

describe('HTTP plumbing', () => {
  let t: TestApp;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const destination = new PassThrough();
    destination.on('data', (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .forEach((line) => logLines.push(JSON.parse(line))),
    );
    t = await createTestApp({
      imports: [EchoModule],
      logDestination: destination,
      config: { logLevel: 'info', corsOrigins: ['https://portal.semarangkota.go.id'], openApiEnabled: true },
    });
  });
  afterAll(() => t.close());

  describe('request ids', () => {
    it('gives every response a new X-Request-Id', async () => {
      const a = await t.http().get('/api/health/live').expect(200);
      const b = await t.http().get('/api/health/live').expect(200);
      expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
    });

    it('keeps a well-formed id from the proxy and replaces a malformed one', async () => {
      const kept = await t.http().get('/api/health/live').set('X-Request-Id', 'lb-12345678').expect(200);
      expect(kept.headers['x-request-id']).toBe('lb-12345678');
      const replaced = await t.http().get('/api/health/live').set('X-Request-Id', 'bad id <script>').expect(200);
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('writes the request id on every log line of the request, and never the password', async () => {
      logLines.length = 0;
      const res = await t
        .http()
        .post('/api/echo?token=secret-token-value')
        .set('Authorization', 'Bearer super-secret')
        .set('Cookie', 'session=also-secret')
        .send({ email: 'warga@example.id', password: 'rahasia-sekali-123' })
        .expect(201);
      const id = res.headers['x-request-id'];
      const lines = logLines.filter((l) => JSON.stringify(l).includes(id));
      expect(lines.map((l) => l['msg'])).toEqual(expect.arrayContaining(['handling echo', 'request completed']));
      for (const line of lines) expect((line['req'] as { id: string }).id).toBe(id);
      const all = JSON.stringify(logLines);
      for (const secret of ['rahasia-sekali-123', 'super-secret', 'also-secret', 'secret-token-value']) expect(all).not.toContain(secret);
    });
  });

  describe('security headers', () => {
    it('sends a strict content security policy and the usual hardening headers', async () => {
      const res = await t.http().get('/api/health/live').expect(200);
      const csp = Object.fromEntries(
        String(res.headers['content-security-policy'])
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values.join(' ')]),
      );
      expect(csp).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'object-src': "'none'",
        'frame-ancestors': "'none'",
        'base-uri': "'self'",
        'form-action': "'self'",
      });
      expect(String(res.headers['content-security-policy'])).not.toContain('unsafe');
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'x-frame-options': 'SAMEORIGIN',
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('relaxes the policy only for the API documentation page', async () => {
      const res = await t.http().get('/api/docs').expect(200);
      expect(res.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
      expect(res.text).toContain('swagger');
    });

    it('allows configured origins only (CORS)', async () => {
      const allowed = await t
        .http()
        .options('/api/health/live')
        .set('Origin', 'https://portal.semarangkota.go.id')
        .set('Access-Control-Request-Method', 'GET');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://portal.semarangkota.go.id');
      expect(allowed.headers['access-control-allow-credentials']).toBe('true');
      const other = await t.http().get('/api/health/live').set('Origin', 'https://evil.example');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('OpenAPI', () => {
    it('serves the document with operation ids equal to method names', async () => {
      const res = await t.http().get('/api/docs/openapi.json').expect(200);
      expect(res.body.paths['/api/health/ready'].get.operationId).toBe('ready');
      expect(res.body.paths['/api/echo'].post.operationId).toBe('echo');
    });
  });
});

describe('OpenAPI disabled', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { openApiEnabled: false } });
  });
  afterAll(() => t.close());

  it('does not serve the documentation', async () => {
    await t.http().get('/api/docs').expect(404);
    await t.http().get('/api/docs/openapi.json').expect(404);
  });
});
