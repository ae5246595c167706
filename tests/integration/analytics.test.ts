import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unique, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const RANKING = `query($scope: AnalysisScope, $metric: InfluenceMetric!, $first: Int) {
  influence(scope: $scope, metric: $metric, first: $first) {
    metric stakeholderCount tieCount betweennessExact normalisation computedAt
    entries { rank score stakeholder { id helix } partnersByHelix { helix count } brokers { a { id } b { id } } }
  }
}`;
const GAPS = `query($scope: AnalysisScope, $n: Int) {
  collaborationGaps(scope: $scope, suggestions: $n) {
    stakeholderCount tieCount absentHelices
    matrix { a b ties density gap weak }
    missingPairs { a b }
    programsMissingHelices { program { id } missingHelices }
    siloed { id } isolated { id }
    brokers { stakeholder { id } separates { a b } }
    suggestions { a { id name helix } b { id name helix } score closesGap fillsAbsentHelix reason commonPartners { id name } }
    balance { score pairEntropy crossHelixShare definition helixShares { helix share } }
  }
}`;

describe('influence on the seed network', () => {
  it('ranks the Bontang city government first and MASATA second, as the articles tell it', async () => {
    // Pemkot Bontang is in every Bontang meeting; MASATA initiated the programme and works with all its partners.
    const degree = await t.gql(RANKING, { scope: { region: 'kota-bontang' }, metric: 'DEGREE', first: 3 });
    expect(degree.errors).toBeUndefined();
    expect(degree.data!.influence.entries[0].stakeholder.id).toBe('pemkot-bontang');
    expect(degree.data!.influence.betweennessExact).toBe(true);
    const pagerank = await t.gql(RANKING, { scope: { region: 'kota-bontang' }, metric: 'PAGERANK', first: 50 });
    const entries = pagerank.data!.influence.entries;
    expect(entries.slice(0, 2).map((e: any) => e.stakeholder.id)).toEqual(['pemkot-bontang', 'masata-bontang']);
    expect(entries.reduce((s: number, e: any) => s + e.score, 0)).toBeCloseTo(1, 6);
  });

  it('explains a ranking by partners per helix and brokered pairs', async () => {
    const result = await t.gql(RANKING, { metric: 'BETWEENNESS', first: 1 });
    const [first] = result.data!.influence.entries;
    expect(first.score).toBeGreaterThan(0);
    expect(first.partnersByHelix).toHaveLength(5);
    expect(first.brokers.length).toBeGreaterThan(0);
  });

  it('resolves Stakeholder.influence for a list in one computation, and scopes by helices and program', async () => {
    const result = await t.gql(`{ stakeholders(where: {region: "kota-bontang"}, first: 50) { nodes { id influence { degree pageRank betweenness closeness eigenvector reach helixDiversity articulationPoint community computedAt partnersByHelix { helix count } } } } }`);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.stakeholders.nodes as any[];
    const masata = nodes.find((n) => n.id === 'masata-bontang');
    expect(masata.influence.degree).toBeGreaterThan(3);
    expect(masata.influence.helixDiversity).toBeGreaterThan(0);
    expect(new Set(nodes.map((n) => n.influence?.computedAt).filter(Boolean)).size).toBe(1);
    const business = await t.gql(RANKING, { scope: { helices: ['BUSINESS'] }, metric: 'DEGREE', first: 10 });
    expect(business.data!.influence.entries.every((e: any) => e.stakeholder.helix === 'BUSINESS')).toBe(true);
    const program = await t.gql(RANKING, { scope: { program: 'program-wisata-kota-industri' }, metric: 'DEGREE', first: 20 });
    expect(program.data!.influence.stakeholderCount).toBeGreaterThanOrEqual(5);
  });

  it('answers who can best influence Disnaker', async () => {
    const result = await t.gql(`{ influencersOf(target: "disnaker-bontang", first: 3) { rank score stakeholder { id } } }`);
    const ids = result.data!.influencersOf.map((e: any) => e.stakeholder.id);
    expect(ids).not.toContain('disnaker-bontang');
    expect(ids).toContain('masata-bontang');
  });

  it('rejects unknown scopes and metrics clearly', async () => {
    const region = await t.gql(RANKING, { scope: { region: 'atlantis' }, metric: 'DEGREE' });
    expect(region.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'scope.region' });
    const metric = await t.gql(RANKING, { metric: 'FAME' });
    expect(metric.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const first = await t.gql(RANKING, { metric: 'DEGREE', first: 201 });
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sees a write at once: a new collaboration moves the figures', async () => {
    const [a, b, c] = [unique('inf'), unique('inf'), unique('inf')];
    for (const id of [a, b, c]) {
      await t.gql(`mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`, { input: { id, name: id, helix: 'ACADEMIA', kind: 'UNIVERSITY' } }, 'EDITOR');
    }
    const degree = async () => (await t.gql(`query($id: ID!) { stakeholder(id: $id) { influence { degree } } }`, { id: a })).data!.stakeholder.influence.degree;
    expect(await degree()).toBe(0);
    await t.gql(
      `mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`,
      { input: { id: unique('collab'), name: 'Riset bersama', kind: 'PARTNERSHIP', parties: [{ stakeholderId: a }, { stakeholderId: b }, { stakeholderId: c }] } },
      'EDITOR',
    );
    expect(await degree()).toBe(2);
  });
});

