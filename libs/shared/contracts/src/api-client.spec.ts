import { ApiRequest, createApiClient } from './api.generated';

describe(createApiClient.name, () => {
  function recording() {
    const requests: ApiRequest[] = [];
    const client = createApiClient(<T>(request: ApiRequest) => {
      requests.push(request);
      return Promise.resolve(undefined as T);
    });
    return { client, requests };
  }

  it('builds each operation’s method, path (encoded), query and body', async () => {
    const { client, requests } = recording();
    await client.getProfile();
    await client.markNotificationRead('a/b c');
    await client.listCategories({ module: 'report' });
    await client.setUserRoles('00000000-0000-4000-8000-000000000001', { roles: ['official'] });
    expect(requests).toEqual([
      { method: 'GET', url: '/api/me' },
      { method: 'POST', url: '/api/notifications/a%2Fb%20c/read' },
      { method: 'GET', url: '/api/categories', query: { module: 'report' } },
      { method: 'PUT', url: '/api/admin/users/00000000-0000-4000-8000-000000000001/roles', body: { roles: ['official'] } },
    ]);
  });
});
