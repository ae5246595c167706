import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutPointsOf, updateCutPoints, type CutPoints } from '../../../src/analytics/cut-points.js';
import { GAP_BOOST, helixBrokers, helixMatrix, PROGRAM_LIMIT, programsMissingHelices, rankPartnerships, suggestPartnerships, type GapNetwork } from '../../../src/analytics/gap-analysis.js';
import { CompactProjection, withIds } from '../../../src/analytics/compact.js';
import type { ProjectedProgram, ProjectedStakeholder } from '../../../src/analytics/projection.js';
import { epochDay } from '../../../src/analytics/time.js';
import { HELICES, type Helix } from '../../../src/domain/vocabulary.js';
import { seededRandom } from '../../../src/random.js';

/** A network as the engine holds it (the projection's view of the whole network): ids in order, rows sorted by neighbour. */
function viewOf(people: Iterable<ProjectedStakeholder>, ties: Set<string>): GapNetwork {
  const projection = new CompactProjection();
  const sink = projection.loader();
  for (const person of [...people].sort((x, y) => (x.id < y.id ? -1 : 1))) sink.stakeholder(person);
  for (const tie of ties) {
    const [a, b] = tie.split('|') as [string, string];
    sink.tie(a, b, 1, [true], [null], [null], [1]);
  }
  return withIds(projection.view({}));
}

const networkOf = (helixOf: Map<string, Helix>, ties: Set<string>, ancestors = new Map<string, string[]>()): GapNetwork =>
  viewOf(
    [...helixOf].map(([id, helix]) => ({ id, name: id, helix, kind: 'NGO', ancestors: ancestors.get(id) ?? [], regions: [] })),
    ties,
  );

/** By definition: remove v, and name the helix pairs present around v that no remaining part holds together. */
function bruteBrokers(net: GapNetwork): Array<{ id: string; separates: Array<[Helix, Helix]> }> {
  const { csr, stakeholders } = net;
  const row = (x: number) => Array.from(csr.targets.subarray(csr.offsets[x], csr.offsets[x + 1]));
  const reach = (from: number, without: number) => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length) {
      for (const y of row(queue.shift()!)) {
        if (y === without || seen.has(y)) continue;
        seen.add(y);
        queue.push(y);
      }
    }
    return seen;
  };
  const brokers: Array<{ id: string; separates: Array<[Helix, Helix]> }> = [];
  stakeholders.forEach((s, v) => {
    const around = [...reach(v, -1)].filter((u) => u !== v);
    const parts: Array<Set<Helix>> = [];
    const placed = new Set<number>();
    for (const u of around) {
      if (placed.has(u)) continue;
      const part = reach(u, v);
      part.forEach((x) => placed.add(x));
      parts.push(new Set([...part].map((x) => stakeholders[x]!.helix)));
    }
    // Only a cut point separates anything: with one part, nothing is split.
    if (parts.length < 2) return;
    const present = new Set(parts.flatMap((p) => [...p]));
    const separates: Array<[Helix, Helix]> = [];
    HELICES.forEach((a, i) =>
      HELICES.slice(i + 1).forEach((b) => {
        if (present.has(a) && present.has(b) && !parts.some((p) => p.has(a) && p.has(b))) separates.push([a, b]);
      }),
    );
    if (separates.length) brokers.push({ id: s.id, separates });
  });
  return brokers.sort((x, y) => y.separates.length - x.separates.length || (x.id < y.id ? -1 : 1));
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Adds up to `count` random ties between the ids `pick` draws. */
function addTies(ties: Set<string>, pick: () => string, count: number): void {
  for (let i = 0; i < count; i++) {
    const [a, b] = [pick(), pick()];
    if (a !== b) ties.add(key(a, b));
  }
}

/** One random write: a stakeholder added (or, with `changes`, one re-described), one deleted with its ties, a tie deleted or added. */
function randomWrite(random: () => number, people: Map<string, unknown>, ties: Set<string>, put: (id: string) => void, changes = 0): void {
  const ids = [...people.keys()];
  const pick = () => ids[Math.floor(random() * ids.length)]!;
  const kind = random();
  if (kind < 0.1) put(`n${Math.floor(random() * 100)}x`);
  else if (kind < 0.1 + changes) put(pick());
  else if (kind < 0.2 + changes && people.size > 3) {
    const gone = pick();
    people.delete(gone);
    for (const tie of [...ties]) if (tie.split('|').includes(gone)) ties.delete(tie);
  } else if (kind < 0.45 + changes && ties.size) ties.delete([...ties][Math.floor(random() * ties.size)]!);
  else addTies(ties, pick, 1);
}

