import { CategoryModule } from '../categories/category.entity';

/** The departments (OPD) of the demo city; a deployment edits these in the admin area. */
export const DEMO_DEPARTMENTS: { code: string; shortName: string; name: string; nameEn: string }[] = [
  { code: 'SETDA', shortName: 'Setda', name: 'Sekretariat Daerah', nameEn: 'Regional Secretariat' },
  { code: 'DPU', shortName: 'DPU', name: 'Dinas Pekerjaan Umum', nameEn: 'Public Works Agency' },
  { code: 'DLH', shortName: 'DLH', name: 'Dinas Lingkungan Hidup', nameEn: 'Environment Agency' },
  { code: 'DISHUB', shortName: 'Dishub', name: 'Dinas Perhubungan', nameEn: 'Transport Agency' },
  { code: 'DINKES', shortName: 'Dinkes', name: 'Dinas Kesehatan', nameEn: 'Health Agency' },
  { code: 'DISDIK', shortName: 'Disdik', name: 'Dinas Pendidikan', nameEn: 'Education Agency' },
  { code: 'DINSOS', shortName: 'Dinsos', name: 'Dinas Sosial', nameEn: 'Social Affairs Agency' },
  { code: 'DISDUKCAPIL', shortName: 'Disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', nameEn: 'Population and Civil Registration Agency' },
  { code: 'DISPERKIM', shortName: 'Disperkim', name: 'Dinas Perumahan dan Kawasan Permukiman', nameEn: 'Housing and Settlements Agency' },
  { code: 'SATPOLPP', shortName: 'Satpol PP', name: 'Satuan Polisi Pamong Praja', nameEn: 'Civil Service Police Unit' },
  { code: 'BPBD', shortName: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', nameEn: 'Regional Disaster Management Agency' },
  { code: 'DPMPTSP', shortName: 'DPMPTSP', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', nameEn: 'Investment and One-Stop Services Agency' },
  { code: 'DISKOMINFO', shortName: 'Diskominfo', name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian', nameEn: 'Communication and Informatics Agency' },
  { code: 'BAPPEDA', shortName: 'Bappeda', name: 'Badan Perencanaan Pembangunan Daerah', nameEn: 'Regional Development Planning Agency' },
  { code: 'BPKAD', shortName: 'BPKAD', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', nameEn: 'Regional Finance and Asset Agency' },
];

type DemoCategory = { module: CategoryModule; code: string; nameId: string; nameEn: string; department?: string };

export const DEMO_CATEGORIES: DemoCategory[] = [
  { module: 'report', code: 'jalan-jembatan', nameId: 'Jalan dan jembatan rusak', nameEn: 'Damaged roads and bridges', department: 'DPU' },
  { module: 'report', code: 'drainase-banjir', nameId: 'Drainase dan banjir', nameEn: 'Drainage and flooding', department: 'DPU' },
  { module: 'report', code: 'sampah-kebersihan', nameId: 'Sampah dan kebersihan', nameEn: 'Waste and cleanliness', department: 'DLH' },
  { module: 'report', code: 'taman-pohon', nameId: 'Taman dan pohon', nameEn: 'Parks and trees', department: 'DLH' },
  { module: 'report', code: 'penerangan-jalan', nameId: 'Penerangan jalan umum', nameEn: 'Street lighting', department: 'DISPERKIM' },
  { module: 'report', code: 'lalu-lintas-angkutan', nameId: 'Lalu lintas dan angkutan umum', nameEn: 'Traffic and public transport', department: 'DISHUB' },
  { module: 'report', code: 'layanan-kesehatan', nameId: 'Layanan kesehatan', nameEn: 'Health services', department: 'DINKES' },
  { module: 'report', code: 'pendidikan', nameId: 'Pendidikan dan sekolah', nameEn: 'Education and schools', department: 'DISDIK' },
  { module: 'report', code: 'bantuan-sosial', nameId: 'Bantuan sosial', nameEn: 'Social assistance', department: 'DINSOS' },
  { module: 'report', code: 'administrasi-kependudukan', nameId: 'KTP, KK dan akta', nameEn: 'ID cards and civil registration', department: 'DISDUKCAPIL' },
  { module: 'report', code: 'ketertiban-umum', nameId: 'Ketertiban umum', nameEn: 'Public order', department: 'SATPOLPP' },
  { module: 'report', code: 'bencana', nameId: 'Bencana dan kedaruratan', nameEn: 'Disasters and emergencies', department: 'BPBD' },
  { module: 'report', code: 'perizinan', nameId: 'Perizinan dan investasi', nameEn: 'Permits and investment', department: 'DPMPTSP' },
  { module: 'report', code: 'lainnya', nameId: 'Lainnya', nameEn: 'Other', department: 'SETDA' },
  { module: 'petition', code: 'infrastruktur', nameId: 'Infrastruktur', nameEn: 'Infrastructure' },
  { module: 'petition', code: 'lingkungan', nameId: 'Lingkungan hidup', nameEn: 'Environment' },
  { module: 'petition', code: 'transportasi', nameId: 'Transportasi', nameEn: 'Transport' },
  { module: 'petition', code: 'kesehatan', nameId: 'Kesehatan', nameEn: 'Health' },
  { module: 'petition', code: 'pendidikan', nameId: 'Pendidikan', nameEn: 'Education' },
  { module: 'petition', code: 'sosial-ekonomi', nameId: 'Sosial dan ekonomi', nameEn: 'Social and economy' },
  { module: 'petition', code: 'tata-kelola', nameId: 'Tata kelola pemerintahan', nameEn: 'Governance' },
  { module: 'forum', code: 'umum', nameId: 'Obrolan umum', nameEn: 'General discussion' },
  { module: 'forum', code: 'lingkungan-warga', nameId: 'Lingkungan dan kampung', nameEn: 'Neighbourhoods' },
  { module: 'forum', code: 'pelayanan-publik', nameId: 'Pelayanan publik', nameEn: 'Public services' },
  { module: 'forum', code: 'pembangunan', nameId: 'Pembangunan kota', nameEn: 'City development' },
  { module: 'proposal', code: 'infrastruktur', nameId: 'Infrastruktur', nameEn: 'Infrastructure' },
  { module: 'proposal', code: 'ekonomi', nameId: 'Ekonomi', nameEn: 'Economy' },
  { module: 'proposal', code: 'sosial-budaya', nameId: 'Sosial dan budaya', nameEn: 'Social and culture' },
  { module: 'proposal', code: 'lingkungan', nameId: 'Lingkungan hidup', nameEn: 'Environment' },
];
