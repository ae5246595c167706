import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../src/domain/dataset.js';
import { loadDataset, readCuratedSeed } from '../../src/seed/load.js';
import { createTestApp, unique, type TestApp } from '../support/app.js';

let t: TestApp;
const CITY = unique('indicator-city');
const DISTRICT = `${CITY}-kecamatan`;
const id = (name: string) => `${CITY}-${name}`;

/**
 * A city of its own, small enough to compute every figure by hand:
 *   pemkot, dinas (GOVERNMENT), pt (BUSINESS), univ (ACADEMIA), komunitas (COMMUNITY) and, in a
 *   district of the city, radio (MEDIA).
 *   c1 2024-01-10 pemkot+pt; c2 2024-03-01 pemkot+univ; c3 2025-02-01 pt+univ+komunitas (ENDED,
 *   AGREEMENT); c4 2025-05-01 komunitas+radio; c5 undated pemkot+dinas (COORDINATION).
 *   Program p1 (2025-) pemkot, univ, radio; event p2 (2024-01-01/02) dinas, pt.
 * Ties (10): pemkot-pt, pemkot-univ, pt-univ, pt-komunitas, univ-komunitas, komunitas-radio,
 *   pemkot-dinas, pemkot-radio, univ-radio, dinas-pt.
 */
beforeAll(async () => {
  t = await createTestApp();
  const stakeholder = (name: string, helix: string, kind: string, regionId = CITY) => ({ id: id(name), name: `${name} ${CITY}`, helix, kind, regionId });
  const collaboration = (name: string, startedOn: string | undefined, parties: string[], extra: Record<string, unknown> = {}) => ({
    id: id(name),
    name,
    kind: 'PARTNERSHIP',
    strength: 0.6,
    ...(startedOn ? { startedOn } : {}),
    parties: parties.map((p) => ({ stakeholderId: id(p) })),
    ...extra,
  });
  const dataset = {
    regions: [
      { id: CITY, name: 'Kota Indikator', level: 'CITY', partOf: 'indonesia' },
      { id: DISTRICT, name: 'Kecamatan Indikator', level: 'DISTRICT', partOf: CITY },
    ],
    stakeholders: [
      stakeholder('pemkot', 'GOVERNMENT', 'CITY_GOVERNMENT'),
      stakeholder('dinas', 'GOVERNMENT', 'REGIONAL_OFFICE'),
      stakeholder('pt', 'BUSINESS', 'PRIVATE_COMPANY'),
      stakeholder('univ', 'ACADEMIA', 'UNIVERSITY'),
      stakeholder('komunitas', 'COMMUNITY', 'NGO'),
      stakeholder('radio', 'MEDIA', 'NEWS_OUTLET', DISTRICT),
    ],
    collaborations: [
      collaboration('c1', '2024-01-10', ['pemkot', 'pt']),
      collaboration('c2', '2024-03-01', ['pemkot', 'univ']),
      collaboration('c3', '2025-02-01', ['pt', 'univ', 'komunitas'], { kind: 'AGREEMENT', status: 'ENDED', endedOn: '2025-06-30' }),
      collaboration('c4', '2025-05-01', ['komunitas', 'radio']),
      collaboration('c5', undefined, ['pemkot', 'dinas'], { kind: 'COORDINATION' }),
    ],
    programs: [
      { id: id('p1'), name: 'Program Indikator', kind: 'PROGRAM', startsOn: '2025-01-01', endsOn: '2099-12-31', regionId: CITY },
      { id: id('p2'), name: 'Acara Indikator', kind: 'EVENT', startsOn: '2024-01-01', endsOn: '2024-01-02', regionId: CITY },
    ],
    participations: [
      { stakeholderId: id('pemkot'), programId: id('p1'), role: 'ORGANIZER' },
      { stakeholderId: id('univ'), programId: id('p1'), role: 'PARTICIPANT' },
      { stakeholderId: id('radio'), programId: id('p1'), role: 'REPORTER' },
      { stakeholderId: id('dinas'), programId: id('p2'), role: 'PARTICIPANT' },
      { stakeholderId: id('pt'), programId: id('p2'), role: 'PARTICIPANT' },
    ],
  };
  const imported = await t.gql(`mutation($input: ImportInput!) { importGraph(input: $input) { problems { message } } }`, { input: { format: 'JSON', files: [{ name: 'city.json', content: JSON.stringify(dataset) }] } }, 'ADMIN');
  expect(imported.data!.importGraph.problems).toEqual([]);
});
afterAll(() => t.close());

