import { RequestMethod } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { prettyLogStream } from './pretty-log';

const SECRET_QUERY = /([?&](?:token|key|code|password|secret|signature)=)[^&]*/gi;

/** Paths never written to the log: credentials in bodies, headers and cookies. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.refreshToken',
  '*.apiKey',
  '*.secret',
];

export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(SECRET_QUERY, '$1[REDACTED]');
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps a well-formed incoming X-Request-Id (from a proxy) or makes a new one. */
export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Structured JSON logs on stdout (or `destination`), readable lines instead with LOG_FORMAT=pretty
 * (the development default); every line written while serving a request carries its id.
 */
export function loggingModule(destination?: DestinationStream) {
  return LoggerModule.forRootAsync({
    inject: [AppConfig],
    useFactory: (config: AppConfig) => {
      const options: Options = {
        level: config.logLevel,
        genReqId: (req: IncomingMessage) => (typeof req.id === 'string' ? req.id : requestIdFor(req)),
        redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
        serializers: {
          req: (req: IncomingMessage) => ({
            id: req.id,
            method: req.method,
            url: redactUrl(req.url),
            userAgent: req.headers?.['user-agent'],
          }),
          res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
        },
        // A 4xx is the client's doing and normal traffic (a fuzzer or a crawler makes thousands):
        // `info` like a 2xx, so that warnings stay about the server.
        customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) => (err || res.statusCode >= 500 ? 'error' : 'info'),
        // Fastify's middleware runner takes the mount path off `req.url` while a middleware runs, so
        // the probes were logged all along; `originalUrl` is the path as requested.
        autoLogging: {
          ignore: (req: IncomingMessage & { originalUrl?: string }) => (req.originalUrl ?? req.url ?? '').startsWith('/api/health'),
        },
      };
      const output = destination ?? (config.logFormat === 'pretty' ? prettyLogStream() : undefined);
      return {
        pinoHttp: output ? [options, output] : options,
        // Named wildcard: nestjs-pino's default `*` made Nest warn "Unsupported route path: /api/*" at start.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
      };
    },
  });
}
