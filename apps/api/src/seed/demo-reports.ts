import { AuthUser, RequestMeta, Role } from '@walikota/api-platform';
import { AreaMap } from '@walikota/api-reference';
import { FileReportDto, ReportActionDto, ReportActionsService, ReportsService } from '@walikota/api-reports';
import { DataSource } from 'typeorm';

const META: RequestMeta = { requestId: 'demo-seed', ip: '127.0.0.1' };

interface DemoReport {
  report: Omit<FileReportDto, 'categoryId' | 'areaId' | 'latitude' | 'longitude'>;
  category: string;
  /** A place in Kota Semarang, [latitude, longitude]: the report's kelurahan is the one it lies in. */
  point: [number, number];
  /** Index into the first kelurahan of the city, by code: for a city without polygons. */
  area: number;
  steps: [by: 'moderator' | 'official', action: ReportActionDto][];
}

/** A handful of reports in every stage, so that a newcomer's first look at /aspirasi is not empty. */
const DEMO_REPORTS: DemoReport[] = [
  {
    report: {
      type: 'complaint',
      privacy: 'public',
      title: 'Jalan berlubang di depan pasar, membahayakan pengendara',
      description:
        'Lubang selebar satu meter di badan jalan depan pasar. Sudah dua pengendara motor terjatuh minggu ini, terutama saat hujan dan malam hari.',
      address: 'Depan pasar, sisi utara',
    },
    category: 'jalan-jembatan',
    point: [-6.9706, 110.4262],
    area: 0,
    steps: [
      ['moderator', { action: 'verify' }],
      ['moderator', { action: 'dispatch' }],
      ['official', { action: 'start' }],
      ['official', { action: 'note', note: 'Tim survei sudah mengukur lubang; penambalan dijadwalkan pekan ini.' }],
    ],
  },
  {
    report: {
      type: 'complaint',
      privacy: 'public',
      title: 'Saluran air tersumbat, jalan tergenang setiap hujan',
      description:
        'Saluran di sepanjang gang tersumbat sampah dan lumpur. Setiap hujan deras air meluap ke jalan dan masuk ke rumah warga.',
    },
    category: 'drainase-banjir',
    point: [-7.0102, 110.4251],
    area: 1,
    steps: [
      ['moderator', { action: 'verify' }],
      ['moderator', { action: 'dispatch' }],
      ['official', { action: 'start' }],
      ['official', { action: 'resolve', note: 'Saluran sudah dikeruk dan dibersihkan bersama warga pada hari Sabtu.' }],
    ],
  },
  {
    report: {
      type: 'complaint',
      privacy: 'anonymous',
      title: 'Sampah menumpuk di tepi sungai dekat jembatan',
      description: 'Tumpukan sampah rumah tangga di tepi sungai sudah dua minggu tidak diangkut dan menimbulkan bau tidak sedap.',
    },
    category: 'sampah-kebersihan',
    point: [-6.9681, 110.4283],
    area: 2,
    steps: [
      ['moderator', { action: 'verify' }],
      ['moderator', { action: 'dispatch' }],
    ],
  },
  {
    report: {
      type: 'complaint',
      privacy: 'public',
      title: 'Lampu penerangan jalan mati di sepanjang gang',
      description: 'Tiga lampu penerangan jalan umum di gang kami mati sejak sebulan lalu sehingga jalan gelap gulita di malam hari.',
    },
    category: 'penerangan-jalan',
    point: [-7.0502, 110.4381],
    area: 3,
    steps: [['moderator', { action: 'verify' }]],
  },
  {
    report: {
      type: 'aspiration',
      privacy: 'public',
      title: 'Usulan taman bermain anak di lahan kosong RW 05',
      description:
        'Lahan kosong milik pemerintah kota di RW 05 bisa dijadikan taman bermain anak dan ruang terbuka hijau bagi warga sekitar.',
    },
    category: 'taman-pohon',
    point: [-6.9952, 110.3472],
    area: 4,
    steps: [],
  },
  {
    report: {
      type: 'complaint',
      privacy: 'public',
      title: 'Trotoar amblas di sisi selatan Simpang Lima',
      description:
        'Paving trotoar di sisi selatan Simpang Lima amblas sedalam sejengkal; pejalan kaki dan penyandang disabilitas terpaksa turun ke jalan.',
      address: 'Simpang Lima, sisi selatan',
    },
    category: 'jalan-jembatan',
    point: [-6.9903, 110.4229],
    area: 0,
    steps: [
      ['moderator', { action: 'verify' }],
      ['moderator', { action: 'dispatch' }],
    ],
  },
  {
    report: {
      type: 'complaint',
      privacy: 'public',
      title: 'Genangan rob di jalan menuju pelabuhan',
      description:
        'Setiap pasang naik air rob menggenangi jalan menuju pelabuhan setinggi lutut; kendaraan mogok dan warga sulit keluar rumah.',
    },
    category: 'drainase-banjir',
    point: [-6.9612, 110.4231],
    area: 1,
    steps: [['moderator', { action: 'verify' }]],
  },
  {
    report: {
      type: 'complaint',
      privacy: 'public',
      title: 'Pohon tumbang menutup sebagian jalan di Banyumanik',
      description:
        'Pohon besar tumbang setelah hujan angin dan menutup separuh badan jalan; dahan yang tersisa masih menggantung di atas kabel listrik.',
    },
    category: 'taman-pohon',
    point: [-7.0641, 110.4182],
    area: 2,
    steps: [
      ['moderator', { action: 'verify' }],
      ['moderator', { action: 'dispatch' }],
    ],
  },
  {
    report: {
      type: 'aspiration',
      privacy: 'public',
      title: 'Usulan jalur sepeda dari Pedurungan ke pusat kota',
      description:
        'Banyak warga Pedurungan bersepeda ke pusat kota; jalur sepeda yang terpisah dari lalu lintas kendaraan akan membuatnya lebih aman.',
    },
    category: 'jalan-jembatan',
    point: [-6.9951, 110.4802],
    area: 3,
    steps: [['moderator', { action: 'verify' }]],
  },
  {
    report: {
      type: 'complaint',
      privacy: 'public',
      title: 'Jembatan kayu di Ngaliyan lapuk dan berlubang',
      description: 'Papan jembatan kayu penghubung dua RW di Ngaliyan lapuk dan berlubang; anak-anak melintasinya setiap hari ke sekolah.',
    },
    category: 'jalan-jembatan',
    point: [-6.9905, 110.3521],
    area: 4,
    steps: [
      ['moderator', { action: 'verify' }],
      ['moderator', { action: 'dispatch' }],
      ['official', { action: 'start' }],
      ['official', { action: 'resolve', note: 'Papan jembatan diganti dan pegangan tangan dipasang.' }],
    ],
  },
];