const scope = () => ({ region: CITY });
/** Shannon entropy in bits of a distribution. */
const h = (...p: number[]) => -p.reduce((s, x) => s + x * Math.log2(x), 0);

const INDICATORS = `query($scope: AnalysisScope, $over: [SynergyUnit!]) {
  helixIndicators(scope: $scope, synergyOver: $over) {
    synergy { helices millibits units } synergyOver
    openness { external internal index expected }
    opennessByHelix { helix stakeholders openness { external internal index expected } }
    assortativity stakeholderCount tieCount computedAt
  }
}`;

describe('helixIndicators', () => {
  it('computes synergy over collaborations for the ten triads, as worked out by hand', async () => {
    const result = await t.gql(INDICATORS, { scope: scope() });
    expect(result.errors).toBeUndefined();
    const figures = result.data!.helixIndicators;
    expect(figures).toMatchObject({ stakeholderCount: 6, tieCount: 10, synergyOver: ['COLLABORATIONS'] });
    expect(figures.synergy).toHaveLength(10);
    expect(figures.synergy.every((s: { units: number }) => s.units === 5)).toBe(true);
    // G, B, A present in c1..c5: 110, 101, 011, 000, 100. Singles H(3/5) or H(2/5); each pair
    // (1/5, 1/5, 1/5, 2/5); all five patterns distinct: log2 5.
    const gba = figures.synergy.find((s: { helices: string[] }) => s.helices.join() === 'GOVERNMENT,BUSINESS,ACADEMIA');
    expect(gba.millibits).toBeCloseTo((3 * h(0.6, 0.4) - 3 * h(0.2, 0.2, 0.2, 0.4) + Math.log2(5)) * 1000, 2);
    expect(gba.millibits).toBeLessThan(0);
  });

  it('counts units as of a date and over programs on request', async () => {
    const before = await t.gql(INDICATORS, { scope: { ...scope(), asOf: '2024-12-31' } });
    // c3 and c4 started in 2025; the undated c5 counts.
    expect(before.data!.helixIndicators.synergy[0].units).toBe(3);
    const programs = await t.gql(INDICATORS, { scope: scope(), over: ['PROGRAMS'] });
    expect(programs.data!.helixIndicators.synergy[0].units).toBe(2);
    const both = await t.gql(INDICATORS, { scope: scope(), over: ['COLLABORATIONS', 'PROGRAMS'] });
    expect(both.data!.helixIndicators.synergy[0].units).toBe(7);
  });

  it('gives the E-I index for the scope and per helix, with the random-mixing baseline', async () => {
    const { data } = await t.gql(INDICATORS, { scope: scope() });
    const figures = data!.helixIndicators;
    // One tie within a helix (pemkot-dinas) against nine across; 1 of 15 pairs is within a helix.
    expect(figures.openness).toMatchObject({ external: 9, internal: 1, index: 0.8 });
    expect(figures.openness.expected).toBeCloseTo(13 / 15, 10);
    const government = figures.opennessByHelix.find((x: { helix: string }) => x.helix === 'GOVERNMENT');
    expect(government).toMatchObject({ stakeholders: 2, openness: { external: 4, internal: 1, index: 0.6 } });
  });

  it("gives Newman's helix assortativity, as worked out by hand", async () => {
    const { data } = await t.gql(INDICATORS, { scope: scope() });
    // Tie ends per helix 6, 4, 4, 3, 3 of 20; 2 ends within GOVERNMENT: (2/20 - 86/400) / (1 - 86/400).
    expect(data!.helixIndicators.assortativity).toBeCloseTo(-23 / 157, 10);
  });

  it('refuses an empty synergyOver and an unknown region, naming the field', async () => {
    const empty = await t.gql(INDICATORS, { scope: scope(), over: [] });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'synergyOver' });
    const unknown = await t.gql(INDICATORS, { scope: { region: 'no-such-region' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'scope.region' });
  });
});

const BROKERS = `query($scope: AnalysisScope, $role: BrokerageRole!, $between: [Helix!], $first: Int) {
  brokers(scope: $scope, role: $role, between: $between, first: $first) {
    role between brokerCount stakeholderCount definition
    entries { rank pairs stakeholder { id } roles { coordinator itinerant gatekeeperRepresentative liaison total } }
  }
}`;

