import '@fastify/cookie';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CSP_NONCE_PLACEHOLDER, LANGUAGE_COOKIE, type ServerApiResponse } from '@walikota/shared-contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { MicroCache } from '../cache/micro-cache';
import { AppConfig } from '../config/app-config';
import type { FromWorker, RenderWorkerData, ToWorker } from './render-worker';

/** A page as the server rendered it, its nonces still placeholders (see withNonce). */
export interface RenderedPage {
  status: number;
  /** Where a redirect goes (the page navigated on its own, e.g. `/lacak?code=…` to `/lacak/LPR-…`). */
  location: string | null;
  html: string;
}

/** Renders a public page for a visitor; null when the browser should render it instead. */
export interface PageRenderer {
  render(request: FastifyRequest): Promise<RenderedPage | null>;
}

/** Pages rendered at the same time by one API process; more are rendered in the browser. */
const MAX_RENDERS_IN_FLIGHT = 8;

/** Of the API's answer, these headers matter to the page (Angular's transfer cache reads cache-control). */
const PASSED_HEADERS = ['content-type', 'cache-control'];

/**
 * Renders public pages with Angular's server bundle, built next to the browser build
 * (docs/architecture.md, "Server-side rendering"). Null when rendering on the server is off, there
 * is no server build, or it does not start: every page is then rendered in the browser.
 *
 * The rendering runs in a worker thread (render-worker.ts). The page's calls to `/api/…` come back
 * to this thread and are answered through Fastify's `inject` (no socket), as the visitor: the same
 * address for the rate limits and no cookies, so a rendered page never holds anything personal and
 * may be reused for the next visitor for `renderedPageCacheMs`. An API call that fails with a server
 * error, a render that throws, takes longer than `serverRenderTimeoutMs` or ends on a navigation
 * error: the visitor gets the page the browser renders, never an error page.
 */
export async function loadPageRenderer(
  app: NestFastifyApplication,
  config: AppConfig,
  /** What the served page needs beyond Angular's HTML (web-app.ts), done once per render, not per response. */
  finish: (html: string) => string = (html) => html,
): Promise<PageRenderer | null> {
  const entry = path.resolve(config.webDistDir, '../server/server.mjs');
  // The worker is the compiled render-worker.js beside this file: absent when running from sources (jest).
  const workerFile = path.join(__dirname, 'render-worker.js');
  if (!config.serverRendering || !existsSync(entry) || !existsSync(workerFile)) return null;
  const fastify = app.getHttpAdapter().getInstance();
  const thread = new RenderThread(
    workerFile,
    { entry, origin: new URL(config.publicUrl).origin, timeoutMs: config.serverRenderTimeoutMs },
    fastify,
  );
  try {
    await thread.start();
  } catch (error) {
    fastify.log.warn({ error: String(error) }, 'the server renderer did not start; every page is rendered in the browser');
    return null;
  }
  fastify.addHook('onClose', () => thread.stop());
  // The first render of a page costs several times the next (the bundle's code is compiled on
  // first use): the home page is rendered once as soon as the server listens, for nobody.
  fastify.addHook('onListen', async () => {
    const warmUp = { url: '/', ip: '127.0.0.1', headers: {}, log: fastify.log } as unknown as FastifyRequest;
    void thread.render(warmUp, 'id').catch(() => undefined);
  });
  const pages = new MicroCache<RenderedPage | null>(config.renderedPageCacheMs, 200);

  return {
    async render(request) {
      const language = request.cookies?.[LANGUAGE_COOKIE] === 'en' ? 'en' : 'id';
      try {
        return await pages.get(`${language} ${request.url}`, async () => {
          const page = await thread.render(request, language);
          return page && { ...page, html: finish(page.html) };
        });
      } catch (error) {
        request.log.warn({ url: request.url, reason: String(error) }, 'server rendering failed; sending the page the browser renders');
        return null;
      }
    },
  };
}

interface PendingRender {
  request: FastifyRequest;
  /** The first API call of the page that failed with a server error, if any. */
  failed: string | null;
  resolve(page: RenderedPage | null): void;
  reject(error: Error): void;
}

/** One worker thread, started again if it dies; each render answered once, or timed out. */
class RenderThread {
  private worker: Worker | null = null;
  private starting: Promise<void> | null = null;
  private readonly renders = new Map<number, PendingRender>();
  private nextId = 0;
  private stopped = false;

