import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upgradeTies } from '../../src/db/ties.js';
import { createTestApp, unique, type TestApp } from '../support/app.js';

let t: TestApp;
const REGION = unique('time-region');
const id = (name: string) => `${REGION}-${name}`;

/**
 * A city of its own with a history: the city government and a company worked together in 2019
 * only; in 2025 the government starts working with a radio station, and the company and the
 * radio both join a festival that opens in May 2025.
 */
beforeAll(async () => {
  t = await createTestApp();
  const stakeholder = (name: string, helix: string, kind: string) => ({ id: id(name), name: `${name} ${REGION}`, helix, kind, regionId: REGION });
  const dataset = {
    regions: [{ id: REGION, name: 'Kota Sejarah', level: 'CITY', partOf: 'indonesia' }],
    stakeholders: [stakeholder('pemkot', 'GOVERNMENT', 'CITY_GOVERNMENT'), stakeholder('pt', 'BUSINESS', 'PRIVATE_COMPANY'), stakeholder('radio', 'MEDIA', 'NEWS_OUTLET')],
    programs: [
      { id: id('festival'), name: `Festival ${REGION}`, kind: 'EVENT', startsOn: '2025-05-01', endsOn: '2025-05-31', regionId: REGION },
      // A preparatory workshop that is part of the festival and starts before it.
      { id: id('pra-festival'), name: `Pra-festival ${REGION}`, kind: 'WORKSHOP', startsOn: '2025-04-15', regionId: REGION, partOf: id('festival') },
    ],
    participations: [
      { stakeholderId: id('pemkot'), programId: id('pra-festival'), role: 'HOST' },
      { stakeholderId: id('pt'), programId: id('festival'), role: 'FUNDER' },
      { stakeholderId: id('radio'), programId: id('festival'), role: 'REPORTER' },
    ],
    collaborations: [
      { id: id('csr-2019'), name: 'CSR 2019', kind: 'PARTNERSHIP', strength: 0.8, startedOn: '2019-03-01', endedOn: '2019-12-31', parties: [{ stakeholderId: id('pemkot') }, { stakeholderId: id('pt') }] },
      { id: id('siaran'), name: 'Siaran kota', kind: 'PARTNERSHIP', strength: 0.6, startedOn: '2025-02-01', parties: [{ stakeholderId: id('pemkot') }, { stakeholderId: id('radio') }] },
    ],
  };
  const imported = await t.gql(`mutation($input: ImportInput!) { importGraph(input: $input) { problems { message } } }`, { input: { format: 'JSON', files: [{ name: 'city.json', content: JSON.stringify(dataset) }] } }, 'ADMIN');
  expect(imported.data!.importGraph.problems).toEqual([]);
});
afterAll(() => t.close());

const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id).sort();