describe('brokerage', () => {
  it('ranks liaisons: who links two helices it belongs to neither of', async () => {
    const result = await t.gql(BROKERS, { scope: scope(), role: 'LIAISON' });
    expect(result.errors).toBeUndefined();
    const ranking = result.data!.brokers;
    expect(ranking.entries.map((e: any) => [e.stakeholder.id, e.pairs])).toEqual([
      [id('pt'), 3],
      [id('univ'), 2],
      [id('komunitas'), 1],
      [id('pemkot'), 1],
      [id('radio'), 1],
    ]);
    expect(ranking.brokerCount).toBe(5);
    // pemkot: pt-radio as liaison; univ-dinas and dinas-radio open its own helix to another.
    expect(ranking.entries[3].roles).toEqual({ coordinator: 0, itinerant: 0, gatekeeperRepresentative: 2, liaison: 1, total: 3 });
  });

  it('limits the pairs to two helices', async () => {
    const { data } = await t.gql(BROKERS, { scope: scope(), role: 'LIAISON', between: ['COMMUNITY', 'GOVERNMENT'] });
    expect(data!.brokers.entries.map((e: any) => e.stakeholder.id)).toEqual([id('pt'), id('radio'), id('univ')]);
    expect(data!.brokers.between).toEqual(['COMMUNITY', 'GOVERNMENT']);
    const bad = await t.gql(BROKERS, { scope: scope(), role: 'LIAISON', between: ['COMMUNITY'] });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arguments.between' });
  });

  it("shows a stakeholder's openness and brokered pairs", async () => {
    const result = await t.gql(`query($id: ID!, $scope: AnalysisScope) { stakeholder(id: $id) { indicators(scope: $scope) {
      openness { external internal index expected } brokerage { liaison total } brokeredPairs { a b role pairs } } } }`, { id: id('radio'), scope: scope() });
    expect(result.errors).toBeUndefined();
    expect(result.data!.stakeholder.indicators).toEqual({
      openness: { external: 3, internal: 0, index: 1, expected: null },
      brokerage: { liaison: 1, total: 1 },
      brokeredPairs: [{ a: 'GOVERNMENT', b: 'COMMUNITY', role: 'LIAISON', pairs: 1 }],
    });
    const outside = await t.gql(`query($id: ID!) { stakeholder(id: $id) { indicators(scope: {helices: [BUSINESS]}) { openness { index } } } }`, { id: id('radio') });
    expect(outside.data!.stakeholder.indicators).toBeNull();
  });

  it('names the liaisons of a suggested partnership', async () => {
    const result = await t.gql(`query($scope: AnalysisScope) { collaborationGaps(scope: $scope, suggestions: 20) { suggestions { a { id } b { id } liaisons { id } } } }`, { scope: scope() });
    expect(result.errors).toBeUndefined();
    const suggestions = result.data!.collaborationGaps.suggestions as Array<{ a: { id: string }; b: { id: string }; liaisons: Array<{ id: string }> }>;
    const pair = suggestions.find((s) => [s.a.id, s.b.id].sort().join() === [id('komunitas'), id('pemkot')].sort().join());
    expect(pair?.liaisons.map((l) => l.id)).toEqual([id('pt'), id('radio'), id('univ')]);
    for (const s of suggestions) expect(s.liaisons.every((l) => l.id !== s.a.id && l.id !== s.b.id)).toBe(true);
  });
});

const COUNTS = `query($scope: AnalysisScope, $items: CountedItem!, $groupBy: [CountDimension!]!) {
  groupedCounts(scope: $scope, items: $items, groupBy: $groupBy) {
    items groupBy total
    groups { helix stakeholderKind collaborationKind programKind regionLevel status count }
  }
}`;
const compact = (groups: Array<Record<string, unknown>>) =>
  groups.map((g) => Object.fromEntries(Object.entries(g).filter(([, v]) => v !== null)));

