import { APIRequestContext, Page, request as playwrightRequest } from '@playwright/test';
import { expect, expectNoAxeViolations, waitForApp } from './fixtures';
import { linkFromOutbox } from './outbox';

// The people of the browser tests: the demo accounts (seeded on the e2e server's fresh database),
// new verified citizens, and an API session for what a test prepares without the browser.
export const PASSWORD = 'demo-walikota-2026';
export const CITIZEN = 'warga@demo.walikota.id';
export const MODERATOR = 'moderator@demo.walikota.id';
/** An official of the DPU department. */
export const OFFICIAL = 'dpu@demo.walikota.id';
export const ADMIN = 'admin@demo.walikota.id';
export const PHONE = { width: 360, height: 800 };
export const DESKTOP = { width: 1280, height: 900 };

/** A signed-in API client (cookies and the CSRF header), for what a test sets up or checks. */
export class ApiSession {
  private constructor(private readonly context: APIRequestContext) {}

  static async signIn(baseURL: string | undefined, email: string): Promise<ApiSession> {
    const context = await playwrightRequest.newContext({ baseURL });
    const login = await context.post('/api/auth/login', { data: { email, password: PASSWORD } });
    expect(login.status(), `sign-in of ${email}`).toBe(200);
    return new ApiSession(context);
  }

  async get<T>(url: string): Promise<T> {
    const response = await this.context.get(url);
    expect(response.status(), `GET ${url}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  }

  async post(url: string, data: unknown) {
    return this.context.post(url, { data, headers: await this.csrf() });
  }

  /** POSTs and expects a 2xx answer, returning its body. */
  async send<T>(url: string, data: unknown): Promise<T> {
    const response = await this.post(url, data);
    expect(response.status(), `POST ${url}: ${await response.text()}`).toBeLessThan(300);
    const text = await response.text();
    return (text ? JSON.parse(text) : null) as T;
  }

  dispose(): Promise<void> {
    return this.context.dispose();
  }

  private async csrf(): Promise<Record<string, string>> {
    const { cookies } = await this.context.storageState();
    return { 'x-xsrf-token': cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' };
  }
}

let citizens = 0;

/** A new verified citizen named `name` (registered, e-mail verified through the outbox link); returns the e-mail address. */
export async function newCitizen(baseURL: string | undefined, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now().toString(36)}${++citizens}@contoh.id`;
  const visitor = await playwrightRequest.newContext({ baseURL });
  expect((await visitor.post('/api/auth/register', { data: { name, email, password: PASSWORD } })).status()).toBe(202);
  const token = new URL(await linkFromOutbox(baseURL, email, 'verify_email'), 'http://x').searchParams.get('token');
  expect((await visitor.post('/api/auth/verify-email', { data: { token } })).status()).toBe(204);
  await visitor.dispose();
  return email;
}

/** Signs in through the sign-in page and lands on `returnTo`. */
export async function signIn(page: Page, email: string, returnTo: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`/masuk?kembali=${encodeURIComponent(returnTo)}`);
  // A page of a context the test made itself is not the fixture's: wait for the app here.
  await waitForApp(page);
  await page.getByLabel('E-mail').fill(email);
  await page.locator('#field-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(returnTo);
}

/** axe at 360 px and at 1280 px, with nothing scrolling sideways on the phone. */
export async function checkBothWidths(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ url: page.url(), overflow }).toEqual({ url: page.url(), overflow: 0 });
  await expectNoAxeViolations(page);
  await page.setViewportSize(DESKTOP);
  await expectNoAxeViolations(page);
}

/** The reader's language, as the language switch sets it (cookie for the server, storage for the app). */
export async function useLanguage(page: Page, language: 'id' | 'en', baseURL: string | undefined): Promise<void> {
  await page.context().addCookies([{ name: 'wk_lang', value: language, url: baseURL ?? '' }]);
  await page.goto('/');
  await page.evaluate((lang) => localStorage.setItem('walikota.language', lang), language);
}
