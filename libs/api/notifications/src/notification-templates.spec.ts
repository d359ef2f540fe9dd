import { GENERIC_NOTIFICATION, registerNotificationTemplates, renderNotification } from './notification-templates';

describe(renderNotification.name, () => {
  it('renders the generic notification from its own params, with English variants', () => {
    const params = { title: 'Jalan Pemuda ditutup', body: 'Ada perbaikan saluran.', link: '/proyek/1', titleEn: 'Jalan Pemuda closed' };
    expect(renderNotification(GENERIC_NOTIFICATION, 'id', params)).toEqual({
      title: 'Jalan Pemuda ditutup',
      body: 'Ada perbaikan saluran.',
      link: '/proyek/1',
    });
    // No bodyEn: the Indonesian body rather than nothing.
    expect(renderNotification(GENERIC_NOTIFICATION, 'en', params)).toEqual({
      title: 'Jalan Pemuda closed',
      body: 'Ada perbaikan saluran.',
      link: '/proyek/1',
    });
    expect(renderNotification(GENERIC_NOTIFICATION, 'en', {})).toEqual({ title: 'New notification', body: '', link: undefined });
  });

  it('uses the templates a module registers for its type, and the generic one for unknown types', () => {
    registerNotificationTemplates('report.status_changed', {
      id: (p) => ({ title: `Laporan ${p['code']} kini ${p['statusId']}`, body: '', link: `/laporan/${p['code']}` }),
      en: (p) => ({ title: `Report ${p['code']} is now ${p['statusEn']}`, body: '', link: `/laporan/${p['code']}` }),
    });
    const params = { code: 'LPR-2026-000001', statusId: 'selesai', statusEn: 'resolved', title: 'Fallback' };
    expect(renderNotification('report.status_changed', 'id', params).title).toBe('Laporan LPR-2026-000001 kini selesai');
    expect(renderNotification('report.status_changed', 'en', params).title).toBe('Report LPR-2026-000001 is now resolved');
    expect(renderNotification('petition.unknown_event', 'id', params).title).toBe('Fallback');
  });

  it('refuses malformed type names', () => {
    const templates = { id: () => ({ title: '', body: '' }), en: () => ({ title: '', body: '' }) };
    expect(() => registerNotificationTemplates('Report Status', templates)).toThrow(/Invalid notification type/);
    expect(() => registerNotificationTemplates(`a.${'b'.repeat(60)}`, templates)).toThrow(/Invalid notification type/);
  });
});
