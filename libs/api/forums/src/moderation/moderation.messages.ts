import { registerNotificationTemplates } from '@walikota/api-notifications';
import { Catalog, Language, translate } from '@walikota/api-platform';

/** The API's forum moderation messages (errors, field names), in both languages. */
export const moderationMessages: Catalog = {
  id: {
    'error.forum_muted': 'Akun Anda sedang dibisukan di forum sampai {until}. Selama itu Anda tidak dapat menulis, melapor atau bertanya.',
    'error.forum_banned': 'Akun Anda diblokir dari forum sampai {until}.',
    'error.forum_banned_permanently':
      'Akun Anda diblokir dari forum sampai moderator mencabutnya. Anda dapat mengajukan banding dari halaman moderasi Anda.',
    'error.forum_sanction_self': 'Anda tidak dapat memberi sanksi kepada diri sendiri.',
    'error.forum_sanction_not_found': 'Sanksi tidak ditemukan.',
    'error.forum_sanction_not_active': 'Sanksi ini sudah tidak berlaku.',
    'error.forum_content_not_found': 'Tulisan atau pertanyaan tidak ditemukan atau tidak sedang ditampilkan.',
    'error.forum_own_content_flag': 'Anda tidak dapat melaporkan tulisan Anda sendiri.',
    'error.forum_already_flagged': 'Anda sudah melaporkan tulisan ini. Terima kasih, moderator akan memeriksanya.',
    'error.forum_already_hidden': 'Tulisan ini sudah disembunyikan moderator.',
    'error.forum_not_hidden': 'Tulisan ini tidak sedang disembunyikan.',
    'error.forum_not_pending': 'Tulisan ini tidak sedang menunggu persetujuan.',
    'error.forum_no_open_flags': 'Tidak ada laporan terbuka atas tulisan ini.',
    'error.forum_thread_already_locked': 'Topik ini sudah dikunci.',
    'error.forum_thread_not_locked': 'Topik ini tidak sedang dikunci.',
    'error.forum_thread_already_pinned': 'Topik ini sudah disematkan.',
    'error.forum_thread_not_pinned': 'Topik ini tidak sedang disematkan.',
    'error.forum_thread_same_category': 'Topik ini sudah berada di kategori tersebut.',
    'error.forum_action_not_found': 'Tindakan moderasi tidak ditemukan.',
    'error.forum_already_appealed': 'Anda sudah mengajukan banding atas tindakan ini; banding hanya dapat diajukan sekali.',
    'error.forum_appeal_not_found': 'Banding tidak ditemukan.',
    'error.forum_appeal_decided': 'Banding ini sudah diputuskan.',
    'error.forum_appeal_own_action': 'Banding atas tindakan Anda sendiri diputuskan oleh moderator lain.',
    'error.forum_watched_word_exists': 'Kata atau frasa ini sudah ada dalam daftar tersebut.',
    'error.forum_watched_word_not_found': 'Kata pantauan tidak ditemukan.',
    'validation.forum_user_not_found': '{field} tidak ditemukan.',
    'validation.forum_sanction_days_required': 'Isi {field} untuk membisukan akun.',
    'validation.forum_sanction_no_days': '{field} tidak berlaku untuk peringatan.',
    'validation.forum_watched_pattern_empty': '{field} harus memuat setidaknya dua huruf atau angka selain *.',
    'validation.forum_watched_word_blocked':
      '{field} memuat “{found}”, yang tidak diizinkan di forum (daftar {list}). Ubah tulisan Anda lalu kirim lagi.',
    'field.targetType': 'Jenis konten',
    'field.targetId': 'Konten',
    'field.userId': 'Pengguna',
    'field.days': 'Jumlah hari',
    'field.list': 'Daftar',
    'field.pattern': 'Kata atau frasa',
    'field.text': 'Teks',
    'field.decision': 'Keputusan',
    'field.minutes': 'Menit',
    'field.actionId': 'Tindakan moderasi',
  },
  en: {
    'error.forum_muted': 'Your account is muted in the forums until {until}. Until then you cannot post, flag or ask questions.',
    'error.forum_banned': 'Your account is banned from the forums until {until}.',
    'error.forum_banned_permanently':
      'Your account is banned from the forums until a moderator lifts the ban. You can appeal from your moderation page.',
    'error.forum_sanction_self': 'You cannot sanction yourself.',
    'error.forum_sanction_not_found': 'Sanction not found.',
    'error.forum_sanction_not_active': 'This sanction is no longer in force.',
    'error.forum_content_not_found': 'The post or question was not found or is not shown.',
    'error.forum_own_content_flag': 'You cannot flag your own post.',
    'error.forum_already_flagged': 'You have already flagged this. Thank you, a moderator will look at it.',
    'error.forum_already_hidden': 'A moderator has already hidden this.',
    'error.forum_not_hidden': 'This is not hidden.',
    'error.forum_not_pending': 'This post is not waiting for approval.',
    'error.forum_no_open_flags': 'There are no open flags on this.',
    'error.forum_thread_already_locked': 'This thread is already locked.',
    'error.forum_thread_not_locked': 'This thread is not locked.',
    'error.forum_thread_already_pinned': 'This thread is already pinned.',
    'error.forum_thread_not_pinned': 'This thread is not pinned.',
    'error.forum_thread_same_category': 'This thread is already in that category.',
    'error.forum_action_not_found': 'Moderation act not found.',
    'error.forum_already_appealed': 'You have already appealed this; an act can be appealed once.',
    'error.forum_appeal_not_found': 'Appeal not found.',
    'error.forum_appeal_decided': 'This appeal has already been decided.',
    'error.forum_appeal_own_action': 'Another moderator decides appeals against your own acts.',
    'error.forum_watched_word_exists': 'This word or phrase is already in that list.',
    'error.forum_watched_word_not_found': 'Watched word not found.',
    'validation.forum_user_not_found': '{field} was not found.',
    'validation.forum_sanction_days_required': 'Give {field} to mute an account.',
    'validation.forum_sanction_no_days': '{field} does not apply to a warning.',
    'validation.forum_watched_pattern_empty': '{field} must contain at least two letters or digits besides *.',
    'validation.forum_watched_word_blocked':
      '{field} contains “{found}”, which is not allowed in the forums (list {list}). Change your text and send it again.',
    'field.targetType': 'Kind of content',
    'field.targetId': 'Content',
    'field.userId': 'User',
    'field.days': 'Number of days',
    'field.list': 'List',
    'field.pattern': 'Word or phrase',
    'field.text': 'Text',
    'field.decision': 'Decision',
    'field.minutes': 'Minutes',
    'field.actionId': 'Moderation act',
  },
};