  constructor(
    private readonly file: string,
    private readonly data: RenderWorkerData,
    private readonly fastify: FastifyInstance,
  ) {}

  start(): Promise<void> {
    this.starting ??= new Promise<void>((resolve, reject) => {
      const worker = new Worker(this.file, { workerData: this.data });
      worker.unref();
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          this.worker = worker;
          resolve();
        } else {
          this.handle(worker, message);
        }
      });
      worker.once('error', (error) => {
        reject(error);
        this.fastify.log.error({ error: String(error) }, 'the server renderer failed');
      });
      worker.once('exit', () => {
        this.worker = null;
        this.starting = null;
        reject(new Error('the render worker exited before it was ready'));
        for (const [id, render] of this.renders) {
          this.renders.delete(id);
          render.reject(new Error('the render worker exited'));
        }
      });
    });
    return this.starting;
  }

  async render(request: FastifyRequest, language: 'id' | 'en'): Promise<RenderedPage | null> {
    // Rendering is CPU work: past a few pages at once, the browser renders the rest (a crowd of
    // distinct addresses cannot pile up work in the worker).
    if (this.stopped || this.renders.size >= MAX_RENDERS_IN_FLIGHT) return null;
    await this.start();
    const worker = this.worker;
    if (!worker) return null;
    const id = ++this.nextId;
    return new Promise<RenderedPage | null>((resolve, reject) => {
      // The worker gives up at the same time limit; this is for a worker that no longer answers.
      const timer = setTimeout(() => {
        this.renders.delete(id);
        reject(new Error(`no answer within ${this.data.timeoutMs} ms`));
      }, this.data.timeoutMs + 1000);
      const settle =
        <T>(done: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer);
          this.renders.delete(id);
          done(value);
        };
      this.renders.set(id, { request, failed: null, resolve: settle(resolve), reject: settle(reject) });
      worker.postMessage({ type: 'render', id, url: request.url, language } satisfies ToWorker);
    });
  }

  stop(): Promise<number> | undefined {
    this.stopped = true;
    return this.worker?.terminate();
  }

  private handle(worker: Worker, message: Exclude<FromWorker, { type: 'ready' }>): void {
    if (message.type === 'api') {
      const render = this.renders.get(message.renderId);
      if (!render)
        return void worker.postMessage({ type: 'api-result', id: message.id, error: 'the page is no longer awaited' } satisfies ToWorker);
      this.answer(render, message.path, message.headers).then(
        (response) => worker.postMessage({ type: 'api-result', id: message.id, response } satisfies ToWorker),
        (error: unknown) => worker.postMessage({ type: 'api-result', id: message.id, error: String(error) } satisfies ToWorker),
      );
      return;
    }
    const render = this.renders.get(message.id);
    if (!render) return;
    if (message.type === 'failed') render.reject(new Error(message.reason));
    else if (render.failed) render.reject(new Error(render.failed));
    else render.resolve(message.html === null ? null : { status: message.status, location: message.location, html: message.html });
  }

  /** One of the page's API calls, answered in this process as the visitor would be. */
  private async answer(render: PendingRender, apiPath: string, headers: Record<string, string>): Promise<ServerApiResponse> {
    if (!apiPath.startsWith('/api/')) throw new Error(`not an API path: ${apiPath}`);
    const response = await this.fastify.inject({
      method: 'GET',
      url: apiPath,
      headers: { ...headers, 'user-agent': render.request.headers['user-agent'] ?? '' },
      remoteAddress: render.request.ip,
    });
    // A server error, or the visitor's rate limit: the page would show a failure, and might be
    // reused for the next visitors; the browser renders it instead.
    if (response.statusCode >= 500 || response.statusCode === 429) render.failed ??= `GET ${apiPath} answered ${response.statusCode}`;
    const passed: Record<string, string> = {};
    for (const name of PASSED_HEADERS) {
      const value = response.headers[name];
      if (typeof value === 'string') passed[name] = value;
    }
    return { status: response.statusCode, headers: passed, body: response.body };
  }
}

/** Puts this response's nonce where the page has the placeholder: nonce and ngCspNonce attributes only. */
export function withNonce(html: string, nonce: string): string {
  return html.replace(new RegExp(`(\\s(?:nonce|ngCspNonce|ngcspnonce)=")${CSP_NONCE_PLACEHOLDER}(")`, 'g'), `$1${nonce}$2`);
}
