import { AuditModule } from '@walikota/api-audit';
import { IdentityModule } from '@walikota/api-identity';
import { NotificationsModule } from '@walikota/api-notifications';
import { Open311Module } from '@walikota/api-open311';
import { ReferenceModule } from '@walikota/api-reference';
import { ReportsModule } from '@walikota/api-reports';
import { UploadsModule } from '@walikota/api-uploads';
import { collectLogLines, createTestApp } from '@walikota/api-testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Its own file: nestjs-pino writes what is logged outside a request (start-up included) with the
// first logger created in the process, so an earlier app of the same file would receive it.

describe('start-up', () => {
  it('writes no warning while the whole application starts (no "Unsupported route path")', async () => {
    const lines: Record<string, unknown>[] = [];
    const dist = mkdtempSync(path.join(tmpdir(), 'walikota-web-'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="id"><body><app-root></app-root></body></html>');
    const t = await createTestApp({
      imports: [ReferenceModule, AuditModule, NotificationsModule, IdentityModule, UploadsModule, ReportsModule, Open311Module],
      logDestination: collectLogLines(lines),
      config: { logLevel: 'info', webDistDir: dist },
    });
    try {
      // Open311's catch-all (`@All('*')`, the route behind "/open311/v2/*") still answers in its format.
      expect((await t.http().get('/open311/v2/tidak-ada').expect(404)).body).toEqual([{ code: 404, description: expect.any(String) }]);
    } finally {
      await t.close();
      rmSync(dist, { recursive: true, force: true });
    }
    // The stream hands lines on asynchronously.
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.some((l) => l['context'] === 'RouterExplorer')).toBe(true);
    expect(lines.filter((l) => Number(l['level']) >= 40).map((l) => l['msg'])).toEqual([]);
  });
});
