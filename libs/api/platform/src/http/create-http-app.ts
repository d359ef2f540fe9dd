import { DynamicModule, HttpStatus, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { DomainException } from '../errors/domain.exception';
import { requestIdFor } from '../logging/logging.module';
import { applySecurity } from '../security/security';
import { serveOpenApi } from './openapi';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api';

/** Mounted outside /api: Open311 GeoReport v2 lives at /open311/v2 (libs/api/open311). */
export const UNPREFIXED_PATHS = ['open311/{*path}'];

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
  const adapter = new FastifyAdapter({
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
  if (config.openApiEnabled) serveOpenApi(app);
  await serveWebApp(app, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** Fastify's safe JSON parser, with malformed bodies reported as our `invalid_json` error. */
function useJsonParser(app: NestFastifyApplication, config: AppConfig): void {
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: config.bodyLimitBytes }, (request, body, done) => {
    parse(request, body.toString('utf8'), (error: Error | null, value?: unknown) => {
      if (error) done(new DomainException('invalid_json', HttpStatus.BAD_REQUEST), undefined);
      else done(null, value);
    });
  });
}
