import { registerNotificationTemplates } from '@walikota/api-notifications';
import { Language, translate } from '@walikota/api-platform';
import { REPORT_DEADLINES } from '@walikota/shared-contracts';
import { AUTO_CLOSE_AFTER_WORKING_DAYS } from './report-actions.service';

const status = (language: Language, code: string | undefined) => translate(language, `report.status.${code ?? ''}`);

/** What the reporter and followers read about a report, in their language. */
export function registerReportNotifications(): void {
  registerNotificationTemplates('report.filed', {
    id: (p) => ({
      title: `Laporan ${p['code']} diterima`,
      body: `Laporan “${p['title']}” sudah kami terima dan akan diverifikasi dalam ${REPORT_DEADLINES.verify} hari kerja. Simpan kode ${p['code']} untuk melacaknya.`,
      link: p['link'],
    }),
    en: (p) => ({
      title: `Report ${p['code']} received`,
      body: `We have received “${p['title']}” and will verify it within ${REPORT_DEADLINES.verify} working days. Keep the code ${p['code']} to track it.`,
      link: p['link'],
    }),
  });
  registerNotificationTemplates('report.status_changed', {
    id: (p) => ({
      title: `Laporan ${p['code']}: ${status('id', p['status'])}`,
      body: `Status laporan “${p['title']}” kini ${status('id', p['status'])}.`,
      link: p['link'],
    }),
    en: (p) => ({
      title: `Report ${p['code']}: ${status('en', p['status'])}`,
      body: `The report “${p['title']}” is now ${status('en', p['status'])}.`,
      link: p['link'],
    }),
  });
  // To the reporter only (followers get report.status_changed): the department's note and the
  // one question the tracking page asks, yes closing the report (with a rating), no reopening it.
  registerNotificationTemplates('report.resolved', {
    id: (p) => ({
      title: `Laporan ${p['code']} selesai ditangani. Sudah selesai?`,
      body: `Petugas menandai laporan “${p['title']}” selesai ditangani: “${p['note']}”. Sudah selesai? Buka laporan Anda dan jawab Ya (beri penilaian bila mau) atau Belum (ceritakan apa yang kurang); tanpa jawaban, laporan ditutup otomatis setelah ${AUTO_CLOSE_AFTER_WORKING_DAYS} hari kerja.`,
      link: p['link'],
    }),
    en: (p) => ({
      title: `Report ${p['code']} resolved. Is it done?`,
      body: `The department marked “${p['title']}” as resolved: “${p['note']}”. Is it done? Open your report and answer Yes (with a rating if you like) or Not yet (tell us what is missing); without an answer the report closes on its own after ${AUTO_CLOSE_AFTER_WORKING_DAYS} working days.`,
      link: p['link'],
    }),
  });
  registerNotificationTemplates('report.updated', {
    id: (p) => ({
      title: `Kabar baru untuk laporan ${p['code']}`,
      body: `Ada catatan baru pada laporan “${p['title']}”.`,
      link: p['link'],
    }),
    en: (p) => ({ title: `News on report ${p['code']}`, body: `There is a new note on the report “${p['title']}”.`, link: p['link'] }),
  });
  registerNotificationTemplates('report.assigned', {
    id: (p) => ({
      title: `Laporan ${p['code']} diteruskan ke perangkat daerah Anda`,
      body: `Laporan “${p['title']}” kini menjadi tugas perangkat daerah Anda. Tindak lanjuti dalam ${REPORT_DEADLINES.followUp} hari kerja.`,
      link: p['link'],
    }),
    en: (p) => ({
      title: `Report ${p['code']} dispatched to your department`,
      body: `The report “${p['title']}” is now your department’s to handle. Follow it up within ${REPORT_DEADLINES.followUp} working days.`,
      link: p['link'],
    }),
  });
  registerNotificationTemplates('report.reopened', {
    id: (p) => ({
      title: `Laporan ${p['code']} dibuka kembali`,
      body: `Pelapor membuka kembali laporan “${p['title']}”. Tindak lanjuti dalam ${REPORT_DEADLINES.followUp} hari kerja.`,
      link: p['link'],
    }),
    en: (p) => ({
      title: `Report ${p['code']} reopened`,
      body: `The reporter reopened the report “${p['title']}”. Follow it up within ${REPORT_DEADLINES.followUp} working days.`,
      link: p['link'],
    }),
  });
}
