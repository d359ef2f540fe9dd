import { CSP_NONCE_PLACEHOLDER } from '@walikota/shared-contracts';

const MODULE_PRELOAD = /<link rel="modulepreload" href="([\w.-]+\.js)">/g;
const MAIN_SCRIPT = /<script src="([\w.-]+\.js)" type="module"(?: nonce="[^"]*")?><\/script>/;

/**
 * The browser-side part of a page rendered on the server: when the app's scripts start
 * (docs/architecture.md, "Server-side rendering").
 *
 * A public page arrives complete: its text, its links and its search and tracking forms (plain GET
 * forms) work without any script. Starting the app (100 kB of scripts, then hundreds of
 * milliseconds of a cheap phone's CPU) is needed only for what a visitor does beyond reading and
 * following links, so it starts on the first sign of that: a tap or click, a key, the mouse over
 * the page (a desktop, which starts at once in practice) or focus moving into it. A button tapped
 * before the app runs is tapped again once it runs. A visitor who only reads never pays for it.
 *
 * The loader is an inline script with the page's nonce; what it adds comes from this site
 * (`script-src 'self'`). main.ts dispatches `wk:ready` on the document once the app runs.
 * Returns the page unchanged when it has no module script.
 */
export function deferAppScripts(html: string): string {
  const main = MAIN_SCRIPT.exec(html);
  if (!main) return html;
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
  const loader =
    `<script nonce="${CSP_NONCE_PLACEHOLDER}">(function(){` +
    `var files=${JSON.stringify(preloads)},main=${JSON.stringify(main[1])},started=false,tapped=null,` +
    'events=["click","keydown","mouseover","focusin"],d=document;' +
    'function start(){if(started)return;started=true;' +
    'events.forEach(function(t){d.removeEventListener(t,start,true)});' +
    'files.forEach(function(f){var l=d.createElement("link");l.rel="modulepreload";l.href=f;d.head.appendChild(l)});' +
    'var s=d.createElement("script");s.type="module";s.src=main;d.body.appendChild(s)}' +
    'd.addEventListener("click",function(e){var b=e.target instanceof Element?e.target.closest("button:not([type=submit])"):null;if(b)tapped=b},true);' +
    'd.addEventListener("wk:ready",function(){var b=tapped;tapped=null;if(b&&b.isConnected)b.click()});' +
    'events.forEach(function(t){d.addEventListener(t,start,true)})' +
    '})()</script>';
  return html.replace(MODULE_PRELOAD, '').replace(main[0], '').replace('</body>', `${loader}</body>`);
}
