import { APIRequestContext, expect, request as playwrightRequest } from '@playwright/test';

// The embedded mode keeps e-mails in the outbox, where an admin reads them; tests use it to
// follow the links that e-mails carry, as a newcomer following the README would.
const ADMIN = { email: 'admin@demo.walikota.id', password: 'demo-walikota-2026' };

interface OutboxItem {
  toAddress: string;
  template: string;
  textBody: string | null;
  createdAt: string;
}

async function adminSession(baseURL: string | undefined): Promise<APIRequestContext> {
  if (!baseURL) throw new Error('baseURL is not configured');
  const context = await playwrightRequest.newContext({ baseURL });
  const login = await context.post('/api/auth/login', { data: ADMIN });
  expect(login.status()).toBe(200);
  return context;
}

/** The path (with its token) of the newest link of `template` mailed to `to`. */
export async function linkFromOutbox(
  baseURL: string | undefined,
  to: string,
  template: 'verify_email' | 'reset_password',
): Promise<string> {
  const admin = await adminSession(baseURL);
  try {
    const page = await admin.get('/api/admin/outbox?limit=100');
    expect(page.status()).toBe(200);
    const { items } = (await page.json()) as { items: OutboxItem[] };
    const mail = items.find((item) => item.toAddress === to && item.template === template);
    expect(mail, `an e-mail ${template} to ${to}`).toBeTruthy();
    const link = /https?:\/\/[^\s]+\/(verifikasi-email|atur-ulang-sandi)\?token=[\w-]+/.exec(mail?.textBody ?? '')?.[0];
    expect(link).toBeTruthy();
    const url = new URL(link ?? '');
    return `${url.pathname}${url.search}`;
  } finally {
    await admin.dispose();
  }
}
