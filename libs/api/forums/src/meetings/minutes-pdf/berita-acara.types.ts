/**
 * What the "Berita Acara" (the minutes a kelurahan or kecamatan meeting files) is drawn from:
 * plain data, already public, already in the reader's language where it is text the portal
 * writes. The meetings service fills it; `renderBeritaAcara` (berita-acara.ts) draws the PDF.
 */
export interface BeritaAcaraInput {
  /** Document language: labels, dates and statuses in Bahasa Indonesia or English. */
  lang: 'id' | 'en';
  /** e.g. "Kota Semarang" — heading "PEMERINTAH KOTA SEMARANG". */
  cityName: string;
  /** The IANA zone dates are printed in (docs/product.md, "Language, time and money"). */
  timeZone: string;
  /** The meeting's public code, e.g. `MTG-2026-000012`; printed as the document number. */
  meetingCode: string;
  title: string;
  /** in_person | online | hybrid */
  type: 'in_person' | 'online' | 'hybrid';
  startsAt: Date;
  endsAt: Date;
  /** Venue name and address; null for online meetings. */
  venue: string | null;
  /** "Kelurahan X, Kecamatan Y"; null when the meeting has no kelurahan. */
  areaName: string | null;
  /** The https link of an online or hybrid meeting, printed as text. */
  onlineUrl: string | null;
  /** The responsible department (the organiser), e.g. "Dinas Pekerjaan Umum". */
  organiser: string | null;
  agenda: ReadonlyArray<{ title: string; durationMinutes: number; presenter: string | null }>;
  /** People checked in (the attendance count), and registrations for comparison. */
  attendanceCount: number;
  registeredCount: number;
  /** The minutes as the official wrote them, in Markdown; printed as plain paragraphs and lists. */
  minutesMarkdown: string;
  commitments: ReadonlyArray<{
    description: string;
    department: string;
    dueDate: string; // YYYY-MM-DD, a calendar date in the city
    status: 'open' | 'in_progress' | 'done' | 'dropped';
    /** Public codes of what it is linked to: petitions (PTS-…), reports (LPR-…/ASP-…), projects later. */
    links: ReadonlyArray<string>;
  }>;
  /** Who signs at the bottom: the chair and the minute-taker, by name (blank lines when null). */
  chairName: string | null;
  secretaryName: string | null;
  /** When the minutes were published (printed in the footer with the portal address). */
  publishedAt: Date;
  /** The meeting's public page, printed in the footer so a paper copy can be checked online. */
  publicUrl: string;
}
