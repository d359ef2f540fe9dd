import { TestBed } from '@angular/core/testing';
import type { ReportEventDto } from '@walikota/shared-contracts';
import { I18n } from '@walikota/web-i18n';
import { REPORT_LABEL_MESSAGES } from '@walikota/web-reports-data';
import { REPORTS_MESSAGES } from '../reports.messages';
import { timelineItems } from './report-timeline';

const event = (change: Partial<ReportEventDto>): ReportEventDto => ({
  id: 'e1',
  occurredAt: '2026-11-22T03:00:00Z',
  actorRole: 'citizen',
  kind: 'filed',
  departmentId: null,
  fromStatus: null,
  toStatus: 'submitted',
  note: null,
  public: true,
  data: {},
  ...change,
});

describe(timelineItems.name, () => {
  let i18n: I18n;
  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18n);
    i18n.register(REPORT_LABEL_MESSAGES, REPORTS_MESSAGES);
  });

  it('says what happened, when and by which role, in Indonesian', () => {
    const items = timelineItems(
      [
        event({}),
        event({ id: 'e2', kind: 'dispatch', actorRole: 'moderator', fromStatus: 'verified', toStatus: 'dispatched' }),
        event({
          id: 'e3',
          kind: 'resolve',
          actorRole: 'official',
          fromStatus: 'in_progress',
          toStatus: 'resolved',
          note: 'Lampu diganti.',
        }),
        event({ id: 'e4', kind: 'rate', fromStatus: 'resolved', toStatus: 'resolved', data: { rating: 4 }, note: 'Cepat.' }),
      ],
      i18n,
      () => '22 Nov 2026',
    );
    expect(items.map(({ heading, meta, body, tone }) => ({ heading, meta, body, tone }))).toEqual([
      { heading: 'Laporan diterima', meta: '22 Nov 2026 · Warga', body: undefined, tone: 'neutral' },
      { heading: 'Diteruskan ke perangkat daerah', meta: '22 Nov 2026 · Moderator', body: undefined, tone: 'info' },
      { heading: 'Selesai ditangani', meta: '22 Nov 2026 · Petugas OPD', body: 'Lampu diganti.', tone: 'success' },
      { heading: 'Pelapor memberi penilaian', meta: '22 Nov 2026 · Warga', body: '4 — Baik · Cepat.', tone: 'neutral' },
    ]);
  });

  it('names a rejection’s reason, the system’s auto-close and a merge, and falls back to the status for unknown kinds', () => {
    const [rejected, closed, merged, other] = timelineItems(
      [
        event({ kind: 'reject', actorRole: 'moderator', toStatus: 'rejected', data: { reasonCode: 'spam' }, note: 'Iklan.' }),
        event({ id: 'e2', kind: 'auto_close', actorRole: 'system', fromStatus: 'resolved', toStatus: 'closed' }),
        event({ id: 'e3', kind: 'merged', actorRole: 'moderator', fromStatus: null, toStatus: null, data: { from: 'LPR-2026-000007' } }),
        event({ id: 'e4', kind: 'escalated', actorRole: 'admin', fromStatus: 'verified', toStatus: 'dispatched' }),
      ],
      i18n,
      (iso) => iso,
    );
    expect(rejected.body).toBe('Alasan: Spam · Iklan.');
    expect(closed.heading).toBe('Ditutup otomatis: tidak ada tanggapan pelapor dalam 10 hari kerja');
    expect(closed.meta).toContain('Sistem');
    expect(merged).toMatchObject({
      heading: 'Laporan serupa digabungkan ke laporan ini',
      body: 'Laporan LPR-2026-000007 beserta dukungannya kini dihitung di sini.',
    });
    expect(other.heading).toBe('Status: Diteruskan ke OPD');
  });

  it('names the department a report went to and the department its officer speaks for, once the names are known', async () => {
    const events = [
      event({ kind: 'dispatch', actorRole: 'moderator', departmentId: 'dpu', fromStatus: 'verified', toStatus: 'dispatched' }),
      event({ id: 'e2', kind: 'start', actorRole: 'official', departmentId: 'dpu', fromStatus: 'dispatched', toStatus: 'in_progress' }),
    ];
    const names = (id: string) => (id === 'dpu' ? 'Dinas Pekerjaan Umum (DPU)' : '');
    const [dispatched, started] = timelineItems(events, i18n, () => '22 Nov 2026', names);
    expect(dispatched.heading).toBe('Diteruskan ke Dinas Pekerjaan Umum (DPU)');
    expect(dispatched.meta).toBe('22 Nov 2026 · Moderator');
    expect(started.meta).toBe('22 Nov 2026 · Petugas Dinas Pekerjaan Umum (DPU)');

    // Before the names have loaded (or for a department that no longer exists): the general words.
    const [plain, officer] = timelineItems(events, i18n, () => '22 Nov 2026');
    expect(plain.heading).toBe('Diteruskan ke perangkat daerah');
    expect(officer.meta).toBe('22 Nov 2026 · Petugas OPD');

    await i18n.use('en');
    expect(timelineItems(events, i18n, () => '22 Nov 2026', names).map((item) => [item.heading, item.meta])).toEqual([
      ['Sent to Dinas Pekerjaan Umum (DPU)', '22 Nov 2026 · Moderator'],
      ['Handling started', '22 Nov 2026 · Officer of Dinas Pekerjaan Umum (DPU)'],
    ]);
  });
});