describe('asOf: the network as it stood on a date', () => {
  it('lists the stakeholders, collaborations and programs on record by then, history included', async () => {
    const query = `query($region: ID!, $pemkot: ID!, $asOf: Date, $activeOn: Date) {
      stakeholders(where: { region: $region, asOf: $asOf, activeOn: $activeOn }) { nodes { id } }
      collaborations(where: { stakeholder: $pemkot, asOf: $asOf, activeOn: $activeOn }) { nodes { id } }
      programs(where: { region: $region, asOf: $asOf, activeOn: $activeOn }) { nodes { id } }
    }`;
    const vars = { region: REGION, pemkot: id('pemkot') };
    const in2020 = await t.gql(query, { ...vars, asOf: '2020-01-01' });
    expect(in2020.errors).toBeUndefined();
    expect(ids(in2020.data!.stakeholders.nodes)).toEqual([id('pemkot'), id('pt')]);
    expect(ids(in2020.data!.collaborations.nodes)).toEqual([id('csr-2019')]);
    expect(in2020.data!.programs.nodes).toEqual([]);
    // activeOn is the narrower question: what was running that day (nothing: the CSR had ended).
    const running = await t.gql(query, { ...vars, activeOn: '2020-01-01' });
    expect(running.data!.stakeholders.nodes).toEqual([]);
    expect(running.data!.collaborations.nodes).toEqual([]);
    const now = await t.gql(query, vars);
    expect(ids(now.data!.stakeholders.nodes)).toEqual([id('pemkot'), id('pt'), id('radio')]);
    expect(ids(now.data!.collaborations.nodes)).toEqual([id('csr-2019'), id('siaran')]);
    expect(ids(now.data!.programs.nodes)).toEqual([id('festival'), id('pra-festival')]);
  });

  it("weighs and counts a stakeholder's partners from the facts started by then", async () => {
    const query = `query($id: ID!, $asOf: Date) {
      stakeholder(id: $id) {
        partners(asOf: $asOf) { partner { id } weight collaborations programs }
        collaborations(asOf: $asOf) { id }
      }
    }`;
    const before = await t.gql(query, { id: id('pt'), asOf: '2025-03-01' });
    expect(before.errors).toBeUndefined();
    expect(before.data!.stakeholder.partners).toEqual([{ partner: { id: id('pemkot') }, weight: 0.8, collaborations: 1, programs: 0 }]);
    expect(before.data!.stakeholder.collaborations).toEqual([{ id: id('csr-2019') }]);
    const after = await t.gql(query, { id: id('pt'), asOf: '2025-06-01' });
    expect(after.data!.stakeholder.partners).toEqual([
      { partner: { id: id('pemkot') }, weight: 0.8, collaborations: 1, programs: 0 },
      { partner: { id: id('radio') }, weight: 0.5, collaborations: 0, programs: 1 },
    ]);
    const untimed = await t.gql(query, { id: id('pt') });
    expect(untimed.data!.stakeholder.partners).toEqual(after.data!.stakeholder.partners);
    const filtered = await t.gql(`query($region: ID!, $asOf: Date) { stakeholders(where: { region: $region, hasTiesTo: [MEDIA], asOf: $asOf }) { nodes { id } } }`, { region: REGION, asOf: '2024-12-31' });
    expect(filtered.data!.stakeholders.nodes).toEqual([]);
  });

  it('draws the network around a stakeholder and the network of a scope as of a date', async () => {
    const around = `query($center: [ID!]!, $asOf: Date) { network(center: $center, depth: 2, where: { asOf: $asOf }) { nodes { stakeholder { id } } edges { source target } } }`;
    const then = await t.gql(around, { center: [id('pemkot')], asOf: '2020-01-01' });
    expect(then.errors).toBeUndefined();
    expect(then.data!.network.nodes.map((n: { stakeholder: { id: string } }) => n.stakeholder.id).sort()).toEqual([id('pemkot'), id('pt')]);
    expect(then.data!.network.edges).toHaveLength(1);

    const scope = `query($scope: AnalysisScope, $limit: Int) { networkOf(scope: $scope, limit: $limit) { nodes { stakeholder { id } depth } edges { source target weight } truncated } }`;
    const whole = await t.gql(scope, { scope: { region: REGION } });
    expect(whole.errors).toBeUndefined();
    expect(whole.data!.networkOf.nodes).toHaveLength(3);
    expect(whole.data!.networkOf.edges).toHaveLength(3);
    expect(whole.data!.networkOf.truncated).toBe(false);
    const in2020 = await t.gql(scope, { scope: { region: REGION, asOf: '2020-01-01' } });
    expect(in2020.data!.networkOf.edges).toEqual([expect.objectContaining({ weight: 0.8 })]);
    // Over the limit, the best-connected stay: the government holds two ties, the strongest.
    const cut = await t.gql(scope, { scope: { region: REGION }, limit: 2 });
    expect(cut.data!.networkOf.truncated).toBe(true);
    expect(cut.data!.networkOf.nodes.map((n: { stakeholder: { id: string } }) => n.stakeholder.id).sort()).toEqual([id('pemkot'), id('pt')]);
    const badLimit = await t.gql(scope, { scope: { region: REGION }, limit: 0 });
    expect(badLimit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arguments.limit' });
  });

  it('finds paths through the network as it stood, where activeOn finds none', async () => {
    const query = `query($from: ID!, $to: ID!, $options: PathOptions) { path(from: $from, to: $to, options: $options) { path { stakeholders { id } } reason } }`;
    const route = { from: id('radio'), to: id('pt') };
    const march = await t.gql(query, { ...route, options: { asOf: '2025-03-01' } });
    expect(march.errors).toBeUndefined();
    expect(march.data!.path.path.stakeholders.map((s: { id: string }) => s.id)).toEqual([id('radio'), id('pemkot'), id('pt')]);
    const weighted = await t.gql(query, { ...route, options: { asOf: '2025-03-01', weighted: true } });
    expect(weighted.data!.path.path.stakeholders).toHaveLength(3);
    const running = await t.gql(query, { ...route, options: { activeOn: '2025-03-01' } });
    expect(running.data!.path).toEqual({ path: null, reason: 'NO_PATH' });
    const before = await t.gql(query, { ...route, options: { asOf: '2024-01-01' } });
    expect(before.data!.path).toEqual({ path: null, reason: 'NO_PATH' });
    // Once both are in the festival, they are tied directly.
    const june = await t.gql(query, { ...route, options: { asOf: '2025-06-01' } });
    expect(june.data!.path.path.stakeholders).toHaveLength(2);
  });

  it('exports the city as it stood, re-importable and with ties weighed then', async () => {
    const query = `query($input: ExportInput!) { exportGraph(input: $input) { content } }`;
    const json = await t.gql(query, { input: { format: 'JSON', scope: { region: REGION, asOf: '2025-03-01' } } });
    expect(json.errors).toBeUndefined();
    const data = JSON.parse(json.data!.exportGraph[0].content);
    expect(data.collaborations.map((c: { id: string }) => c.id).sort()).toEqual([id('csr-2019'), id('siaran')]);
    expect(data.participations).toEqual([]);
    expect(data.programs).toEqual([]);
    const dryRun = await t.gql(
      `mutation($input: ImportInput!) { importGraph(input: $input) { problems { message } counts { created updated } } }`,
      { input: { format: 'JSON', dryRun: true, files: [{ name: 'then.json', content: JSON.stringify(data) }] } },
      'ADMIN',
    );
    // Everything in a past export is already in the graph, unchanged.
    expect(dryRun.data!.importGraph.problems).toEqual([]);
    for (const count of dryRun.data!.importGraph.counts) expect(count).toEqual({ created: 0, updated: 0 });
    // Before the festival opens, its workshop is on record: the festival goes along as its parent.
    const april = await t.gql(query, { input: { format: 'JSON', scope: { region: REGION, asOf: '2025-04-20' } } });
    const workshop = JSON.parse(april.data!.exportGraph[0].content);
    expect(workshop.programs.map((p: { id: string }) => p.id)).toEqual([id('festival'), id('pra-festival')]);
    expect(workshop.participations).toEqual([expect.objectContaining({ stakeholderId: id('pemkot'), programId: id('pra-festival') })]);
    const check = await t.gql(
      `mutation($input: ImportInput!) { importGraph(input: $input) { problems { message } } }`,
      { input: { format: 'JSON', dryRun: true, files: [{ name: 'april.json', content: JSON.stringify(workshop) }] } },
      'ADMIN',
    );
    expect(check.data!.importGraph.problems).toEqual([]);
    const graphml = await t.gql(query, { input: { format: 'GRAPHML', scope: { region: REGION, asOf: '2020-01-01' } } });
    const edges = graphml.data!.exportGraph[0].content.match(/<edge /g) ?? [];
    expect(edges).toHaveLength(1);
    const invalid = await t.gql(query, { input: { format: 'JSON', scope: { asOf: '2025-02-30' } } });
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('weighs and counts a tie the same way in partners, network and networkOf as of a date', async () => {
    const city = unique('time-tie');
    const at = (name: string) => `${city}-${name}`;
    const dataset = {
      regions: [{ id: city, name: 'Kota Ikatan', level: 'CITY', partOf: 'indonesia' }],
      stakeholders: [
        { id: at('a'), name: `A ${city}`, helix: 'GOVERNMENT', kind: 'CITY_GOVERNMENT', regionId: city },
        { id: at('b'), name: `B ${city}`, helix: 'BUSINESS', kind: 'PRIVATE_COMPANY', regionId: city },
      ],
      // In the same program, but in different years: never there together, so no shared program.
      programs: [{ id: at('p'), name: `Program ${city}`, kind: 'PROGRAM', startsOn: '2019-01-01', regionId: city }],
      participations: [
        { stakeholderId: at('a'), programId: at('p'), role: 'HOST', startedOn: '2019-01-01', endedOn: '2019-12-31' },
        { stakeholderId: at('b'), programId: at('p'), role: 'FUNDER', startedOn: '2021-01-01', endedOn: '2021-12-31' },
      ],
      collaborations: [
        { id: at('c1'), name: 'C1', kind: 'PARTNERSHIP', strength: 0.8, startedOn: '2020-01-01', parties: [{ stakeholderId: at('a') }, { stakeholderId: at('b') }] },
        { id: at('c2'), name: 'C2', kind: 'PARTNERSHIP', strength: 0.6, startedOn: '2024-01-01', parties: [{ stakeholderId: at('a') }, { stakeholderId: at('b') }] },
      ],
    };
    const imported = await t.gql(`mutation($input: ImportInput!) { importGraph(input: $input) { problems { message } } }`, { input: { format: 'JSON', files: [{ name: 'tie.json', content: JSON.stringify(dataset) }] } }, 'ADMIN');
    expect(imported.data!.importGraph.problems).toEqual([]);
    const result = await t.gql(
      `query($a: ID!, $region: ID!, $asOf: Date) {
        stakeholder(id: $a) { partners(asOf: $asOf) { weight collaborations programs } }
        network(center: [$a], where: { asOf: $asOf }) { edges { weight collaborations programs } }
        networkOf(scope: { region: $region, asOf: $asOf }) { edges { weight collaborations programs } }
      }`,
      { a: at('a'), region: city, asOf: '2022-01-01' },
    );
    expect(result.errors).toBeUndefined();
    const then = { weight: 0.8, collaborations: 1, programs: 0 };
    expect(result.data!.stakeholder.partners).toEqual([then]);
    expect(result.data!.network.edges).toEqual([then]);
    expect(result.data!.networkOf.edges).toEqual([then]);
    const today = await t.gql(`query($a: ID!) { stakeholder(id: $a) { partners { weight collaborations programs } } }`, { a: at('a') });
    expect(today.data!.stakeholder.partners).toEqual([{ weight: 1.4, collaborations: 2, programs: 0 }]);
  });

  it('rebuilds ties stored before they kept their facts\' kinds (a store from an earlier version)', async () => {
    const kinds = () => t.db.query<{ kinds: string[] | null }>('test.kinds', 'MATCH (:Stakeholder {id: $a})-[t:WORKS_WITH]-(:Stakeholder {id: $b}) RETURN t.factKinds AS kinds', { a: id('pemkot'), b: id('radio') });
    expect((await kinds())[0]!.kinds).toEqual(['collaboration']);
    await t.db.write('test.strip_kinds', (tx) => tx.rows('test.strip_kinds', 'MATCH (:Stakeholder {id: $a})-[t:WORKS_WITH]-() REMOVE t.factKinds', { a: id('pemkot') }));
    expect((await kinds())[0]!.kinds).toBeNull();
    expect(await upgradeTies(t.db)).toBeGreaterThan(0);
    expect((await kinds())[0]!.kinds).toEqual(['collaboration']);
    expect(await upgradeTies(t.db)).toBe(0);
  });
});
