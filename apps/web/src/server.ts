import { AngularAppEngine } from '@angular/ssr';
import type { ServerRenderContext } from '@walikota/shared-contracts';

/**
 * The server bundle's entry (dist/apps/web/server/server.mjs): the API loads it and renders public
 * pages with it in its own process (libs/api/platform/src/http/web-app.ts). `allowedHosts` are the
 * hosts the API builds page requests for (its public address); Angular refuses any other.
 */
export function createPageRenderer(allowedHosts: readonly string[]) {
  const engine = new AngularAppEngine({ allowedHosts: [...allowedHosts] });
  return (request: Request, context: ServerRenderContext): Promise<Response | null> => engine.handle(request, context);
}
