import { registerNotificationTemplates } from '@walikota/api-notifications';

type Texts = { title: string; body: string };
type P = Record<string, string>;

function template(type: string, id: (p: P) => Texts, en: (p: P) => Texts): void {
  registerNotificationTemplates(type, { id: (p) => ({ ...id(p), link: p['link'] }), en: (p) => ({ ...en(p), link: p['link'] }) });
}

/**
 * What registrants read about their meetings, in-app and (by their e-mail preference) by e-mail.
 * `when` is the start in the city's time, written by the service.
 */
export function registerMeetingNotifications(): void {
  template(
    'meeting.changed',
    (p) => ({
      title: `Perubahan jadwal atau tempat: ${p['title']}`,
      body: `Pertemuan ${p['code']} kini dimulai ${p['when']} di ${p['place']}. Periksa rinciannya.`,
    }),
    (p) => ({
      title: `Time or venue changed: ${p['title']}`,
      body: `Meeting ${p['code']} now starts ${p['when']} at ${p['place']}. Check the details.`,
    }),
  );
  template(
    'meeting.cancelled',
    (p) => ({
      title: `Pertemuan dibatalkan: ${p['title']}`,
      body: `Pertemuan ${p['code']} (${p['when']}) dibatalkan. Alasan: ${p['reason']}`,
    }),
    (p) => ({
      title: `Meeting cancelled: ${p['title']}`,
      body: `Meeting ${p['code']} (${p['when']}) has been cancelled. Reason: ${p['reason']}`,
    }),
  );
  template(
    'meeting.live',
    (p) => ({
      title: `Pertemuan dimulai: ${p['title']}`,
      body: `Pertemuan ${p['code']} sedang berlangsung. Ajukan dan dukung pertanyaan sekarang.`,
    }),
    (p) => ({ title: `Meeting started: ${p['title']}`, body: `Meeting ${p['code']} is live. Ask and vote on questions now.` }),
  );
  template(
    'meeting.promoted',
    (p) => ({
      title: `Anda mendapat tempat: ${p['title']}`,
      body: `Ada tempat kosong pada pertemuan ${p['code']} (${p['when']}); pendaftaran Anda kini terkonfirmasi.`,
    }),
    (p) => ({
      title: `You have a place: ${p['title']}`,
      body: `A place opened up at meeting ${p['code']} (${p['when']}); your registration is now confirmed.`,
    }),
  );
  template(
    'meeting.reminder',
    (p) => ({
      title: `Besok: ${p['title']}`,
      body: `Pengingat: pertemuan ${p['code']} dimulai ${p['when']}. Tunjukkan kode pendaftaran Anda di pintu masuk.`,
    }),
    (p) => ({
      title: `Tomorrow: ${p['title']}`,
      body: `Reminder: meeting ${p['code']} starts ${p['when']}. Show your registration code at the door.`,
    }),
  );
}
