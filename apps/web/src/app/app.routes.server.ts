import { RenderMode, ServerRoute } from '@angular/ssr';

/**
 * Which pages the server renders (docs/architecture.md, "Server-side rendering"): every public
 * page, so that a visitor on a slow phone reads it before the JavaScript arrives and a shared
 * link has its preview. The staff area and the account pages are personal: the browser renders
 * them, as it does every page for a signed-in user (the API decides that per request).
 */
export const serverRoutes: ServerRoute[] = [
  { path: 'admin', renderMode: RenderMode.Client },
  { path: 'admin/**', renderMode: RenderMode.Client },
  { path: 'aspirasi/baru', renderMode: RenderMode.Client },
  { path: 'aspirasi/saya', renderMode: RenderMode.Client },
  { path: 'petisi/baru', renderMode: RenderMode.Client },
  { path: 'petisi/saya', renderMode: RenderMode.Client },
  { path: 'petisi/dukung/**', renderMode: RenderMode.Client },
  { path: 'petisi/*/ubah', renderMode: RenderMode.Client },
  { path: 'forum/baru', renderMode: RenderMode.Client },
  { path: 'forum/moderasi-saya', renderMode: RenderMode.Client },
  { path: '**', renderMode: RenderMode.Server },
];
