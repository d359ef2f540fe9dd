import { Body, CanActivate, Controller, ExecutionContext, Get, Logger, Module, Post, Res, UseGuards } from '@nestjs/common';
import { TestApp, collectLogLines, createTestApp } from '@walikota/api-testing';
import { IsString } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';

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

/** Signs the caller in as the identity module's guard would, when the test says so. */
class TestSignIn implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.headers['x-test-user']) request.user = { id: 'u-1', roles: ['citizen'], departmentIds: [], language: 'id', via: 'session' };
    return true;
  }
}

@Controller('cache')
@UseGuards(TestSignIn)
class CacheController {
  @Get('list')
  list() {
    return { items: [] };
  }

  @Get('cookie')
  cookie(@Res({ passthrough: true }) reply: FastifyReply) {
    void reply.setCookie('XSRF-TOKEN', 'abc', { path: '/' });
    return { ok: true };
  }

  @Get('own')
  own(@Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('Cache-Control', 'private, max-age=3600');
    return { ok: true };
  }

  @Get('boom')
  boom() {
    throw new Error('boom');
  }
}

@Module({ controllers: [EchoController, CacheController] })
class EchoModule {}

describe('HTTP plumbing', () => {
  let t: TestApp;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      imports: [EchoModule],
      logDestination: collectLogLines(logLines),
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

  describe('request log levels', () => {
    /** The level of the request's own line ("request completed" / "request errored"). */
    async function requestLevel(send: () => Promise<{ headers: Record<string, string> }>): Promise<unknown> {
      logLines.length = 0;
      const id = (await send()).headers['x-request-id'];
      return logLines.find((l) => (l['req'] as { id?: string } | undefined)?.id === id && l['res'] !== undefined)?.['level'];
    }

    it('logs a client error (4xx) at info like a success, and a server error (5xx) at error', async () => {
      expect(await requestLevel(() => t.http().get('/api/cache/list').expect(200))).toBe(30);
      expect(await requestLevel(() => t.http().post('/api/echo').send({ email: 1 }).expect(400))).toBe(30);
      expect(await requestLevel(() => t.http().get('/api/does-not-exist').expect(404))).toBe(30);
      expect(await requestLevel(() => t.http().post('/api/echo').set('Content-Type', 'application/json').send('{').expect(400))).toBe(30);
      expect(await requestLevel(() => t.http().get('/api/cache/boom').expect(500))).toBe(50);
      expect(logLines.filter((l) => l['level'] === 40)).toEqual([]);
    });

    it('does not log health probes (a load balancer asks every few seconds)', async () => {
      expect(await requestLevel(() => t.http().get('/api/health/live').expect(200))).toBeUndefined();
      expect(await requestLevel(() => t.http().get('/api/health/ready').expect(200))).toBeUndefined();
    });
  });

  describe('caching of personal responses', () => {
    it('forbids storing any response to a signed-in caller', async () => {
      const res = await t.http().get('/api/cache/list').set('X-Test-User', '1').expect(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
      const error = await t.http().get('/api/cache/boom').set('X-Test-User', '1').expect(500);
      expect(error.headers['cache-control']).toBe('private, no-store');
    });

    it('forbids storing a response that sets a cookie, signed in or not', async () => {
      const res = await t.http().get('/api/cache/cookie').expect(200);
      expect(res.headers['set-cookie']).toEqual([expect.stringContaining('XSRF-TOKEN=abc')]);
      expect(res.headers['cache-control']).toBe('private, no-store');
    });

    it('leaves a visitor’s public response alone, and a route’s own header as it is', async () => {
      const visitor = await t.http().get('/api/cache/list').expect(200);
      expect(visitor.headers['cache-control']).toBeUndefined();
      const own = await t.http().get('/api/cache/own').set('X-Test-User', '1').expect(200);
      expect(own.headers['cache-control']).toBe('private, max-age=3600');
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
