import { EMAIL_TEMPLATES, renderEmail } from './email-templates';

describe(renderEmail.name, () => {
  const footerParams = { settingsLink: 'http://localhost:3000/profil' };

  it('has every template in Indonesian and English', () => {
    for (const template of EMAIL_TEMPLATES) {
      const params = {
        name: 'Siti',
        title: 'Judul',
        body: 'Isi',
        link: 'http://x/y',
        count: '2',
        items: '- a',
        more: '0',
        city: 'Kota Semarang',
      };
      const id = renderEmail(template, 'id', { ...params, ...footerParams });
      const en = renderEmail(template, 'en', { ...params, ...footerParams });
      expect(id.subject).not.toBe('');
      expect(en.text).not.toBe(id.text);
    }
  });

  it('renders a notification e-mail with its link and where to change the frequency', () => {
    const params = {
      name: 'Siti',
      title: 'Laporan Anda selesai',
      body: 'Terima kasih.',
      link: 'http://localhost:3000/laporan/1',
      ...footerParams,
    };
    const id = renderEmail('notification', 'id', params);
    expect(id.subject).toBe('Laporan Anda selesai');
    expect(id.text).toContain('Halo Siti,');
    expect(id.text).toContain('Lihat selengkapnya: http://localhost:3000/laporan/1');
    expect(id.text).toContain('ringkasan harian');
    expect(id.text).toContain('http://localhost:3000/profil');
    const en = renderEmail('notification', 'en', { ...params, link: '' });
    expect(en.text).toContain('Hello Siti,');
    expect(en.text).not.toContain('See more');
    expect(en.text).toContain('daily digest');
  });

  it('renders the digest with a count, the list and what was left out', () => {
    const params = {
      name: 'Budi',
      count: '1',
      items: '- 14 Mei, 09.30 — Satu',
      more: '0',
      link: 'http://localhost:3000/notifikasi',
      ...footerParams,
    };
    expect(renderEmail('daily_digest', 'id', params).subject).toBe('Ringkasan harian: 1 pemberitahuan baru');
    expect(renderEmail('daily_digest', 'en', params).subject).toBe('Daily digest: 1 new notification');
    const many = renderEmail('daily_digest', 'en', { ...params, count: '35', more: '5' });
    expect(many.subject).toBe('Daily digest: 35 new notifications');
    expect(many.text).toContain('… and 5 more.');
    expect(renderEmail('daily_digest', 'id', { ...params, count: '35', more: '5' }).text).toContain('… dan 5 lainnya.');
  });

  it('refuses an unknown template', () => {
    expect(() => renderEmail('no_such_template', 'id', {})).toThrow(/Unknown e-mail template/);
  });
});