describe('helix brokers from the blocks', () => {
  it('are the stakeholders whose removal splits two helices, by definition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 24 }), fc.integer({ min: 0, max: 40 }), (seed, n, m) => {
        const random = seededRandom(seed);
        const helixOf = new Map(Array.from({ length: n }, (_, i) => [`n${String(i).padStart(2, '0')}`, HELICES[Math.floor(random() * HELICES.length)]!] as const));
        const ids = [...helixOf.keys()];
        const ties = new Set<string>();
        addTies(ties, () => ids[Math.floor(random() * n)]!, m);
        const net = networkOf(helixOf, ties);
        expect(helixBrokers(net)).toEqual(bruteBrokers(net));
      }),
      { numRuns: 300 },
    );
  });

  it('read from cut points updated write by write agree with a fresh analysis', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 20 }), (seed, writes) => {
        const random = seededRandom(seed);
        const helix = () => HELICES[Math.floor(random() * HELICES.length)]!;
        const helixOf = new Map<string, Helix>(Array.from({ length: 18 }, (_, i) => [`n${String(i).padStart(2, '0')}`, helix()]));
        const ties = new Set<string>();
        const pick = () => [...helixOf.keys()][Math.floor(random() * helixOf.size)]!;
        addTies(ties, pick, 20);
        let net = networkOf(helixOf, ties);
        let cuts: CutPoints = cutPointsOf(net.csr);
        for (let w = 0; w < writes; w++) {
          randomWrite(random, helixOf, ties, (id) => helixOf.set(id, helix()));
          const next = networkOf(helixOf, ties);
          cuts = updateCutPoints({ csr: net.csr, cuts }, next.csr);
          net = next;
          expect(helixBrokers(net, cuts)).toEqual(bruteBrokers(net));
        }
      }),
      { numRuns: 80 },
    );
  });
});

/** Every untied cross-helix pair outside one hierarchy with a shared partner, scored by Adamic-Adar, ranked in full. */
function bruteSuggestions(net: GapNetwork, limit: number): Array<{ a: string; b: string; score: number }> {
  const { csr, stakeholders } = net;
  const row = (x: number) => Array.from(csr.targets.subarray(csr.offsets[x], csr.offsets[x + 1]));
  const lacking = new Set(helixMatrix(net).filter((c) => c.a !== c.b && (c.gap || c.weak)).flatMap((c) => [`${c.a}|${c.b}`, `${c.b}|${c.a}`]));
  const pairs: Array<{ u: number; w: number; score: number }> = [];
  for (let u = 0; u < stakeholders.length; u++) {
    for (let w = u + 1; w < stakeholders.length; w++) {
      const [a, b] = [stakeholders[u]!, stakeholders[w]!];
      if (a.helix === b.helix || row(u).includes(w)) continue;
      if (a.ancestors.includes(b.id) || b.ancestors.includes(a.id) || a.ancestors.some((x) => b.ancestors.includes(x))) continue;
      const common = row(u).filter((z) => row(w).includes(z) && row(z).length >= 2);
      if (common.length === 0) continue;
      const score = common.reduce((sum, z) => sum + 1 / Math.log(row(z).length), 0);
      pairs.push({ u, w, score: score * (lacking.has(`${a.helix}|${b.helix}`) ? GAP_BOOST : 1) });
    }
  }
  return pairs
    .sort((x, y) => y.score - x.score || x.u - y.u || x.w - y.w)
    .slice(0, limit)
    .map((p) => ({ a: csr.ids[p.u]!, b: csr.ids[p.w]!, score: Math.round(p.score * 1000) / 1000 }));
}

