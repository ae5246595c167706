import type { Helix, ProgramKind, StakeholderKind } from '../domain/vocabulary.js';

/**
 * The reader's knowledge of Indonesian institutional naming. Each organisation rule says what it
 * recognises and why the organisation belongs to its helix; the README lists them. Names are
 * matched case-sensitively where Indonesian writes them capitalised (a proper name), so
 * "pemerintah" in running text is not an organisation but "Pemerintah Kota Bontang" is.
 */

export interface OrgFamily {
  /** Regex source of the head word(s); a name follows or, for acronyms, the head is the name. */
  head: string;
  helix: Helix;
  kind: StakeholderKind;
  /** Whether a region is expected after the name ("Dinas Pariwisata Kota Bontang"). */
  regional: boolean;
  /** The helix decision, in a sentence (shown in the README). */
  why: string;
  /** The head ends the name instead of starting it. */
  tail?: boolean;
}

/** Organisations named by a head word and the capitalised words after it. */
export const ORG_FAMILIES: OrgFamily[] = [
  { head: 'Dinas', helix: 'GOVERNMENT', kind: 'REGIONAL_OFFICE', regional: true, why: 'a dinas is an office of a regional government (UU 23/2014)' },
  { head: 'Badan', helix: 'GOVERNMENT', kind: 'REGIONAL_OFFICE', regional: true, why: 'a badan is a government agency (regional when its name ends in "Daerah", national otherwise)' },
  { head: 'Kementerian', helix: 'GOVERNMENT', kind: 'NATIONAL_GOVERNMENT', regional: false, why: 'a ministry of the national government' },
  { head: 'Kantor Wilayah|Kanwil', helix: 'GOVERNMENT', kind: 'NATIONAL_GOVERNMENT', regional: false, why: 'a regional branch of a ministry is national government' },
  { head: 'University|Institute|Polytechnic', helix: 'ACADEMIA', kind: 'UNIVERSITY', regional: false, why: 'an English name puts the head last ("Swiss German University"): academia', tail: true },
  { head: 'Universitas|Institut|Politeknik|Sekolah Tinggi|Akademi|STIE|STIKES|STMIK|UIN', helix: 'ACADEMIA', kind: 'UNIVERSITY', regional: false, why: 'higher education (perguruan tinggi) is academia whoever owns it' },
  { head: 'SMAN?|SMKN?|SMPN?|SDN?|MAN|MTsN?|Sekolah', helix: 'ACADEMIA', kind: 'SCHOOL', regional: false, why: 'schools teach: academia' },
  { head: 'Lembaga Penelitian|Pusat Studi|Pusat Penelitian|Balai Penelitian|Balai Riset', helix: 'ACADEMIA', kind: 'RESEARCH_INSTITUTE', regional: false, why: 'research bodies produce knowledge: academia' },
  { head: 'PT\\.?|CV\\.?|Perum|Perusahaan Umum', helix: 'BUSINESS', kind: 'PRIVATE_COMPANY', regional: false, why: 'a legal form of a company (PT, CV, Perum): business, state-owned when (Persero)/Perseroda/Perum or a known BUMN' },
  { head: 'Kawasan Industri', helix: 'BUSINESS', kind: 'INDUSTRIAL_ESTATE', regional: false, why: 'an industrial estate is run by a business' },
  { head: 'Asosiasi|Gabungan|Himpunan Pengusaha|Perhimpunan Hotel|Kamar Dagang', helix: 'BUSINESS', kind: 'BUSINESS_ASSOCIATION', regional: true, why: 'associations of companies speak for business' },
  { head: 'Yayasan|Lembaga Swadaya Masyarakat|LSM', helix: 'COMMUNITY', kind: 'NGO', regional: true, why: 'foundations and NGOs are civil society: community' },
  { head: 'Komunitas|Kelompok|Paguyuban|Ikatan|Persatuan|Perkumpulan|Himpunan|Karang Taruna|Forum|Tim Penggerak', helix: 'COMMUNITY', kind: 'COMMUNITY_ORGANISATION', regional: true, why: 'associations of citizens (komunitas, kelompok, paguyuban, forum warga): community' },
];