describe('collaboration gaps', () => {
  it('Bekasi has government and business only: academia, community and media are absent', async () => {
    const result = await t.gql(GAPS, { scope: { region: 'kabupaten-bekasi' } });
    expect(result.errors).toBeUndefined();
    const gaps = result.data!.collaborationGaps;
    expect(gaps.absentHelices).toEqual(['ACADEMIA', 'COMMUNITY', 'MEDIA']);
    expect(gaps.matrix.find((c: any) => c.a === 'GOVERNMENT' && c.b === 'BUSINESS').ties).toBeGreaterThan(0);
    expect(gaps.balance.crossHelixShare).toBeGreaterThan(0);
  });

  it('Balikpapan\'s rakor lacks business and academia', async () => {
    const result = await t.gql(GAPS, { scope: { program: 'rakor-pemkot-balikpapan-2025-11-14' } });
    const gaps = result.data!.collaborationGaps;
    expect(gaps.absentHelices).toEqual(['BUSINESS', 'ACADEMIA']);
    const program = gaps.programsMissingHelices.find((p: any) => p.program.id === 'rakor-pemkot-balikpapan-2025-11-14');
    expect(program.missingHelices).toEqual(['BUSINESS', 'ACADEMIA']);
  });

  it('Program Wisata Kota Industri has no academia or media partner yet', async () => {
    const result = await t.gql(GAPS, { scope: { region: 'kota-bontang' } });
    const gaps = result.data!.collaborationGaps;
    const program = gaps.programsMissingHelices.find((p: any) => p.program.id === 'program-wisata-kota-industri');
    expect(program.missingHelices).toEqual(['ACADEMIA', 'MEDIA']);
    expect(gaps.matrix).toHaveLength(15);
    expect(gaps.balance.definition).toMatch(/pairEntropy/);
  });

  it('suggests only new cross-helix partnerships inside the scope, with reasons', async () => {
    const result = await t.gql(GAPS, { scope: { region: 'kota-bontang' }, n: 20 });
    const { suggestions } = result.data!.collaborationGaps;
    const inScope = await t.gql(`{ stakeholders(where: {region: "kota-bontang"}, first: 100) { nodes { id partners(first: 50) { partner { id } } parent { id } } } }`);
    const members = new Map<string, any>(inScope.data!.stakeholders.nodes.map((n: any) => [n.id, n]));
    // Who could fill a helix the scope lacks comes from outside it, first; then pairs inside it.
    const fills = suggestions.filter((s: any) => s.fillsAbsentHelix);
    expect(suggestions.slice(0, fills.length)).toEqual(fills);
    for (const s of fills) {
      expect(members.has(s.a.id) && !members.has(s.b.id)).toBe(true);
      expect(s.b.helix).toBe(s.fillsAbsentHelix);
      expect(result.data!.collaborationGaps.absentHelices).toContain(s.fillsAbsentHelix);
    }
    for (const s of suggestions.slice(fills.length)) {
      expect(members.has(s.a.id) && members.has(s.b.id)).toBe(true);
      expect(s.a.helix).not.toBe(s.b.helix);
      expect(members.get(s.a.id).partners.map((p: any) => p.partner.id)).not.toContain(s.b.id);
      expect(s.reason).toContain(`${s.a.name} and ${s.b.name} both work with `);
      expect(s.commonPartners.length).toBeGreaterThan(0);
    }
  });

  it('finds Pemkot Bontang the single point of failure between the media and the programme partners', async () => {
    // The news outlets only meet the others through the city government's own events.
    const whole = await t.gql(GAPS, {});
    const media = whole.data!.collaborationGaps.brokers.find((b: any) => b.stakeholder.id === 'pemkot-bontang');
    expect(media.separates).toEqual(expect.arrayContaining([{ a: 'BUSINESS', b: 'MEDIA' }, { a: 'COMMUNITY', b: 'MEDIA' }]));
  });
});