describe('suggested partnerships', () => {
  it('are the best-ranked pairs of all, however few are kept while ranking', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 30 }), fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 6 }), (seed, n, m, limit) => {
        const random = seededRandom(seed);
        const helixOf = new Map(Array.from({ length: n }, (_, i) => [`n${String(i).padStart(2, '0')}`, HELICES[Math.floor(random() * 3)]!] as const));
        const ids = [...helixOf.keys()];
        const ancestors = new Map(ids.filter(() => random() < 0.2).map((id) => [id, [ids[Math.floor(random() * n)]!]]));
        const ties = new Set<string>();
        addTies(ties, () => ids[Math.floor(random() * n)]!, m);
        const net = networkOf(helixOf, ties, ancestors);
        expect(suggestPartnerships(net, limit).map(({ a, b, score }) => ({ a, b, score }))).toEqual(bruteSuggestions(net, limit));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the ranking after a write', () => {
  it('updated from the previous version equals one ranked from scratch, write after write', () => {
    let reused = 0;
    let updates = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 4 }), (seed, writes, limit) => {
        const random = seededRandom(seed);
        // Records are kept across versions, as the projection keeps them, and replaced when a write changes one.
        const people = new Map<string, ProjectedStakeholder>();
        const put = (id: string) => people.set(id, { id, name: id, helix: HELICES[Math.floor(random() * 3)]!, kind: 'NGO', ancestors: random() < 0.15 ? [`n${String(Math.floor(random() * 30)).padStart(2, '0')}`] : [], regions: [] });
        for (let i = 0; i < 80; i++) put(`n${String(i).padStart(2, '0')}`);
        const ties = new Set<string>();
        const pick = () => [...people.keys()][Math.floor(random() * people.size)]!;
        addTies(ties, pick, 160);
        const netNow = () => viewOf(people.values(), ties);
        let net = netNow();
        let ranking = rankPartnerships(net, limit * 4);
        for (let w = 0; w < writes; w++) {
          randomWrite(random, people, ties, put, 0.05);
          net = netNow();
          ranking = rankPartnerships(net, limit * 4, helixMatrix(net), ranking);
          updates++;
          if (ranking.updated) reused++;
          // What the update keeps is the head of the full ranking, and at least what is asked for.
          const fresh = rankPartnerships(net, limit * 4);
          expect(ranking.best).toEqual(fresh.best.slice(0, ranking.best.length));
          expect(ranking.best.length).toBeGreaterThanOrEqual(Math.min(limit, fresh.best.length));
          expect(suggestPartnerships(net, limit, helixMatrix(net), ranking)).toEqual(suggestPartnerships(net, limit));
        }
      }),
      { numRuns: 80 },
    );
    // Most writes are local: most updates score only some stakeholders' pairs.
    expect(reused / updates).toBeGreaterThan(0.5);
  });
});

describe('programs missing helices', () => {
  const program = (id: string, startsOn: string | null, helices: Helix[], more: Partial<ProjectedProgram> = {}): ProjectedProgram => ({
    id,
    startsOn: startsOn === null ? null : epochDay(startsOn),
    regions: [],
    partOf: [],
    helices,
    ...more,
  });
  const programs = [
    program('b-2024', '2024-03-01', ['GOVERNMENT']),
    program('a-undated', null, ['GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY']),
    program('c-2025', '2025-01-10', ['MEDIA'], { regions: ['kota-bontang', 'kaltim'] }),
    program('a-2025', '2025-01-10', [...HELICES], { regions: ['kaltim'] }),
    program('d-part', '2023-05-01', [], { partOf: ['b-2024'], regions: ['kota-bontang', 'kaltim'] }),
  ];

  it('lists the helices no member belongs to, undated first, then the latest, then by id; complete programs left out', () => {
    expect(programsMissingHelices(programs, {})).toEqual([
      { programId: 'a-undated', missingHelices: ['MEDIA'] },
      { programId: 'c-2025', missingHelices: ['GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY'] },
      { programId: 'b-2024', missingHelices: ['BUSINESS', 'ACADEMIA', 'COMMUNITY', 'MEDIA'] },
      { programId: 'd-part', missingHelices: [...HELICES] },
    ]);
  });

  it('keeps a program with its parts, a region with the regions below it, and what had started by asOf', () => {
    const ids = (scope: Parameters<typeof programsMissingHelices>[1]) => programsMissingHelices(programs, scope).map((p) => p.programId);
    expect(ids({ program: 'b-2024' })).toEqual(['b-2024', 'd-part']);
    expect(ids({ region: 'kota-bontang' })).toEqual(['c-2025', 'd-part']);
    expect(ids({ region: 'kaltim' })).toEqual(['c-2025', 'd-part']);
    expect(ids({ asOf: '2024-12-31' })).toEqual(['a-undated', 'b-2024', 'd-part']);
    expect(ids({ asOf: '2024-03-01' })).toEqual(['a-undated', 'b-2024', 'd-part']);
    expect(ids({ asOf: '2024-02-29' })).toEqual(['a-undated', 'd-part']);
  });

  it(`examines the latest ${PROGRAM_LIMIT} of a scope only`, () => {
    const many = Array.from({ length: PROGRAM_LIMIT + 5 }, (_, i) => program(`p${String(i).padStart(5, '0')}`, '2025-01-01', i < 5 ? [...HELICES] : ['MEDIA']));
    const listed = programsMissingHelices(many, {});
    expect(listed).toHaveLength(PROGRAM_LIMIT - 5);
    expect(listed.at(-1)!.programId).toBe(`p${String(PROGRAM_LIMIT - 1).padStart(5, '0')}`);
  });
});
