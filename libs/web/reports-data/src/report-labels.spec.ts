import { TestBed } from '@angular/core/testing';
import { I18n } from '@walikota/web-i18n';
import { REPORT_EVENT_KINDS, REPORT_STATUSES, REPORT_TYPES } from './report-kinds';
import { reportLabels } from './report-labels';
import { REPORT_LABEL_MESSAGES } from './report-labels.messages';

describe(reportLabels.name, () => {
  let i18n: I18n;
  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18n);
    i18n.register(REPORT_LABEL_MESSAGES);
  });

  it('words a label the same for both audiences unless the staff have their own wording', async () => {
    const [pub, staff] = [reportLabels(i18n, 'public'), reportLabels(i18n, 'staff')];
    expect([pub.type('complaint'), staff.type('complaint')]).toEqual(['Pengaduan', 'Pengaduan']);
    expect([pub.status('in_progress'), staff.status('in_progress')]).toEqual(['Sedang ditangani', 'Sedang ditangani']);
    expect([pub.status('dispatched'), staff.status('dispatched')]).toEqual(['Diteruskan ke OPD', 'Diteruskan']);
    expect([pub.event('verify'), staff.event('verify')]).toEqual(['Diverifikasi', 'Diverifikasi']);
    expect([pub.event('filed'), staff.event('filed')]).toEqual(['Laporan diterima', 'Laporan diajukan']);
    await i18n.use('en');
    expect([pub.status('not_our_authority'), staff.status('not_our_authority')]).toEqual(['Not the city’s authority', 'Not our authority']);
    expect([pub.event('dispatch'), staff.event('dispatch')]).toEqual(['Sent to the department', 'Dispatched to a department']);
  });

  it('names every type, status and event kind for both audiences', () => {
    const missing = (['public', 'staff'] as const).flatMap((audience) => {
      const labels = reportLabels({ t: (key) => REPORT_LABEL_MESSAGES.id[key] ?? `missing ${key}` }, audience);
      return [...REPORT_TYPES.map(labels.type), ...REPORT_STATUSES.map(labels.status), ...REPORT_EVENT_KINDS.map(labels.event)];
    });
    expect(missing.filter((text) => text.startsWith('missing'))).toEqual([]);
  });

  it('tones a status for citizens by progress, for staff by where work waits', () => {
    const tones = (audience: 'public' | 'staff') => REPORT_STATUSES.map(reportLabels(i18n, audience).statusTone);
    expect(tones('public')).toEqual([
      'neutral',
      'info',
      'info',
      'warning',
      'success',
      'success',
      'danger',
      'warning',
      'neutral',
      'neutral',
    ]);
    expect(tones('staff')).toEqual(['info', 'info', 'warning', 'warning', 'success', 'success', 'danger', 'warning', 'danger', 'neutral']);
  });
});