export interface KnownName {
  /** As written (an acronym or short form) or a full name. */
  name: string;
  /** The official name, when `name` is short. */
  expansion?: string;
  helix: Helix;
  kind: StakeholderKind;
  /** Regional bodies take the report's region ("Disnaker" -> "Dinas Tenaga Kerja Kota Bontang"). */
  regional?: boolean;
  why: string;
}

const office = (name: string, expansion: string): KnownName => ({
  name, expansion, helix: 'GOVERNMENT', kind: 'REGIONAL_OFFICE', regional: true, why: 'a standard abbreviation of a regional government office',
});
const soe = (name: string, expansion?: string): KnownName => ({
  name, ...(expansion ? { expansion } : {}), helix: 'BUSINESS', kind: 'STATE_OWNED_COMPANY', why: 'a state-owned enterprise (BUMN) trades: business',
});
const campus = (name: string, expansion: string): KnownName => ({
  name, expansion, helix: 'ACADEMIA', kind: 'UNIVERSITY', why: 'the standard short name of a university',
});
const outlet = (name: string): KnownName => ({ name, helix: 'MEDIA', kind: 'NEWS_OUTLET', why: 'a news outlet reports: media' });
const national = (name: string, expansion: string): KnownName => ({
  name, expansion, helix: 'GOVERNMENT', kind: 'NATIONAL_GOVERNMENT', why: 'a national government body',
});
const association = (name: string, expansion: string): KnownName => ({
  name, expansion, helix: 'BUSINESS', kind: 'BUSINESS_ASSOCIATION', regional: true, why: 'an association of companies speaks for business',
});
const community = (name: string, expansion: string): KnownName => ({
  name, expansion, helix: 'COMMUNITY', kind: 'COMMUNITY_ORGANISATION', regional: true, why: 'a citizens\' organisation: community',
});

