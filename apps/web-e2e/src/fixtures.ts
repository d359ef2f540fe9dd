import { Page, expect, test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page (evaluated through DevTools, so the strict CSP still holds). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Waits until the app has taken over the page (`<html data-app="ready">`, set in main.ts). A
 * public page arrives rendered by the server and its app starts when the visitor first acts on it
 * (the mouse over the page, here): before that its text and links work, its buttons wait.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.mouse.move(4, 4);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}

/** Fails a test on any console error (a CSP violation, a failed request, an exception). */
export const test = base.extend<{ consoleErrors: string[] }>({
  // page.goto and page.reload return once the app runs, as a user would wait for it to respond.
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args: Parameters<Page['goto']>) => {
        const response = await goto(...args);
        await waitForApp(page);
        return response;
      };
      page.reload = async (...args: Parameters<Page['reload']>) => {
        const response = await reload(...args);
        await waitForApp(page);
        return response;
      };
    }
    await use(page);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // The browser logs every 4xx answer; an API refusal the page shows to the user (a wrong
      // password, a field the API rejects) is expected behaviour, not an error of the app.
      const path = new URL(message.location().url || 'http://x/').pathname;
      const expectedRefusal = /status of 4\d\d/.test(message.text()) && path.startsWith('/api/');
      // A page rendered on the server for an address that names nothing answers 404 (for search
      // engines); the browser logs that, though the page shown is the app's own not-found page.
      const notFoundPage = /status of 404/.test(message.text()) && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path);
      if (!expectedRefusal && !notFoundPage) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors).toEqual([]);
  },
});

export { expect };