/** Files the demo reports as the demo citizen and moves them along as the demo staff would. */
export async function seedDemoReports(
  dataSource: DataSource,
  reports: ReportsService,
  actions: ReportActionsService,
  areaMap: AreaMap,
): Promise<number> {
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM report`);
  if (n > 0) return 0;
  const [citizen, moderator, official] = await Promise.all(
    ['warga@demo.walikota.id', 'moderator@demo.walikota.id', 'dpu@demo.walikota.id'].map((email) => principal(dataSource, email)),
  );
  if (!citizen || !moderator || !official) return 0;
  const areas: { id: string }[] = await dataSource.query(`SELECT id FROM area WHERE level <> 'kecamatan' ORDER BY code LIMIT 5`);
  let filed = 0;
  for (const demo of DEMO_REPORTS) {
    const [category] = await dataSource.query(`SELECT id FROM category WHERE module = 'report' AND code = $1`, [demo.category]);
    if (!category || !areas[demo.area]) continue;
    // In Kota Semarang each report sits on its place, in the kelurahan found from it; elsewhere
    // (another municipality's deployment) in one of the first kelurahan, without a point.
    const [latitude, longitude] = demo.point;
    const located = await areaMap.find(latitude, longitude);
    const where = located ? { latitude, longitude } : { areaId: areas[demo.area].id };
    const { code } = await reports.file(citizen, { ...demo.report, categoryId: category.id, ...where });
    for (const [by, action] of demo.steps) await actions.act(by === 'moderator' ? moderator : official, META, code, action);
    filed++;
  }
  return filed;
}

/** A demo account as the services see a signed-in caller. */
export async function principal(dataSource: DataSource, email: string): Promise<AuthUser | undefined> {
  const [row] = await dataSource.query(
    `SELECT u.id, u.language,
            COALESCE((SELECT array_agg(r.role) FROM user_role r WHERE r.user_id = u.id), '{}') AS roles,
            COALESCE((SELECT array_agg(m.department_id) FROM department_member m WHERE m.user_id = u.id), '{}') AS department_ids
       FROM app_user u WHERE u.email = $1`,
    [email],
  );
  return row
    ? { id: row.id, roles: row.roles as Role[], departmentIds: row.department_ids, language: row.language, via: 'session' }
    : undefined;
}
