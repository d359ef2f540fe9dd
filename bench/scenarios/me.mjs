// An authenticated read: the session cookie is verified and the caller's roles and
// departments are loaded fresh on every request (one query), then the profile is read.
export default {
  description: 'GET /api/me as the demo citizen (cookie session)',
  async setup({ fetch }) {
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'warga@demo.walikota.id', password: 'demo-walikota-2026' }),
    });
    if (res.status !== 200) throw new Error(`demo sign-in failed: ${res.status}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return [{ method: 'GET', path: '/api/me', headers: { cookie } }];
  },
};