type P = Record<string, string>;
type Texts = { title: string; body: string };

function template(type: string, id: (p: P) => Texts, en: (p: P) => Texts): void {
  registerNotificationTemplates(type, { id: (p) => ({ ...id(p), link: p['link'] }), en: (p) => ({ ...en(p), link: p['link'] }) });
}

const reason = (lang: Language, p: P) => (p['reason'] ? translate(lang, `forum.reason.${p['reason']}`) : '');
const more = (p: P, key: string) => (p[key] ? ` “${p[key]}”` : '');

/** What authors, and the sanctioned, read about moderation. */
export function registerModerationNotifications(): void {
  template(
    'forum.content_hidden',
    (p) => ({
      title: 'Tulisan Anda disembunyikan',
      body: `Alasan: ${reason('id', p)}.${more(p, 'details')} Anda dapat mengajukan banding sekali.`,
    }),
    (p) => ({ title: 'Your post was hidden', body: `Reason: ${reason('en', p)}.${more(p, 'details')} You may appeal once.` }),
  );
  template(
    'forum.content_restored',
    () => ({ title: 'Tulisan Anda ditampilkan kembali', body: 'Moderator menampilkan kembali tulisan Anda.' }),
    () => ({ title: 'Your post is shown again', body: 'A moderator showed your post again.' }),
  );
  template(
    'forum.post_approved',
    () => ({ title: 'Tulisan Anda disetujui', body: 'Tulisan Anda sudah diperiksa moderator dan kini tampil.' }),
    () => ({ title: 'Your post was approved', body: 'A moderator checked your post; it is now shown.' }),
  );
  template(
    'forum.post_rejected',
    (p) => ({
      title: 'Tulisan Anda tidak disetujui',
      body: `Alasan: ${reason('id', p) || '—'}.${more(p, 'details')} Anda dapat mengajukan banding sekali.`,
    }),
    (p) => ({ title: 'Your post was not approved', body: `Reason: ${reason('en', p) || '—'}.${more(p, 'details')} You may appeal once.` }),
  );
  template(
    'forum.thread_locked',
    (p) => ({ title: 'Topik Anda dikunci', body: `Moderator mengunci topik Anda.${more(p, 'details')}` }),
    (p) => ({ title: 'Your thread was locked', body: `A moderator locked your thread.${more(p, 'details')}` }),
  );
  template(
    'forum.thread_moved',
    () => ({ title: 'Topik Anda dipindahkan', body: 'Moderator memindahkan topik Anda ke kategori yang lebih sesuai.' }),
    () => ({ title: 'Your thread was moved', body: 'A moderator moved your thread to a better-suited category.' }),
  );
  template(
    'forum.sanction_warn',
    (p) => ({ title: 'Peringatan dari moderator forum', body: `${p['reason']}` }),
    (p) => ({ title: 'A warning from the forum moderators', body: `${p['reason']}` }),
  );
  template(
    'forum.sanction_mute',
    (p) => ({
      title: `Akun Anda dibisukan di forum sampai ${p['until']}`,
      body: `Alasan: ${p['reason']} Anda dapat mengajukan banding sekali.`,
    }),
    (p) => ({ title: `Your account is muted in the forums until ${p['until']}`, body: `Reason: ${p['reason']} You may appeal once.` }),
  );
  template(
    'forum.sanction_ban',
    (p) => ({
      title: p['until'] ? `Akun Anda diblokir dari forum sampai ${p['until']}` : 'Akun Anda diblokir dari forum',
      body: `Alasan: ${p['reason']} Anda dapat mengajukan banding sekali.`,
    }),
    (p) => ({
      title: p['until'] ? `Your account is banned from the forums until ${p['until']}` : 'Your account is banned from the forums',
      body: `Reason: ${p['reason']} You may appeal once.`,
    }),
  );
  template(
    'forum.sanction_lifted',
    () => ({ title: 'Sanksi forum Anda dicabut', body: 'Anda dapat kembali menulis di forum.' }),
    () => ({ title: 'Your forum sanction was lifted', body: 'You can post in the forums again.' }),
  );
  template(
    'forum.appeal_upheld',
    (p) => ({
      title: 'Banding Anda ditolak',
      body: `Moderator lain memeriksa banding Anda dan keputusan tetap berlaku.${more(p, 'note')}`,
    }),
    (p) => ({
      title: 'Your appeal was turned down',
      body: `Another moderator looked at your appeal; the decision stands.${more(p, 'note')}`,
    }),
  );
  template(
    'forum.appeal_overturned',
    (p) => ({
      title: 'Banding Anda diterima',
      body: `Moderator lain memeriksa banding Anda dan membatalkan keputusan tersebut.${more(p, 'note')}`,
    }),
    (p) => ({
      title: 'Your appeal was accepted',
      body: `Another moderator looked at your appeal and undid the decision.${more(p, 'note')}`,
    }),
  );
}
