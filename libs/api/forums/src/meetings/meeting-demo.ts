import { Injectable } from '@nestjs/common';
import { AppConfig, AuthUser, RequestMeta } from '@walikota/api-platform';
import { AreaMap } from '@walikota/api-reference';
import { DataSource } from 'typeorm';
import { MeetingMinutes } from './meeting-minutes.service';
import { MeetingQuestions } from './meeting-questions.service';
import { MeetingRegistrations } from './meeting-registrations.service';
import { MeetingsService } from './meetings.service';

const META: RequestMeta = { requestId: 'demo-seed', ip: '127.0.0.1', userAgent: 'demo-seed' };
const DAY = 86_400_000;
/** Balai Kota Semarang (Jalan Pemuda); outside Kota Semarang the demo meetings are held online. */
const CITY_HALL: [number, number] = [-6.9812, 110.4118];

/**
 * Two town-hall meetings for a newcomer's first look at /balai-kota (`npm start`): one to come,
 * with the demo citizen registered and a question asked, and one held three weeks ago with its
 * minutes and commitments (one of them overdue). Written through the module's own services, as
 * the staff would; the concluded one is then moved back in time, which no request can do.
 */
@Injectable()
export class MeetingDemo {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly areaMap: AreaMap,
    private readonly meetings: MeetingsService,
    private readonly registrations: MeetingRegistrations,
    private readonly questions: MeetingQuestions,
    private readonly minutes: MeetingMinutes,
  ) {}

  async seed(people: { citizen: AuthUser; official: AuthUser }): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM meeting`);
    const departmentId = people.official.departmentIds[0];
    if (n > 0 || !departmentId) return 0;
    const venue = await this.venue();

    const upcoming = await this.meetings.create(people.official, META, {
      title: 'Musyawarah warga: saluran air dan banjir di Semarang Tengah',
      description:
        'Pemerintah kota mengundang warga membahas **genangan saat hujan deras** dan rencana perbaikan saluran air.\n\n' +
        'Bawa foto atau catatan lokasi genangan di lingkungan Anda. Pertanyaan dapat dikirim sebelum pertemuan.',
      ...venue,
      startsAt: this.cityTime(10, 9),
      endsAt: this.cityTime(10, 11.5),
      capacity: 80,
      departmentId,
      agenda: [
        { title: 'Pembukaan dan penjelasan rencana kerja', durationMinutes: 20, presenterName: 'Kepala Bidang Sumber Daya Air' },
        { title: 'Paparan titik genangan dari warga', durationMinutes: 60, presenterName: 'Perwakilan RW' },
        { title: 'Tanya jawab dan kesepakatan tindak lanjut', durationMinutes: 60 },
      ],
    });
    await this.registrations.register(people.citizen, upcoming);
    await this.questions.ask(
      people.citizen,
      upcoming,
      'Kapan normalisasi saluran di Jalan Pandanaran dimulai, dan apakah jalan akan ditutup?',
    );

    const held = await this.meetings.create(people.official, META, {
      title: 'Dialog warga: penataan pedagang kaki lima di Simpang Lima',
      description: 'Dialog antara pedagang, warga sekitar dan pemerintah kota tentang penataan lapak di kawasan Simpang Lima.',
      ...venue,
      startsAt: this.cityTime(1, 19),
      endsAt: this.cityTime(1, 21),
      capacity: 120,
      departmentId,
      agenda: [
        { title: 'Gambaran penataan kawasan', durationMinutes: 30, presenterName: 'Sekretaris Dinas' },
        { title: 'Masukan pedagang dan warga', durationMinutes: 60 },
      ],
    });
    const { registration } = await this.registrations.register(people.citizen, held);
    await this.meetings.start(people.official, META, held);
    await this.registrations.checkIn(people.official, META, held, registration.code);
    await this.minutes.conclude(people.official, META, held, {
      minutesMarkdown:
        'Pertemuan dibuka pukul 19.05 dan dihadiri pedagang, pengurus RW sekitar dan perwakilan dinas.\n\n' +
        '1. Pedagang meminta lapak tidak dipindahkan jauh dari jalur pejalan kaki.\n' +
        '2. Warga meminta trotoar tetap bebas untuk pejalan kaki dan penyandang disabilitas.\n' +
        '3. Disepakati uji coba penataan selama satu bulan dengan evaluasi bersama.',
      chairName: 'Sekretaris Dinas',
      secretaryName: 'Staf Bidang Penataan',
      commitments: [
        {
          departmentId,
          dueDate: this.cityDate(14),
          description: 'Memasang penanda batas lapak dan jalur pejalan kaki di sisi timur Simpang Lima.',
        },
        {
          departmentId,
          dueDate: this.cityDate(45),
          description: 'Mengadakan evaluasi bersama pedagang dan warga setelah uji coba satu bulan.',
        },
      ],
    });
    // Held three weeks ago: its times move back, and its first commitment is now past due.
    const back = `interval '21 days'`;
    await this.dataSource.query(
      `UPDATE meeting SET starts_at = starts_at - ${back}, ends_at = ends_at - ${back}, live_at = ends_at - ${back} - interval '2 hours',
              concluded_at = ends_at - ${back}, created_at = created_at - interval '35 days' WHERE code = $1`,
      [held],
    );
    await this.dataSource.query(
      `UPDATE meeting_commitment SET due_date = due_date - 21, created_at = created_at - ${back}
        WHERE meeting_id = (SELECT id FROM meeting WHERE code = $1)`,
      [held],
    );
    return 2;
  }

  /** At the city hall when it lies in the city; otherwise online. */
  private async venue() {
    const [latitude, longitude] = CITY_HALL;
    if (await this.areaMap.find(latitude, longitude))
      return {
        type: 'in_person' as const,
        venueName: 'Balai Kota, Ruang Lokakrida',
        venueAddress: 'Jalan Pemuda Nomor 148, Sekayu, Semarang Tengah',
        latitude,
        longitude,
      };
    return { type: 'online' as const, onlineUrl: 'https://meet.example.org/balai-kota' };
  }

  /** `days` from today at `hour` (fractions are minutes) in the city, as an instant. */
  private cityTime(days: number, hour: number): string {
    const date = this.cityDate(days);
    const local = Date.parse(`${date}T00:00:00Z`) + hour * 3_600_000;
    // The city's offset at that moment (no daylight saving in Indonesia, but the zone is configurable).
    const offset = this.offsetMs(new Date(local));
    return new Date(local - offset).toISOString();
  }

  private cityDate(days: number): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timeZone }).format(new Date(Date.now() + days * DAY));
  }

  private offsetMs(at: Date): number {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: this.config.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(at);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - Math.floor(at.getTime() / 60_000) * 60_000;
  }
}
