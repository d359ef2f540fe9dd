import { Language } from '@walikota/api-platform';

export interface RenderedEmail {
  subject: string;
  text: string;
}

type Template = (params: Record<string, string>) => RenderedEmail;

/** Transactional e-mails, in Indonesian and English. Links are absolute (PUBLIC_URL). */
const TEMPLATES: Record<string, Record<Language, Template>> = {
  verify_email: {
    id: (p) => ({
      subject: 'Konfirmasi alamat e-mail Anda',
      text: `Halo ${p['name']},\n\nTerima kasih telah mendaftar di portal ${p['city']}. Buka tautan berikut untuk mengonfirmasi alamat e-mail Anda (berlaku 24 jam):\n\n${p['link']}\n\nJika Anda tidak mendaftar, abaikan e-mail ini.`,
    }),
    en: (p) => ({
      subject: 'Confirm your e-mail address',
      text: `Hello ${p['name']},\n\nThank you for registering on the ${p['city']} portal. Open this link to confirm your e-mail address (valid for 24 hours):\n\n${p['link']}\n\nIf you did not register, ignore this e-mail.`,
    }),
  },
  already_registered: {
    id: (p) => ({
      subject: 'Percobaan pendaftaran dengan e-mail Anda',
      text: `Halo ${p['name']},\n\nSeseorang mencoba mendaftar dengan alamat e-mail ini, padahal akun Anda sudah ada. Jika itu Anda, silakan masuk atau atur ulang kata sandi: ${p['link']}\n\nJika bukan, abaikan e-mail ini.`,
    }),
    en: (p) => ({
      subject: 'Registration attempt with your e-mail',
      text: `Hello ${p['name']},\n\nSomeone tried to register with this e-mail address, but you already have an account. If that was you, sign in or reset your password: ${p['link']}\n\nIf not, ignore this e-mail.`,
    }),
  },
  reset_password: {
    id: (p) => ({
      subject: 'Atur ulang kata sandi',
      text: `Halo ${p['name']},\n\nBuka tautan berikut untuk membuat kata sandi baru (berlaku 1 jam):\n\n${p['link']}\n\nJika Anda tidak memintanya, abaikan e-mail ini; kata sandi Anda tidak berubah.`,
    }),
    en: (p) => ({
      subject: 'Reset your password',
      text: `Hello ${p['name']},\n\nOpen this link to choose a new password (valid for 1 hour):\n\n${p['link']}\n\nIf you did not ask for this, ignore this e-mail; your password has not changed.`,
    }),
  },
  /** One notification, sent at once to users whose e-mail frequency is `immediate`. */
  notification: {
    id: (p) => ({
      subject: p['title'],
      text: `Halo ${p['name']},\n\n${p['title']}\n\n${paragraph(p['body'])}${p['link'] ? `Lihat selengkapnya: ${p['link']}\n\n` : ''}${footer('id', p)}`,
    }),
    en: (p) => ({
      subject: p['title'],
      text: `Hello ${p['name']},\n\n${p['title']}\n\n${paragraph(p['body'])}${p['link'] ? `See more: ${p['link']}\n\n` : ''}${footer('en', p)}`,
    }),
  },
  /** Once a day, for users whose e-mail frequency is `daily`; `items` is the pre-formatted list. */
  daily_digest: {
    id: (p) => ({
      subject: `Ringkasan harian: ${p['count']} pemberitahuan baru`,
      text: `Halo ${p['name']},\n\nAda ${p['count']} pemberitahuan baru untuk Anda sejak ringkasan terakhir:\n\n${p['items']}\n${
        p['more'] && p['more'] !== '0' ? `… dan ${p['more']} lainnya.\n` : ''
      }\nLihat semua pemberitahuan: ${p['link']}\n\n${footer('id', p)}`,
    }),
    en: (p) => ({
      subject: `Daily digest: ${p['count']} new ${p['count'] === '1' ? 'notification' : 'notifications'}`,
      text: `Hello ${p['name']},\n\nYou have ${p['count']} new ${p['count'] === '1' ? 'notification' : 'notifications'} since your last digest:\n\n${p['items']}\n${
        p['more'] && p['more'] !== '0' ? `… and ${p['more']} more.\n` : ''
      }\nSee all notifications: ${p['link']}\n\n${footer('en', p)}`,
    }),
  },
};

function paragraph(text: string | undefined): string {
  return text ? `${text}\n\n` : '';
}

/** Why the e-mail came and where to change it: every notification e-mail ends with this. */
function footer(language: Language, p: Record<string, string>): string {
  return language === 'id'
    ? `--\nAnda menerima e-mail ini karena pemberitahuan e-mail aktif di akun Anda. Atur frekuensinya (segera, ringkasan harian, atau tidak pernah) di ${p['settingsLink']}`
    : `--\nYou receive this e-mail because e-mail notifications are on for your account. Choose how often (immediately, daily digest or never) at ${p['settingsLink']}`;
}

export function renderEmail(template: string, language: Language, params: Record<string, string>): RenderedEmail {
  const byLanguage = TEMPLATES[template];
  if (!byLanguage) throw new Error(`Unknown e-mail template ${template}`);
  return byLanguage[language](params);
}

export const EMAIL_TEMPLATES = Object.keys(TEMPLATES);