describe('groupedCounts', () => {
  it('counts stakeholders by helix and by region level', async () => {
    const byHelix = await t.gql(COUNTS, { scope: scope(), items: 'STAKEHOLDERS', groupBy: ['HELIX'] });
    expect(byHelix.errors).toBeUndefined();
    expect(byHelix.data!.groupedCounts.total).toBe(6);
    expect(compact(byHelix.data!.groupedCounts.groups)).toEqual([
      { helix: 'GOVERNMENT', count: 2 },
      { helix: 'ACADEMIA', count: 1 },
      { helix: 'BUSINESS', count: 1 },
      { helix: 'COMMUNITY', count: 1 },
      { helix: 'MEDIA', count: 1 },
    ]);
    const byLevel = await t.gql(COUNTS, { scope: scope(), items: 'STAKEHOLDERS', groupBy: ['REGION_LEVEL', 'KIND'] });
    expect(compact(byLevel.data!.groupedCounts.groups)).toContainEqual({ regionLevel: 'DISTRICT', stakeholderKind: 'NEWS_OUTLET', count: 1 });
    expect(byLevel.data!.groupedCounts.groups.filter((g: any) => g.regionLevel === 'CITY')).toHaveLength(5);
  });

  it('counts collaborations by status, kind and every helix among their parties', async () => {
    const status = await t.gql(COUNTS, { scope: scope(), items: 'COLLABORATIONS', groupBy: ['STATUS'] });
    expect(compact(status.data!.groupedCounts.groups)).toEqual([{ status: 'ACTIVE', count: 4 }, { status: 'ENDED', count: 1 }]);
    const kind = await t.gql(COUNTS, { scope: scope(), items: 'COLLABORATIONS', groupBy: ['KIND'] });
    expect(compact(kind.data!.groupedCounts.groups)).toEqual([{ collaborationKind: 'PARTNERSHIP', count: 3 }, { collaborationKind: 'AGREEMENT', count: 1 }, { collaborationKind: 'COORDINATION', count: 1 }]);
    const helix = await t.gql(COUNTS, { scope: scope(), items: 'COLLABORATIONS', groupBy: ['HELIX'] });
    expect(helix.data!.groupedCounts.total).toBe(5);
    expect(compact(helix.data!.groupedCounts.groups)).toEqual([
      { helix: 'GOVERNMENT', count: 3 },
      { helix: 'ACADEMIA', count: 2 },
      { helix: 'BUSINESS', count: 2 },
      { helix: 'COMMUNITY', count: 2 },
      { helix: 'MEDIA', count: 1 },
    ]);
    const asOf = await t.gql(COUNTS, { scope: { ...scope(), asOf: '2024-12-31' }, items: 'COLLABORATIONS', groupBy: [] });
    expect(asOf.data!.groupedCounts).toMatchObject({ total: 3, groups: [{ count: 3 }] });
  });

  it('counts participations by program kind and by status from their dates', async () => {
    const result = await t.gql(COUNTS, { scope: scope(), items: 'PARTICIPATIONS', groupBy: ['KIND', 'STATUS'] });
    expect(compact(result.data!.groupedCounts.groups)).toEqual([{ programKind: 'PROGRAM', status: 'ACTIVE', count: 3 }, { programKind: 'EVENT', status: 'ENDED', count: 2 }]);
    const then = await t.gql(COUNTS, { scope: { ...scope(), asOf: '2024-01-01' }, items: 'PARTICIPATIONS', groupBy: ['STATUS'] });
    expect(compact(then.data!.groupedCounts.groups)).toEqual([{ status: 'ACTIVE', count: 2 }]);
  });

  it('refuses STATUS for stakeholders and a dimension named twice', async () => {
    const status = await t.gql(COUNTS, { scope: scope(), items: 'STAKEHOLDERS', groupBy: ['STATUS'] });
    expect(status.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
    const twice = await t.gql(COUNTS, { scope: scope(), items: 'COLLABORATIONS', groupBy: ['HELIX', 'HELIX'] });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arguments.groupBy' });
  });
});

const LIST = `query($where: StakeholderFilter, $orderBy: StakeholderOrder, $first: Int, $after: String) {
  stakeholders(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount nodes { id } pageInfo { hasNextPage endCursor }
  }
}`;

describe('stakeholders ordered by influence', () => {
  it('pages through a filter by partner count in the whole network, ties broken by id', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const result: any = await t.gql(LIST, { where: { region: CITY }, orderBy: { field: 'INFLUENCE', metric: 'DEGREE', direction: 'DESC' }, first: 2, after });
      expect(result.errors).toBeUndefined();
      expect(result.data.stakeholders.totalCount).toBe(6);
      seen.push(...result.data.stakeholders.nodes.map((n: { id: string }) => n.id));
      if (!result.data.stakeholders.pageInfo.hasNextPage) break;
      after = result.data.stakeholders.pageInfo.endCursor;
    }
    // Degrees: pemkot, pt, univ 4; komunitas, radio 3; dinas 2.
    expect(seen).toEqual(['pemkot', 'pt', 'univ', 'komunitas', 'radio', 'dinas'].map(id));
    const ascending = await t.gql(LIST, { where: { region: CITY, helices: ['GOVERNMENT', 'MEDIA'] }, orderBy: { field: 'INFLUENCE', metric: 'DEGREE' }, first: 10 });
    expect(ascending.data!.stakeholders.nodes.map((n: { id: string }) => n.id)).toEqual(['dinas', 'radio', 'pemkot'].map(id));
  });

  it('orders by a measure as of a date', async () => {
    // On 2024-06-30 only c1, c2, c5 and the 2024 event: pemkot 3 partners, pt 2, dinas 2, univ 1.
    const result = await t.gql(LIST, { where: { region: CITY, asOf: '2024-06-30' }, orderBy: { field: 'INFLUENCE', metric: 'DEGREE', direction: 'DESC' }, first: 10 });
    expect(result.data!.stakeholders.nodes.map((n: { id: string }) => n.id)).toEqual(['pemkot', 'dinas', 'pt', 'univ'].map(id));
  });

  it('wants a metric with INFLUENCE and only then', async () => {
    const missing = await t.gql(LIST, { orderBy: { field: 'INFLUENCE' } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderBy.metric' });
    const extra = await t.gql(LIST, { orderBy: { field: 'NAME', metric: 'PAGERANK' } });
    expect(extra.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderBy.metric' });
  });
});

describe('synergy over time', () => {
  it('is in networkChange on both dates', async () => {
    const result = await t.gql(`query($scope: AnalysisScope) { networkChange(scope: $scope, from: "2024-06-01", to: "2025-12-31", metric: DEGREE) {
      synergyBefore { helices millibits units } synergyAfter { helices millibits units } } }`, { scope: scope() });
    expect(result.errors).toBeUndefined();
    const change = result.data!.networkChange;
    expect(change.synergyBefore[0].units).toBe(3);
    expect(change.synergyAfter[0].units).toBe(5);
    const now = await t.gql(INDICATORS, { scope: { ...scope(), asOf: '2025-12-31' } });
    expect(change.synergyAfter).toEqual(now.data!.helixIndicators.synergy);
  });

  it('is kept in a snapshot and compared with today', async () => {
    const taken = await t.gql(`mutation($input: SnapshotInput!) { takeSnapshot(input: $input) { id synergy { helices millibits units } } }`, { input: { scope: { ...scope(), asOf: '2024-06-01' } } }, 'EDITOR');
    expect(taken.errors).toBeUndefined();
    const snapshot = taken.data!.takeSnapshot;
    expect(snapshot.synergy).toHaveLength(10);
    expect(snapshot.synergy[0].units).toBe(3);
    const read = await t.gql(`query($id: ID!) { snapshot(id: $id) { synergy { helices millibits units } } }`, { id: snapshot.id });
    expect(read.data!.snapshot.synergy).toEqual(snapshot.synergy);
    const change = await t.gql(`query($id: ID!) { snapshotChange(from: $id, metric: DEGREE) { synergyBefore { units } synergyAfter { units millibits } } }`, { id: snapshot.id });
    expect(change.errors).toBeUndefined();
    expect(change.data!.snapshotChange.synergyBefore[0].units).toBe(3);
    expect(change.data!.snapshotChange.synergyAfter[0].units).toBe(5);
  });
});

/**
 * NetworkX's attribute_assortativity_coefficient on the same graphs, computed by
 * bench/reference/networkx_assortativity.py into tests/fixtures/assortativity/reference.json.
 */
describe('helix assortativity against NetworkX', () => {
  const fixtures = path.resolve('tests/fixtures/assortativity');
  const reference = JSON.parse(readFileSync(path.join(fixtures, 'reference.json'), 'utf8')) as {
    graphs: Record<'seed' | 'synthetic', { assortativity: number; stakeholders?: Array<{ id: string; helix: string }>; ties?: string[][] }>;
  };
  const assortativity = async (region: string) => {
    const result = await t.gql(INDICATORS, { scope: { region } });
    expect(result.errors).toBeUndefined();
    return result.data!.helixIndicators.assortativity as number;
  };

  it('agrees on the seed, whose network the fixture still is', async () => {
    const prefix = unique('seed-copy');
    const region = await loadSeedCopy(prefix);
    const seed = JSON.parse(readFileSync(path.join(fixtures, 'seed-network.json'), 'utf8')) as { stakeholders: Array<{ id: string; helix: string }>; ties: string[][] };
    const served = await t.gql(`query($scope: AnalysisScope) { networkOf(scope: $scope, limit: 2000) { nodes { stakeholder { id helix } } edges { source target } } }`, { scope: { region } });
    const strip = (x: string) => x.slice(prefix.length + 1);
    const nodes = served.data!.networkOf.nodes.map((n: any) => ({ id: strip(n.stakeholder.id), helix: n.stakeholder.helix }));
    expect(nodes.sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1))).toEqual(seed.stakeholders);
    expect(served.data!.networkOf.edges.map((e: any) => [strip(e.source), strip(e.target)].sort()).sort()).toEqual(seed.ties);
    expect(await assortativity(region)).toBeCloseTo(reference.graphs.seed.assortativity, 10);
  });

  it('agrees on a synthetic five-block graph', async () => {
    const region = unique('assortative-city');
    const graph = reference.graphs.synthetic;
    const kinds: Record<string, string> = { GOVERNMENT: 'REGIONAL_OFFICE', BUSINESS: 'PRIVATE_COMPANY', ACADEMIA: 'UNIVERSITY', COMMUNITY: 'NGO', MEDIA: 'NEWS_OUTLET' };
    const sid = (s: string) => `${region}-${s}`;
    await loadDataset(
      t.db,
      parseDataset({
        regions: [{ id: region, name: 'Kota Sintetis', level: 'CITY' }],
        stakeholders: graph.stakeholders!.map((s) => ({ id: sid(s.id), name: `Organisasi ${s.id}`, helix: s.helix, kind: kinds[s.helix], regionId: region })),
        collaborations: graph.ties!.map(([a, b], i) => ({ id: sid(`tie-${i}`), name: `Kerja sama ${i}`, kind: 'PARTNERSHIP', parties: [{ stakeholderId: sid(a!) }, { stakeholderId: sid(b!) }] })),
      }),
    );
    expect(await assortativity(region)).toBeCloseTo(graph.assortativity, 10);
  });
});

