// An authenticated read: the session cookie is verified, the caller's roles, departments and
// status come from the principal cache (read once, dropped on every change by broadcast), then the
// profile is read (one query). The baseline verifies the same token and runs both queries each time.
// Production has no demo accounts: run.mjs creates this scenario's account (`account: true`).
export default {
  description: 'GET /api/me as a signed-in account (cookie session)',
  baseline: 'me',
  account: true,
  async setup({ fetch, account }) {
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return [{ method: 'GET', path: '/api/me', headers: { cookie } }];
  },
};
