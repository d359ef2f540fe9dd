/**
 * The worker thread that renders pages with Angular's server bundle (docs/architecture.md,
 * "Server-side rendering"). A thread of its own because the bundle replaces global DOM classes
 * (`Event`, `Node`, …) with its own, which the API's libraries must never see, and because
 * rendering is CPU work that should not hold up the API's event loop.
 *
 * Messages: the API sends `render`; the worker asks `api` for each of the page's API calls and
 * gets `api-result` back; it answers `rendered` (html, or null: render in the browser) or `failed`.
 */
import type { ServerApiResponse, ServerRenderContext } from '@walikota/shared-contracts';
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

export interface RenderWorkerData {
  /** dist/apps/web/server/server.mjs */
  entry: string;
  /** The public origin pages are rendered for. */
  origin: string;
  timeoutMs: number;
}

export type ToWorker =
  | { type: 'render'; id: number; url: string; language: 'id' | 'en' }
  | { type: 'api-result'; id: number; response?: ServerApiResponse; error?: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'api'; id: number; renderId: number; path: string; headers: Record<string, string> }
  | { type: 'rendered'; id: number; status: number; location: string | null; html: string | null }
  | { type: 'failed'; id: number; reason: string };

interface ServerBundle {
  createPageRenderer(allowedHosts: readonly string[]): (request: Request, context: ServerRenderContext) => Promise<Response | null>;
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('render-worker.ts runs as a worker thread');
  const { entry, origin, timeoutMs } = workerData as RenderWorkerData;
  const bundle = (await import(pathToFileURL(entry).href)) as ServerBundle;
  const render = bundle.createPageRenderer([new URL(origin).hostname]);
  const calls = new Map<number, { resolve: (response: ServerApiResponse) => void; reject: (error: Error) => void }>();
  let nextCall = 0;
  const send = (message: FromWorker) => port.postMessage(message);

  const renderPage = async (id: number, url: string, language: 'id' | 'en'): Promise<void> => {
    const context: ServerRenderContext = {
      language,
      publicUrl: origin,
      api: (path, headers) =>
        new Promise<ServerApiResponse>((resolve, reject) => {
          const callId = ++nextCall;
          calls.set(callId, { resolve, reject });
          send({ type: 'api', id: callId, renderId: id, path, headers });
        }),
    };
    try {
      const request = new Request(`${origin}${url}`, {
        headers: { accept: 'text/html', 'accept-language': language },
        signal: AbortSignal.timeout(timeoutMs),
      });
      const response = await render(request, context);
      send({
        type: 'rendered',
        id,
        status: response?.status ?? 200,
        location: response?.headers.get('location') ?? null,
        html: response ? await response.text() : null,
      });
    } catch (error) {
      send({ type: 'failed', id, reason: error instanceof Error ? error.message : String(error) });
    }
  };

  port.on('message', (message: ToWorker) => {
    if (message.type === 'render') {
      void renderPage(message.id, message.url, message.language);
    } else {
      const call = calls.get(message.id);
      calls.delete(message.id);
      if (!call) return;
      if (message.response) call.resolve(message.response);
      else call.reject(new Error(message.error ?? 'the API call failed'));
    }
  });
  send({ type: 'ready' });
}

void main();
