// An authenticated read: the session cookie is verified and the caller's roles and
// departments are loaded fresh on every request (one query), then the profile is read.
// Production has no demo accounts: run.mjs creates this scenario's account (`account: true`).
export default {
  description: 'GET /api/me as a signed-in account (cookie session)',
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
