import { DynamicModule, HttpStatus, RequestMethod, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { DomainException } from '../errors/domain.exception';
import { requestIdFor } from '../logging/logging.module';
import { applySecurity } from '../security/security';
import { preventCachingOfPersonalResponses } from './cache-control';
import { MAX_JSON_DEPTH, jsonNestingExceeds } from './json-depth';
import { serveOpenApi } from './openapi';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api';

/**
 * Mounted outside /api: Open311 GeoReport v2 at /open311/v2 (libs/api/open311); the sitemap,
 * robots.txt and the link-preview card where crawlers look for them (libs/api/discovery).
 */
export const UNPREFIXED_PATHS = ['open311/{*path}', 'sitemap.xml', 'sitemap-{*path}', 'robots.txt', 'og/{*path}'];

type MiddlewareFactory = Awaited<ReturnType<FastifyAdapter['createMiddlewareFactory']>>;

/**
 * Fastify's router takes a trailing `*` as its wildcard (`@All('*')`, the only form it has), but
 * middleware (nestjs-pino's request logger) is mounted through path-to-regexp 8, which wants a
 * named wildcard: Nest then converted every such path with a "Unsupported route path" warning
 * at each start, for paths no one wrote as a middleware route ("/open311/v2/*" is a controller
 * route outside /api that the logger is mounted on). This names the wildcard as Nest would.
 */
class PortalFastifyAdapter extends FastifyAdapter {
  override async createMiddlewareFactory(requestMethod: RequestMethod): Promise<MiddlewareFactory> {
    const mount = await super.createMiddlewareFactory(requestMethod);
    return (path, callback) => mount(path.replace(/\/\*(\$?)$/, '/{*path}$1'), callback);
  }
}

export interface HttpAppOptions {
  /** Modules mounted outside /api (default: UNPREFIXED_PATHS). */
  unprefixedPaths?: string[];
}

/**
 * Builds the Fastify-based Nest application with every cross-cutting concern applied, without
 * listening: `main.ts`, the test harness and the benchmarks share it.
 */
export async function createHttpApp(
  rootModule: Type<unknown> | DynamicModule,
  config: AppConfig,
  options: HttpAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new PortalFastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (req: IncomingMessage) => {
      // Shared with pino-http (which reads req.id) so log lines and the header agree.
      const id = typeof req.id === 'string' ? req.id : requestIdFor(req);
      req.id = id;
      return id;
    },
    logger: false,
  });
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });

  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, { bufferLogs: true, abortOnError: false });
  useJsonParser(app, config);
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.setGlobalPrefix(API_PREFIX, { exclude: options.unprefixedPaths ?? UNPREFIXED_PATHS });
  await applySecurity(app, config);
  preventCachingOfPersonalResponses(app.getHttpAdapter().getInstance());
  if (config.openApiEnabled) serveOpenApi(app);
  await serveWebApp(app, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/**
 * Fastify's safe JSON parser, with malformed bodies reported as our `invalid_json` error and
 * bodies nested deeper than MAX_JSON_DEPTH refused before they are parsed (`json_too_deep`).
 */
function useJsonParser(app: NestFastifyApplication, config: AppConfig): void {
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: config.bodyLimitBytes }, (request, body, done) => {
    const text = body.toString('utf8');
    if (jsonNestingExceeds(text, MAX_JSON_DEPTH)) {
      done(new DomainException('json_too_deep', HttpStatus.BAD_REQUEST, { max: MAX_JSON_DEPTH }), undefined);
      return;
    }
    parse(request, text, (error: Error | null, value?: unknown) => {
      if (error) done(new DomainException('invalid_json', HttpStatus.BAD_REQUEST), undefined);
      else done(null, value);
    });
  });
}
