import { seededRandom } from '../random.js';
import type { CollaborationKind, Helix, ParticipationRole, ProgramKind, StakeholderKind } from '../domain/vocabulary.js';
import type { CollaborationRecord, Dataset, ParticipationRecord, ProgramRecord, RegionRecord, SourceRecord, StakeholderRecord } from '../domain/dataset.js';

/**
 * Deterministic synthetic pentahelix networks for benchmarks: N stakeholders with the helix mix
 * of a real region, activity drawn from a heavy-tailed (Pareto) distribution, mostly local
 * cooperation, collaborations of mostly two parties and programs of a few to sixty. The output
 * is an ordinary Dataset, loaded by the same loader as the curated seed.
 */

export interface SyntheticOptions {
  stakeholders: number;
  seed: number;
  /** Distinct derived ties per stakeholder to aim for (about 10 gives a million at 100,000). */
  targetTiesPerStakeholder?: number;
}

/** Weighted sampling by binary search over cumulative weights. */
class Sampler {
  private readonly cumulative: Float64Array;
  constructor(
    readonly items: Int32Array,
    weights: ArrayLike<number>,
  ) {
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      total += weights[items[i]!]!;
      this.cumulative[i] = total;
    }
  }
  pick(random: () => number): number {
    const target = random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

const HELIX_MIX: Array<[Helix, number]> = [
  ['GOVERNMENT', 0.3],
  ['BUSINESS', 0.3],
  ['COMMUNITY', 0.22],
  ['ACADEMIA', 0.1],
  ['MEDIA', 0.08],
];
const KINDS: Record<Helix, Array<[StakeholderKind, number]>> = {
  GOVERNMENT: [['REGIONAL_OFFICE', 0.8], ['DISTRICT_OFFICE', 0.15], ['VILLAGE_OFFICE', 0.05]],
  BUSINESS: [['PRIVATE_COMPANY', 0.8], ['STATE_OWNED_COMPANY', 0.08], ['INDUSTRIAL_ESTATE', 0.04], ['BUSINESS_ASSOCIATION', 0.08]],
  ACADEMIA: [['UNIVERSITY', 0.5], ['RESEARCH_INSTITUTE', 0.2], ['SCHOOL', 0.3]],
  COMMUNITY: [['COMMUNITY_ORGANISATION', 0.7], ['NGO', 0.3]],
  MEDIA: [['NEWS_OUTLET', 1]],
};
const OFFICES = ['Tenaga Kerja', 'Pariwisata', 'Pendidikan', 'Kesehatan', 'Perindustrian', 'Lingkungan Hidup', 'Perhubungan', 'Koperasi dan UKM'];
const SECTORS = ['Energi', 'Pupuk', 'Logistik', 'Agro', 'Digital', 'Konstruksi', 'Perikanan', 'Tekstil'];
const THEMES = ['Sadar Wisata', 'Pemuda', 'Perempuan', 'Lingkungan', 'Literasi', 'UMKM', 'Budaya', 'Difabel'];
const COLLABORATION_KINDS: Array<[CollaborationKind, number]> = [
  ['PARTNERSHIP', 0.3], ['COORDINATION', 0.2], ['AGREEMENT', 0.15], ['FACILITATION', 0.1], ['CSR', 0.1], ['SPONSORSHIP', 0.05], ['CONSULTATION', 0.05], ['ADVISORY', 0.05],
];
const PROGRAM_KINDS: Array<[ProgramKind, number]> = [['PROGRAM', 0.3], ['EVENT', 0.3], ['MEETING', 0.25], ['WORKSHOP', 0.1], ['AWARD', 0.05]];
const ROLES: Array<[ParticipationRole, number]> = [['PARTICIPANT', 0.6], ['SUPPORTER', 0.15], ['SPEAKER', 0.1], ['FACILITATOR', 0.05], ['FUNDER', 0.05], ['REPORTER', 0.05]];

const DAY = 86_400_000;
const EPOCH_2018 = Date.UTC(2018, 0, 1);
const SPAN_DAYS = 3100; // to mid-2026
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(6, '0');

export function generateDataset(options: SyntheticOptions): Dataset {
  const n = Math.max(10, Math.floor(options.stakeholders));
  const random = seededRandom(options.seed);
  const choose = <T>(table: Array<[T, number]>): T => {
    let r = random();
    for (const [value, p] of table) {
      if ((r -= p) < 0) return value;
    }
    return table[table.length - 1]![0];
  };
  const pareto = (alpha: number) => Math.pow(1 - random(), -1 / alpha);
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  // Regions: country, provinces, and cities/regencies ("localities") where stakeholders live.
  const provinces = Math.min(38, Math.max(1, Math.round(n / 2000)));
  const localities = Math.max(1, Math.round(n / 400));
  const regions: RegionRecord[] = [{ id: 'syn-indonesia', name: 'Indonesia (sintetis)', level: 'COUNTRY' }];
  for (let p = 0; p < provinces; p++) regions.push({ id: `syn-prov-${p}`, name: `Provinsi Sintesis ${p + 1}`, level: 'PROVINCE', partOf: 'syn-indonesia' });
  const provinceOf = new Int32Array(localities);
  const localityIds: string[] = [];
  for (let l = 0; l < localities; l++) {
    provinceOf[l] = l % provinces;
    const city = random() < 0.4;
    const id = `syn-loc-${l}`;
    localityIds.push(id);
    regions.push({ id, name: `${city ? 'Kota' : 'Kabupaten'} Sintesis ${l + 1}`, level: city ? 'CITY' : 'REGENCY', partOf: `syn-prov-${provinceOf[l]}` });
  }

  // Stakeholders: each locality has its government and council; the rest follow the helix mix.
  const stakeholders: StakeholderRecord[] = [];
  const localityOf = new Int32Array(n);
  const weight = new Float64Array(n);
  const governmentOf = new Int32Array(localities).fill(-1);
  const localitySize = Array.from({ length: localities }, () => pareto(1.2));
  const localitySampler = new Sampler(Int32Array.from({ length: localities }, (_, i) => i), localitySize);
  for (let i = 0; i < n; i++) {
    const id = `syn-s-${pad(i)}`;
    const l = i < localities ? i : i < 2 * localities ? i - localities : localitySampler.pick(random);
    localityOf[i] = l;
    const place = regions[1 + provinces + l]!.name;
    let record: StakeholderRecord;
    if (i < localities) {
      governmentOf[l] = i;
      record = { id, name: `Pemerintah ${place}`, aliases: [`Pemda ${l + 1}`], helix: 'GOVERNMENT', kind: place.startsWith('Kota') ? 'CITY_GOVERNMENT' : 'REGENCY_GOVERNMENT', tags: [], evidence: [] };
      weight[i] = 8 * pareto(1.5);
    } else if (i < 2 * localities) {
      record = { id, name: `DPRD ${place}`, aliases: [], helix: 'GOVERNMENT', kind: 'REGIONAL_COUNCIL', tags: [], evidence: [] };
      weight[i] = 3 * pareto(1.5);
    } else {
      const helix = choose(HELIX_MIX);
      const kind = choose(KINDS[helix]);
      const name =
        helix === 'GOVERNMENT'
          ? `Dinas ${OFFICES[i % OFFICES.length]} ${place} ${i}`
          : helix === 'BUSINESS'
            ? `PT Contoh ${SECTORS[i % SECTORS.length]} ${i}`
            : helix === 'ACADEMIA'
              ? `${kind === 'SCHOOL' ? 'SMK' : kind === 'UNIVERSITY' ? 'Universitas' : 'Lembaga Riset'} Sintesis ${i}`
              : helix === 'COMMUNITY'
                ? `Komunitas ${THEMES[i % THEMES.length]} ${i}`
                : `Media Sintesis ${i}`;
      record = { id, name, aliases: [], helix, kind, tags: [], evidence: [], ...(helix === 'GOVERNMENT' ? { unitOf: `syn-s-${pad(governmentOf[l]!)}` } : {}) };
      weight[i] = pareto(1.5) * (kind === 'STATE_OWNED_COMPANY' || kind === 'INDUSTRIAL_ESTATE' ? 3 : 1);
    }
    record.regionId = localityIds[l]!;
    stakeholders.push(record);
  }

  // Samplers by activity: within a locality, a province, the whole country.
  const members = (key: (i: number) => number, count: number) => {
    const lists: number[][] = Array.from({ length: count }, () => []);
    for (let i = 0; i < n; i++) lists[key(i)]!.push(i);
    return lists.map((list) => new Sampler(Int32Array.from(list), weight));
  };
  const local = members((i) => localityOf[i]!, localities);
  const provincial = members((i) => provinceOf[localityOf[i]!]!, provinces);
  const national = new Sampler(Int32Array.from({ length: n }, (_, i) => i), weight);
  const partnerOf = (anchor: number) => {
    const r = random();
    const l = localityOf[anchor]!;
    return r < 0.85 ? local[l]!.pick(random) : r < 0.97 ? provincial[provinceOf[l]!]!.pick(random) : national.pick(random);
  };

  const sourceCount = Math.max(10, Math.round(n / 20));
  const sources: SourceRecord[] = Array.from({ length: sourceCount }, (_, i) => ({
    id: `syn-src-${pad(i)}`,
    title: `Berita sintetis ${i + 1}`,
    publisher: `Media Sintesis ${i % 50}`,
    publishedOn: iso(EPOCH_2018 + between(0, SPAN_DAYS) * DAY),
    kind: 'NEWS_ARTICLE',
    language: 'id',
  }));
  const evidence = (what: string) => [{ sourceId: sources[Math.floor(random() * sourceCount)]!.id, quote: `Laporan sintetis: ${what}`, confidence: 1 }];

  // Calibrated so distinct ties land near target x n (programs give about half).
  const target = options.targetTiesPerStakeholder ?? 10;
  const collaborations: CollaborationRecord[] = [];
  const collaborationCount = Math.round(n * target * 0.36);
  for (let c = 0; c < collaborationCount; c++) {
    const anchor = national.pick(random);
    const size = random() < 0.75 ? 2 : random() < 0.6 ? 3 : between(4, 6);
    const parties = new Set([anchor]);
    for (let tries = 0; parties.size < size && tries < size * 4; tries++) parties.add(partnerOf(anchor));
    if (parties.size < 2) continue;
    const start = EPOCH_2018 + between(0, SPAN_DAYS) * DAY;
    const ended = random() < 0.3;
    const id = `syn-c-${pad(c)}`;
    collaborations.push({
      id,
      name: `Kerja sama ${c + 1}`,
      kind: choose(COLLABORATION_KINDS),
      strength: Math.round((0.2 + 0.8 * random()) * 100) / 100,
      status: ended ? 'ENDED' : 'ACTIVE',
      startedOn: iso(start),
      ...(ended ? { endedOn: iso(start + between(30, 900) * DAY) } : {}),
      parties: [...parties].map((p) => ({ stakeholderId: stakeholders[p]!.id })),
      evidence: evidence(id),
    });
  }

  const programs: ProgramRecord[] = [];
  const participations: ParticipationRecord[] = [];
  const programCount = Math.max(1, Math.round((n * target) / 95));
  for (let p = 0; p < programCount; p++) {
    const organiser = national.pick(random);
    const l = localityOf[organiser]!;
    const start = EPOCH_2018 + between(0, SPAN_DAYS) * DAY;
    const id = `syn-p-${pad(p)}`;
    programs.push({
      id,
      name: `Program Sintesis ${p + 1}`,
      aliases: [],
      kind: choose(PROGRAM_KINDS),
      startsOn: iso(start),
      endsOn: iso(start + between(0, 365) * DAY),
      regionId: localityIds[l]!,
      evidence: evidence(id),
    });
    if (p % 3 === 0 && collaborations.length > p) collaborations[p]!.programId = id;
    const size = Math.min(60, 2 + Math.floor(pareto(1.6) * 2));
    const people = new Set([organiser]);
    for (let tries = 0; people.size < size && tries < size * 4; tries++) people.add(partnerOf(organiser));
    let first = true;
    for (const s of people) {
      participations.push({ stakeholderId: stakeholders[s]!.id, programId: id, role: first ? 'ORGANIZER' : choose(ROLES), evidence: evidence(`${id} ${s}`) });
      first = false;
    }
  }

  return { sources, regions, stakeholders, people: [], programs, participations, collaborations, assessments: [] };
}

/** Distinct stakeholder pairs that share a collaboration or a program: the ties the loader derives. */
export function countDistinctTies(data: Dataset): number {
  const index = new Map(data.stakeholders.map((s, i) => [s.id, i]));
  const n = data.stakeholders.length;
  const pairs = new Set<number>();
  const addGroup = (ids: string[]) => {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = index.get(ids[i]!)!;
        const b = index.get(ids[j]!)!;
        if (a !== b) pairs.add(a < b ? a * n + b : b * n + a);
      }
    }
  };
  for (const c of data.collaborations) addGroup(c.parties.map((p) => p.stakeholderId));
  const byProgram = new Map<string, Set<string>>();
  for (const p of data.participations) {
    const set = byProgram.get(p.programId) ?? new Set<string>();
    set.add(p.stakeholderId);
    byProgram.set(p.programId, set);
  }
  for (const set of byProgram.values()) addGroup([...set]);
  return pairs.size;
}