describe('a dashboard in one request', () => {
  it('fits the hardening limits', async () => {
    const result = await t.gql(`query($scope: AnalysisScope) {
      helices: groupedCounts(scope: $scope, items: STAKEHOLDERS, groupBy: [HELIX]) { total groups { helix count } }
      collaborations: groupedCounts(scope: $scope, items: COLLABORATIONS, groupBy: [STATUS, KIND]) { total groups { status collaborationKind count } }
      participations: groupedCounts(scope: $scope, items: PARTICIPATIONS, groupBy: [REGION_LEVEL]) { total groups { regionLevel count } }
      helixIndicators(scope: $scope) { synergy { helices millibits units } openness { index } opennessByHelix { helix openness { index } } assortativity }
      brokers(scope: $scope, first: 200) { entries { rank pairs stakeholder { id name helix } roles { liaison total } } }
      stakeholders(where: {region: "${CITY}"}, orderBy: {field: INFLUENCE, metric: PAGERANK, direction: DESC}, first: 100) { nodes { id name indicators { openness { index } brokerage { total } } } }
    }`, { scope: scope() });
    expect(result.errors).toBeUndefined();
    expect(result.data!.stakeholders.nodes).toHaveLength(6);
  });
});

/**
 * The curated seed again under fresh ids (sources shared), so a scope holds exactly the seed's
 * network whatever other test files have added to the shared database. Stakeholders without a
 * region are placed in the copy's country: a region scope then covers all of them.
 */
async function loadSeedCopy(prefix: string): Promise<string> {
  const seed = await readCuratedSeed();
  const renamed = new Set([...seed.regions, ...seed.stakeholders, ...seed.programs, ...seed.collaborations, ...seed.people].map((x) => x.id));
  const rename = (value: unknown): unknown => {
    if (typeof value === 'string') return renamed.has(value) ? `${prefix}-${value}` : value;
    if (Array.isArray(value)) return value.map(rename);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v)]));
    return value;
  };
  const country = seed.regions.find((r) => !r.partOf)!.id;
  // Names and aliases of their own too, so searches and name matching elsewhere never find the copy.
  const own = <T extends { name: string; aliases?: string[] }>(x: T): T => ({ ...x, name: `${prefix} ${x.name}`, ...(x.aliases ? { aliases: [] } : {}) });
  const copy = rename({
    ...seed,
    sources: [],
    regions: seed.regions.map(own),
    programs: seed.programs.map(own),
    collaborations: seed.collaborations.map(own),
    people: seed.people.map(own),
    stakeholders: seed.stakeholders.map((s) => own({ ...s, regionId: s.regionId ?? country })),
  }) as Dataset;
  await loadDataset(t.db, copy);
  return `${prefix}-${country}`;
}
