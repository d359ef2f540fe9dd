import { Catalog } from '@walikota/api-platform';
import { registerNotificationTemplates } from '@walikota/api-notifications';
import type { ForumFlagReason } from '@walikota/shared-contracts';

const REASON_ID: Record<ForumFlagReason, string> = {
  spam: 'spam',
  offensive: 'kasar atau menyinggung',
  sara: 'ujaran kebencian (SARA)',
  hoax: 'hoaks atau informasi menyesatkan',
  personal_data: 'memuat data pribadi',
  off_topic: 'di luar topik',
};
const REASON_EN: Record<ForumFlagReason, string> = {
  spam: 'spam',
  offensive: 'offensive or abusive',
  sara: 'hate speech (ethnicity, religion, race or group)',
  hoax: 'hoax or misinformation',
  personal_data: 'contains personal data',
  off_topic: 'off-topic',
};
const reasons = (names: Record<string, string>) => Object.fromEntries(Object.entries(names).map(([k, v]) => [`forum.reason.${k}`, v]));

/** The API's forum messages (errors, field names, reasons), in both languages. */
export const forumsMessages: Catalog = {
  id: {
    ...reasons(REASON_ID),
    'error.forum_category_not_found': 'Kategori forum tidak ditemukan.',
    'error.forum_category_slug_taken': 'Alamat kategori ini sudah dipakai kategori lain.',
    'error.forum_thread_not_found': 'Topik tidak ditemukan.',
    'error.forum_post_not_found': 'Tulisan tidak ditemukan.',
    'error.forum_thread_locked': 'Topik ini dikunci moderator; tidak dapat dibalas atau diubah.',
    'error.forum_thread_closed': 'Topik ini tidak sedang menerima balasan.',
    'error.forum_not_your_post': 'Anda hanya dapat mengubah atau menghapus tulisan Anda sendiri.',
    'error.forum_post_not_editable':
      'Tulisan hanya dapat diubah dalam {minutes} menit setelah dikirim, selama belum disembunyikan atau dikunci.',
    'error.forum_post_not_shown': 'Tulisan ini tidak sedang ditampilkan.',
    'error.forum_own_post_reaction': 'Anda tidak dapat memberi reaksi pada tulisan Anda sendiri.',
    'validation.forum_category_not_found': '{field} tidak ditemukan atau tidak menerima topik baru.',
    'validation.forum_quote_not_found': '{field}: tulisan yang dikutip tidak ada di topik ini atau tidak ditampilkan.',
    'validation.forum_title_first_post_only': '{field} hanya dapat diubah pada tulisan pertama sebuah topik.',
    'validation.forum_search_words': '{field} harus memuat setidaknya satu kata.',
    'field.body': 'Isi tulisan',
    'field.quotePostId': 'Kutipan',
    'field.slug': 'Alamat kategori',
    'field.nameId': 'Nama (Bahasa Indonesia)',
    'field.nameEn': 'Nama (English)',
    'field.descriptionId': 'Deskripsi (Bahasa Indonesia)',
    'field.descriptionEn': 'Deskripsi (English)',
    'field.category': 'Kategori',
    'field.kind': 'Jenis',
  },
  en: {
    ...reasons(REASON_EN),
    'error.forum_category_not_found': 'Forum category not found.',
    'error.forum_category_slug_taken': 'Another category already uses this address.',
    'error.forum_thread_not_found': 'Thread not found.',
    'error.forum_post_not_found': 'Post not found.',
    'error.forum_thread_locked': 'A moderator locked this thread; it cannot be replied to or edited.',
    'error.forum_thread_closed': 'This thread is not taking replies.',
    'error.forum_not_your_post': 'You can only edit or delete your own posts.',
    'error.forum_post_not_editable': 'A post can be edited for {minutes} minutes after it is sent, while it is neither hidden nor locked.',
    'error.forum_post_not_shown': 'This post is not shown at the moment.',
    'error.forum_own_post_reaction': 'You cannot react to your own post.',
    'validation.forum_category_not_found': '{field} was not found or takes no new threads.',
    'validation.forum_quote_not_found': '{field}: the quoted post is not in this thread or is not shown.',
    'validation.forum_title_first_post_only': '{field} can only be changed on the first post of a thread.',
    'validation.forum_search_words': '{field} must contain at least one word.',
    'field.body': 'Text',
    'field.quotePostId': 'Quote',
    'field.slug': 'Category address',
    'field.nameId': 'Name (Bahasa Indonesia)',
    'field.nameEn': 'Name (English)',
    'field.descriptionId': 'Description (Bahasa Indonesia)',
    'field.descriptionEn': 'Description (English)',
    'field.category': 'Category',
    'field.kind': 'Kind',
  },
};

/** What followers read about new replies. */
export function registerForumNotifications(): void {
  registerNotificationTemplates('forum.reply', {
    id: (p) => ({ title: `Balasan baru di “${p['title']}”`, body: `Ada balasan baru di topik yang Anda ikuti.`, link: p['link'] }),
    en: (p) => ({ title: `New reply in “${p['title']}”`, body: `There is a new reply in a thread you follow.`, link: p['link'] }),
  });
}
