import type { ReportEventDto } from '@walikota/shared-contracts';
import { REPORT_LABEL_MESSAGES } from '@walikota/web-reports-data';
import { REPORTS_ADMIN_MESSAGES } from './reports-admin.messages';
import { TimelineText, timelineItems } from './report-timeline';

const messages: Record<string, string> = { ...REPORT_LABEL_MESSAGES.id, ...REPORTS_ADMIN_MESSAGES.id };
const text: TimelineText = {
  t: (key, params) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole)),
  dateTime: (iso) => `[${iso}]`,
  departmentName: (id) => (id === 'dpu' ? 'Dinas Pekerjaan Umum' : ''),
};

function event(kind: string, changes: Partial<ReportEventDto> = {}): ReportEventDto {
  return {
    id: kind,
    occurredAt: '2026-05-12T02:30:00.000Z',
    actorRole: 'moderator',
    kind,
    departmentId: null,
    fromStatus: null,
    toStatus: null,
    note: null,
    public: true,
    data: {},
    ...changes,
  };
}

describe(timelineItems.name, () => {
  it('names each step in the reader’s words, with time, actor and note', () => {
    const items = timelineItems(
      [
        event('filed', { actorRole: 'citizen' }),
        event('dispatch', { data: { departmentId: 'dpu' } }),
        event('resolve', { actorRole: 'official', note: 'Lubang sudah ditambal.' }),
        event('rate', { actorRole: 'citizen', data: { rating: 5 } }),
      ],
      text,
    );
    expect(items.map((i) => i.heading)).toEqual([
      'Laporan diajukan',
      'Diteruskan ke Dinas Pekerjaan Umum',
      'Selesai ditangani',
      'Dinilai pelapor: 5 dari 5',
    ]);
    expect(items[0].meta).toBe('[2026-05-12T02:30:00.000Z] · Pelapor');
    expect(items[2]).toMatchObject({ body: 'Lubang sudah ditambal.', tone: 'success' });
  });

  it('marks internal events, and spells out a rejection reason', () => {
    const [note, reject] = timelineItems(
      [event('note', { public: false, note: 'Cek ke lapangan besok.' }), event('reject', { data: { reasonCode: 'spam' }, note: 'Iklan.' })],
      text,
    );
    expect(note).toMatchObject({ heading: 'Catatan · Internal', tone: 'neutral' });
    expect(reject).toMatchObject({ heading: 'Ditolak', body: 'Alasan: Spam atau iklan — Iklan.', tone: 'danger' });
  });

  it('falls back to a generic label for an unknown kind', () => {
    expect(timelineItems([event('something_new')], text)[0].heading).toBe('Perubahan');
  });

  it('names the department from the event: where it was dispatched, and whose officer acted', () => {
    const [dispatched, started, unknown] = timelineItems(
      [
        event('dispatch', { departmentId: 'dpu', toStatus: 'dispatched' }),
        event('start', { actorRole: 'official', departmentId: 'dpu', fromStatus: 'dispatched', toStatus: 'in_progress' }),
        event('resolve', { actorRole: 'official', departmentId: 'gone', toStatus: 'resolved' }),
      ],
      text,
    );
    expect(dispatched.heading).toBe('Diteruskan ke Dinas Pekerjaan Umum');
    expect(started.meta).toBe('[2026-05-12T02:30:00.000Z] · Petugas Dinas Pekerjaan Umum');
    // A department no longer known: the role.
    expect(unknown.meta).toBe('[2026-05-12T02:30:00.000Z] · Perangkat daerah');
  });
});
