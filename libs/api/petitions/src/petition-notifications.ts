import { registerNotificationTemplates } from '@walikota/api-notifications';

type Texts = { title: string; body: string };
type P = Record<string, string>;

/** Registers one notification type with its Indonesian and English texts. */
function template(type: string, id: (p: P) => Texts, en: (p: P) => Texts): void {
  registerNotificationTemplates(type, { id: (p) => ({ ...id(p), link: p['link'] }), en: (p) => ({ ...en(p), link: p['link'] }) });
}

/** What creators, sponsors, signers, moderators and officials read about petitions. */
export function registerPetitionNotifications(): void {
  template(
    'petition.submitted',
    (p) => ({ title: `Petisi ${p['code']} menunggu moderasi`, body: `Petisi “${p['title']}” sudah mendapat cukup pendukung awal dan kini diperiksa moderator.` }),
    (p) => ({ title: `Petition ${p['code']} waiting for moderation`, body: `“${p['title']}” has enough sponsors and is now with the moderators.` }),
  );
  template(
    'petition.to_moderate',
    (p) => ({ title: `Petisi baru perlu dimoderasi: ${p['code']}`, body: `Petisi “${p['title']}” menunggu keputusan moderator.` }),
    (p) => ({ title: `New petition to moderate: ${p['code']}`, body: `The petition “${p['title']}” is waiting for a moderator’s decision.` }),
  );
  template(
    'petition.published',
    (p) => ({ title: `Petisi ${p['code']} terbit`, body: `Petisi “${p['title']}” kini terbuka untuk ditandatangani. Bagikan tautannya!` }),
    (p) => ({ title: `Petition ${p['code']} published`, body: `“${p['title']}” is now open for signatures. Share its link!` }),
  );
  template(
    'petition.rejected',
    (p) => ({ title: `Petisi ${p['code']} ditolak`, body: `Petisi “${p['title']}” ditolak moderator. Buka petisi untuk membaca alasannya.` }),
    (p) => ({ title: `Petition ${p['code']} rejected`, body: `The moderators rejected “${p['title']}”. Open the petition to read why.` }),
  );
  template(
    'petition.hidden',
    (p) => ({ title: `Petisi ${p['code']} disembunyikan`, body: `Petisi “${p['title']}” disembunyikan moderator. Buka petisi untuk membaca alasannya.` }),
    (p) => ({ title: `Petition ${p['code']} hidden`, body: `The moderators hid “${p['title']}”. Open the petition to read why.` }),
  );
  template(
    'petition.threshold_response',
    (p) => ({ title: `Petisi ${p['code']} mencapai ${p['count']} tanda tangan`, body: `Petisi “${p['title']}” kini menunggu tanggapan resmi pemerintah kota.` }),
    (p) => ({ title: `Petition ${p['code']} reached ${p['count']} signatures`, body: `“${p['title']}” is now waiting for the city’s official response.` }),
  );
  template(
    'petition.response_due',
    (p) => ({
      title: `Petisi ${p['code']} perlu tanggapan perangkat daerah Anda`,
      body: `Petisi “${p['title']}” mencapai ${p['count']} tanda tangan. Terbitkan tanggapan dalam ${p['days']} hari.`,
    }),
    (p) => ({
      title: `Petition ${p['code']} needs your department’s response`,
      body: `“${p['title']}” reached ${p['count']} signatures. Publish a response within ${p['days']} days.`,
    }),
  );
  template(
    'petition.threshold_agenda',
    (p) => ({
      title: `Petisi ${p['code']} masuk agenda balai kota`,
      body: `Petisi “${p['title']}” mencapai ${p['count']} tanda tangan dan akan dibahas pada pertemuan balai kota berikutnya.`,
    }),
    (p) => ({
      title: `Petition ${p['code']} on the town-hall agenda`,
      body: `“${p['title']}” reached ${p['count']} signatures and goes on the next town-hall meeting’s agenda.`,
    }),
  );
  template(
    'petition.responded',
    (p) => ({ title: `Tanggapan resmi untuk petisi ${p['code']}`, body: `Pemerintah kota menanggapi petisi “${p['title']}”. Baca tanggapannya.` }),
    (p) => ({ title: `Official response to petition ${p['code']}`, body: `The city responded to “${p['title']}”. Read the response.` }),
  );
  template(
    'petition.closed',
    (p) => ({ title: `Petisi ${p['code']} ditutup`, body: `Masa penandatanganan petisi “${p['title']}” telah berakhir.` }),
    (p) => ({ title: `Petition ${p['code']} closed`, body: `The signing period of “${p['title']}” has ended.` }),
  );
}
