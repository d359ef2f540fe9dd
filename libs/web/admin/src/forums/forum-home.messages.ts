import type { Catalog } from '@walikota/web-i18n';

/** The staff home's cards for forum moderation: small, registered with the staff area itself. */
export const FORUM_HOME_MESSAGES: Catalog = {
  id: {
    'admin.home.forumQueue.title': 'Moderasi forum',
    'admin.home.forumQueue.text': 'Tulisan yang dilaporkan pembaca atau menunggu persetujuan; sanksi, kata pantauan dan banding.',
    'admin.home.forumCategories.title': 'Kategori forum',
    'admin.home.forumCategories.text': 'Kategori topik forum warga: tambah, ubah, pakai atau berhentikan.',
  },
  en: {
    'admin.home.forumQueue.title': 'Forum moderation',
    'admin.home.forumQueue.text': 'Posts readers flagged or waiting for approval; sanctions, watched words and appeals.',
    'admin.home.forumCategories.title': 'Forum categories',
    'admin.home.forumCategories.text': 'The categories of the citizens’ forum: add, edit, use or retire.',
  },
};
