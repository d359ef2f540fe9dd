import { DataSource } from 'typeorm';
import { followForumThread, insertForumPost, insertForumThread } from './forum-store';

type Writer = 'citizen' | 'moderator' | 'official';

interface DemoThread {
  category: string;
  title: string;
  posts: [by: Writer, body: string, hoursAgo: number][];
}

/** A few conversations, so that a newcomer's first look at /forum is not empty. */
const DEMO_THREADS: DemoThread[] = [
  {
    category: 'infrastruktur-lingkungan',
    title: 'Jadwal pengangkutan sampah di Tembalang berubah?',
    posts: [
      [
        'citizen',
        'Sejak awal bulan truk sampah **tidak lagi datang hari Selasa** di lingkungan kami. Apakah jadwalnya memang berubah?',
        30,
      ],
      [
        'official',
        'Betul, mulai bulan ini jadwal di Tembalang menjadi:\n\n- Senin dan Kamis: sampah organik\n- Sabtu: sampah anorganik\n\nJadwal lengkap akan ditempel di kantor kelurahan.',
        26,
      ],
      ['citizen', 'Terima kasih atas penjelasannya. Semoga jadwal barunya juga diumumkan lewat grup RW.', 20],
    ],
  },
  {
    category: 'usulan-warga',
    title: 'Usulan taman baca di balai RW',
    posts: [
      [
        'citizen',
        'Balai RW kami sering kosong pada sore hari. Bagaimana kalau sebagian ruangannya dijadikan taman baca untuk anak-anak? Warga siap menyumbang buku.',
        50,
      ],
      [
        'moderator',
        'Ide yang bagus. Bila dukungan warga sudah banyak, usulan ini bisa diajukan sebagai petisi atau usulan proyek agar ditanggapi resmi.',
        47,
      ],
    ],
  },
  {
    category: 'pelayanan-publik',
    title: 'Pengalaman mengurus KTP elektronik di kecamatan',
    posts: [
      [
        'citizen',
        'Kemarin saya mengurus KTP elektronik di kantor kecamatan: antre sekitar 40 menit, petugasnya ramah. Ada yang punya pengalaman lain?',
        8,
      ],
      [
        'official',
        'Terima kasih atas masukannya. Untuk mengurangi antrean, pendaftaran daring dibuka setiap pukul 07.00 melalui laman Disdukcapil.',
        5,
      ],
    ],
  },
];

/**
 * Writes the demo conversations as the demo accounts, unless the forums already hold a thread.
 * The posts are written as they would be posted (rendered, searchable), with times spread over the
 * last two days. Returns how many threads it wrote.
 */
export async function seedDemoForum(dataSource: DataSource, writers: Record<Writer, string>): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const [{ n }]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM forum_thread`);
    if (n > 0) return 0;
    let written = 0;
    for (const demo of DEMO_THREADS) {
      const [category]: { id: string }[] = await manager.query(`SELECT id FROM forum_category WHERE slug = $1 AND active`, [demo.category]);
      if (!category) continue;
      const at = (hours: number) => new Date(Date.now() - hours * 3_600_000);
      const [first, ...replies] = demo.posts;
      const thread = await insertForumThread(manager, {
        categoryId: category.id,
        authorId: writers[first[0]],
        title: demo.title,
        at: at(first[2]),
      });
      const posts = [first, ...replies];
      for (const [index, [by, body, hoursAgo]] of posts.entries()) {
        await insertForumPost(manager, {
          threadId: thread.id,
          number: index + 1,
          authorId: writers[by],
          body,
          title: index === 0 ? demo.title : null,
          quotePostId: null,
          approval: 'published',
          at: at(hoursAgo),
        });
        await followForumThread(manager, thread.id, writers[by]);
      }
      await manager.query(`UPDATE forum_thread SET last_posted_at = $2 WHERE id = $1`, [thread.id, at(posts[posts.length - 1][2])]);
      written++;
    }
    return written;
  });
}