/** Names and standard abbreviations the reader knows without the text defining them. */
export const KNOWN_NAMES: KnownName[] = [
  office('Disnaker', 'Dinas Tenaga Kerja'),
  office('Disnakertrans', 'Dinas Tenaga Kerja dan Transmigrasi'),
  office('Dispar', 'Dinas Pariwisata'),
  office('Disparbud', 'Dinas Pariwisata dan Kebudayaan'),
  office('Disbudpar', 'Dinas Kebudayaan dan Pariwisata'),
  office('Disporapar', 'Dinas Pemuda, Olahraga dan Pariwisata'),
  office('Dispora', 'Dinas Pemuda dan Olahraga'),
  office('Disdik', 'Dinas Pendidikan'),
  office('Disdikbud', 'Dinas Pendidikan dan Kebudayaan'),
  office('Dinkes', 'Dinas Kesehatan'),
  office('Dishub', 'Dinas Perhubungan'),
  office('Dinsos', 'Dinas Sosial'),
  office('Diskominfo', 'Dinas Komunikasi dan Informatika'),
  office('Disperindag', 'Dinas Perindustrian dan Perdagangan'),
  office('Diskop', 'Dinas Koperasi'),
  office('DLH', 'Dinas Lingkungan Hidup'),
  office('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'),
  office('Bappeda', 'Badan Perencanaan Pembangunan Daerah'),
  office('Bapperida', 'Badan Perencanaan Pembangunan, Riset, dan Inovasi Daerah'),
  office('Bappelitbangda', 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah'),
  office('Bapenda', 'Badan Pendapatan Daerah'),
  office('BPBD', 'Badan Penanggulangan Bencana Daerah'),
  office('BPSDM', 'Badan Pengembangan Sumber Daya Manusia'),
  office('BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'),
  office('Brida', 'Badan Riset dan Inovasi Daerah'),
  office('Setda', 'Sekretariat Daerah'),
  office('OPD', 'Organisasi Perangkat Daerah'),
  national('Bappenas', 'Badan Perencanaan Pembangunan Nasional'),
  national('Kemenpar', 'Kementerian Pariwisata'),
  national('Kemenparekraf', 'Kementerian Pariwisata dan Ekonomi Kreatif'),
  national('Kemendagri', 'Kementerian Dalam Negeri'),
  national('Kemnaker', 'Kementerian Ketenagakerjaan'),
  national('Kemenperin', 'Kementerian Perindustrian'),
  national('Kemendikbud', 'Kementerian Pendidikan dan Kebudayaan'),
  national('LLDIKTI', 'Lembaga Layanan Pendidikan Tinggi'),
  national('Ombudsman', 'Ombudsman Republik Indonesia'),
  national('SKK Migas', 'Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi'),
  national('OJK', 'Otoritas Jasa Keuangan'),
  { name: 'BRIN', expansion: 'Badan Riset dan Inovasi Nasional', helix: 'ACADEMIA', kind: 'RESEARCH_INSTITUTE', why: 'the national research agency produces knowledge: academia' },
  soe('Pertamina'),
  soe('PLN', 'Perusahaan Listrik Negara'),
  soe('Telkom'),
  soe('Badak LNG'),
  soe('Pupuk Kaltim', 'Pupuk Kalimantan Timur'),
  soe('Pupuk Indonesia'),
  soe('Pindad'),
  soe('Pegadaian'),
  soe('Pos Indonesia'),
  soe('Wijaya Karya'),
  soe('Pelni', 'Pelayaran Nasional Indonesia'),
  soe('Pelindo', 'Pelabuhan Indonesia'),
  soe('Dahana'),
  soe('Jasa Marga'),
  soe('Angkasa Pura'),
  soe('Semen Indonesia'),
  soe('Bank Mandiri'),
  soe('BRI', 'Bank Rakyat Indonesia'),
  soe('BNI', 'Bank Negara Indonesia'),
  association('Kadin', 'Kamar Dagang dan Industri'),
  association('Apindo', 'Asosiasi Pengusaha Indonesia'),
  association('PHRI', 'Perhimpunan Hotel dan Restoran Indonesia'),
  association('GIPI', 'Gabungan Industri Pariwisata Indonesia'),
  association('ASITA', 'Association of the Indonesian Tours and Travel Agencies'),
  association('HIPMI', 'Himpunan Pengusaha Muda Indonesia'),
  community('MASATA', 'Masyarakat Sadar Wisata'),
  community('Pokdarwis', 'Kelompok Sadar Wisata'),
  community('GenPI', 'Generasi Pesona Indonesia'),
  community('PKK', 'Pemberdayaan Kesejahteraan Keluarga'),
  { name: 'Muhammadiyah', helix: 'COMMUNITY', kind: 'COMMUNITY_ORGANISATION', why: 'a mass religious organisation (ormas): community' },
  { name: 'Nahdlatul Ulama', helix: 'COMMUNITY', kind: 'COMMUNITY_ORGANISATION', why: 'a mass religious organisation (ormas): community' },
  campus('UGM', 'Universitas Gadjah Mada'),
  campus('ITB', 'Institut Teknologi Bandung'),
  campus('IPB', 'Institut Pertanian Bogor'),
  campus('ITS', 'Institut Teknologi Sepuluh Nopember'),
  campus('Unnes', 'Universitas Negeri Semarang'),
  campus('Unpad', 'Universitas Padjadjaran'),
  campus('Unmul', 'Universitas Mulawarman'),
  campus('Undip', 'Universitas Diponegoro'),
  campus('Unair', 'Universitas Airlangga'),
  campus('Unhas', 'Universitas Hasanuddin'),
  campus('Unesa', 'Universitas Negeri Surabaya'),
  campus('UNY', 'Universitas Negeri Yogyakarta'),
  campus('UHO', 'Universitas Halu Oleo'),
  outlet('Antara'), outlet('Kompas'), outlet('Tempo'), outlet('Republika'), outlet('Media Indonesia'),
  outlet('Detik'), outlet('Liputan6'), outlet('Kumparan'), outlet('CNN Indonesia'), outlet('Metro TV'), outlet('TVRI'),
  outlet('RRI'), outlet('Jawa Pos'), outlet('Tribun Kaltim'), outlet('Kaltim Post'),
];

/** Government by level: "Pemkot Bontang" is "Pemerintah Kota Bontang". */
export const GOVERNMENT_LEVELS: Array<{ heads: string; level: 'CITY' | 'REGENCY' | 'PROVINCE'; word: string; short: string; kind: StakeholderKind }> = [
  { heads: 'Pemerintah Kota|Pemkot|Pemko', level: 'CITY', word: 'Kota', short: 'Pemkot', kind: 'CITY_GOVERNMENT' },
  { heads: 'Pemerintah Kabupaten|Pemkab', level: 'REGENCY', word: 'Kabupaten', short: 'Pemkab', kind: 'REGENCY_GOVERNMENT' },
  { heads: 'Pemerintah Provinsi|Pemprov', level: 'PROVINCE', word: 'Provinsi', short: 'Pemprov', kind: 'PROVINCIAL_GOVERNMENT' },
];

/** Regional bodies named as "<head> <region>", each with its official name. */
export const REGIONAL_BODIES: Array<{ heads: string; official: string; short: string; kind: StakeholderKind; why: string }> = [
  { heads: 'Dewan Perwakilan Rakyat Daerah|DPRD', official: 'Dewan Perwakilan Rakyat Daerah', short: 'DPRD', kind: 'REGIONAL_COUNCIL', why: 'the regional parliament is part of regional government' },
  { heads: 'Forum Komunikasi Pimpinan Daerah|Forkopimda', official: 'Forum Komunikasi Pimpinan Daerah', short: 'Forkopimda', kind: 'LEADERSHIP_FORUM', why: 'the forum of regional leaders (head of region, DPRD, police, military, prosecutor) is government' },
  { heads: 'Sekretariat Daerah|Setda|Sekretaris Daerah|Sekda', official: 'Sekretariat Daerah', short: 'Setda', kind: 'REGIONAL_OFFICE', why: 'the regional secretariat runs the regional government\'s offices' },
  { heads: 'Organisasi Perangkat Daerah|OPD', official: 'Organisasi Perangkat Daerah', short: 'OPD', kind: 'REGIONAL_OFFICE', why: 'the regional government\'s offices (perangkat daerah) are government' },
];

/** Board levels of national organisations: "DPC MASATA Kota Bontang". */
export const BOARDS: Record<string, string> = {
  DPP: 'Dewan Pimpinan Pusat',
  DPD: 'Dewan Pimpinan Daerah',
  DPW: 'Dewan Pimpinan Wilayah',
  DPC: 'Dewan Pimpinan Cabang',
};

/** Groups a report names without a proper name; the report's region qualifies them. */
export const COLLECTIVES: Array<{ pattern: string; helix: Helix; kind: StakeholderKind; why: string }> = [
  { pattern: '(?:perwakilan\\s+)?tokoh\\s+masyarakat', helix: 'COMMUNITY', kind: 'OTHER', why: 'community figures speak for citizens' },
  { pattern: '(?:perwakilan\\s+)?tokoh\\s+agama', helix: 'COMMUNITY', kind: 'OTHER', why: 'religious leaders speak for citizens' },
  { pattern: '(?:perwakilan\\s+)?pelaku\\s+usaha(?:\\s+(?:di\\s+)?kawasan\\s+industri)?', helix: 'BUSINESS', kind: 'PRIVATE_COMPANY', why: 'pelaku usaha are businesses' },
  { pattern: '(?:perwakilan\\s+)?pelaku\\s+pariwisata', helix: 'BUSINESS', kind: 'PRIVATE_COMPANY', why: 'tourism operators are businesses' },
  { pattern: 'perwakilan\\s+perempuan(?:\\s+dari\\s+(?:berbagai\\s+)?instansi(?:\\s+dan\\s+organisasi\\s+kemitraan)?)?', helix: 'COMMUNITY', kind: 'COMMUNITY_ORGANISATION', why: 'women\'s organisations are civil society' },
];

/** Province names and their usual short forms. */
export const PROVINCES: Record<string, string> = {
  Aceh: 'Aceh', Sumut: 'Sumatera Utara', Sumbar: 'Sumatera Barat', Riau: 'Riau', Kepri: 'Kepulauan Riau', Jambi: 'Jambi',
  Sumsel: 'Sumatera Selatan', Babel: 'Kepulauan Bangka Belitung', Bengkulu: 'Bengkulu', Lampung: 'Lampung',
  Banten: 'Banten', Jabar: 'Jawa Barat', Jateng: 'Jawa Tengah', DIY: 'Daerah Istimewa Yogyakarta', Jatim: 'Jawa Timur',
  Bali: 'Bali', NTB: 'Nusa Tenggara Barat', NTT: 'Nusa Tenggara Timur', Kalbar: 'Kalimantan Barat', Kalteng: 'Kalimantan Tengah',
  Kalsel: 'Kalimantan Selatan', Kaltim: 'Kalimantan Timur', Kaltara: 'Kalimantan Utara', Sulut: 'Sulawesi Utara',
  Sulteng: 'Sulawesi Tengah', Sulsel: 'Sulawesi Selatan', Sultra: 'Sulawesi Tenggara', Gorontalo: 'Gorontalo',
  Sulbar: 'Sulawesi Barat', Maluku: 'Maluku', Malut: 'Maluku Utara', Papua: 'Papua', 'Papua Barat': 'Papua Barat',
  'DKI Jakarta': 'DKI Jakarta', Jakarta: 'DKI Jakarta',
};
for (const full of Object.values(PROVINCES)) PROVINCES[full] = full;

/** Offices a person holds, and which organisation a title without one points at. */
export interface TitleRule {
  title: string;
  /** The office as the graph writes it. */
  canonical: string;
  /** For a head of a region: the government the office belongs to. */
  government?: 'CITY' | 'REGENCY' | 'PROVINCE';
  /** A title that names the office's organisation in itself (Kadispar = Kepala Dinas Pariwisata). */
  impliesOrg?: string;
}

export const TITLES: TitleRule[] = [
  { title: 'Wakil Wali Kota|Wakil Walikota|Wawali|Wawalkot', canonical: 'Wakil Wali Kota', government: 'CITY' },
  { title: 'Pj\\.? Wali Kota|Plt\\.? Wali Kota|Wali Kota|Walikota|Wako', canonical: 'Wali Kota', government: 'CITY' },
  { title: 'Wakil Bupati|Wabup', canonical: 'Wakil Bupati', government: 'REGENCY' },
  { title: 'Pj\\.? Bupati|Plt\\.? Bupati|Bupati', canonical: 'Bupati', government: 'REGENCY' },
  { title: 'Wakil Gubernur|Wagub', canonical: 'Wakil Gubernur', government: 'PROVINCE' },
  { title: 'Pj\\.? Gubernur|Plt\\.? Gubernur|Gubernur', canonical: 'Gubernur', government: 'PROVINCE' },
  { title: 'Kadispar', canonical: 'Kepala Dinas Pariwisata', impliesOrg: 'Dinas Pariwisata' },
  { title: 'Kadisnaker', canonical: 'Kepala Dinas Tenaga Kerja', impliesOrg: 'Dinas Tenaga Kerja' },
  { title: 'Direktur Utama|Dirut|Presiden Direktur|Direktur|(?:Area )?General Manager|Komisaris Utama|Komisaris|Chief (?:[A-Z]\\w+ )+Officer|Manager|Manajer', canonical: '' },
  { title: 'Wakil Rektor(?: [IVX]+)?|Rektor|Dekan', canonical: '' },
  { title: 'Kepala (?:Bagian|Bidang|Seksi|Sub Bagian)|Kepala|Ketua Umum|Wakil Ketua|Ketua|Sekretaris|Koordinator|Pemimpin Redaksi|Redaktur|Camat|Lurah', canonical: '' },
];

/** Words that start a person's name but are not part of it. */
export const HONORIFICS = /^(?:Prof\.?|Dr\.?|Drs\.?|Dra\.?|Ir\.?|H\.|Hj\.|Hj|dr\.?|Bapak|Pak|Ibu|Bu|Bunda|Bung|Kak|Sdr\.?)$/u;
/** Academic degrees written after a name ("Husain SPd MPd", "M.Si"). */
export const DEGREES = /^(?:S\.?\w{1,4}\.?|M\.?\w{1,4}\.?|SPd|MPd|ST|SH|SE|MM|MT|MSi|MBA|M\.B\.A\.?|B\.B\.A\.?|Ph\.?D\.?|Ing)$/u;

/** Events, meetings, workshops, awards and programmes by their head word. */
export const PROGRAM_HEADS: Array<{ head: string; kind: ProgramKind; expansion?: string }> = [
  { head: 'Rapat Koordinasi|Rakor', kind: 'MEETING', expansion: 'Rapat Koordinasi' },
  { head: 'Rapat Kerja Nasional|Rakernas', kind: 'MEETING' },
  { head: 'Rapat Kerja Daerah|Rakerda|Rapat Kerja', kind: 'MEETING' },
  { head: 'Rapat Dengar Pendapat|RDP', kind: 'MEETING' },
  { head: 'Musyawarah Nasional|MUNAS|Munas|Musyawarah', kind: 'EVENT' },
  { head: 'Workshop|Lokakarya|Seminar|Webinar|Pelatihan|Bimbingan Teknis|Bimtek|Sosialisasi', kind: 'WORKSHOP' },
  { head: 'Festival|Pameran|Expo|Job Fair|Bursa Kerja|Konferensi|Forum Pentahelix|Pentahelix Executive Forum|Kongres', kind: 'EVENT' },
  { head: 'Program', kind: 'PROGRAM' },
  { head: 'Peraturan Daerah|Perda|Peraturan Wali Kota|Perwali|Peraturan Bupati|Perbup|Peraturan Gubernur|Pergub', kind: 'POLICY' },
];

/** Capitalised words that never belong to a name (weekdays, months, sentence openers). */
export const NOT_NAME_WORDS = new Set([
  'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu', 'Ahad',
  'Dalam', 'Menurut', 'Selain', 'Sebagai', 'Para', 'Ia', 'Dia', 'Kami', 'Kita', 'Hal', 'Ini', 'Itu', 'Namun', 'Yang',
  'Acara', 'Kegiatan', 'Rapat', 'Foto', 'Baca', 'Dengan', 'Bahkan', 'Adapun', 'Sementara', 'Hari', 'Di', 'Pada', 'Dari', 'Untuk', 'Serta', 'Atas', 'Melalui', 'Kemudian', 'Tahun', 'Halaman', 'Sabtu',
]);

/** Places that follow "Kota" in slogans but are not cities ("Kota Industri dan Jasa", "Ibu Kota Nusantara"). */
export const NOT_PLACES = new Set(['Industri', 'Jasa', 'Baru', 'Nusantara', 'Wisata', 'Layak', 'Pintar', 'Sehat', 'Kreatif', 'Cerdas', 'Negara', 'Hijau', 'Maju']);
