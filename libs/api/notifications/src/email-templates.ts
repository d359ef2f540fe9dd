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
};

export function renderEmail(template: string, language: Language, params: Record<string, string>): RenderedEmail {
  const byLanguage = TEMPLATES[template];
  if (!byLanguage) throw new Error(`Unknown e-mail template ${template}`);
  return byLanguage[language](params);
}

export const EMAIL_TEMPLATES = Object.keys(TEMPLATES);
