import { graphql, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/roles.js';
import { createLoaders } from '../../src/graphql/loaders.js';
import { SEARCH, searchStatement } from '../../src/db/graph-store.js';
import { keysetStatement } from '../../src/db/pagination.js';
import { planEach } from '../../src/db/planner/compile.js';
import { stakeholderPage } from '../../src/db/stakeholder-store.js';
import { planOperation } from '../../src/graphql/read-planner.js';
import { createSchema } from '../../src/graphql/schema.js';
import { shortestPathCypher, type HopDetail } from '../../src/db/path-store.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * The read planner against the real database: each operation answers exactly what the
 * resolvers and DataLoaders answer without it (data and errors, roles and dates included), in
 * one statement per root read, and each generated statement passes EXPLAIN.
 */
let t: TestApp;
const planned = createSchema();
const unplanned = createSchema({ plannedReads: false });
let stakeholders: string[] = [];
let programs: string[] = [];
let collaborations: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const ids = (cypher: string) => t.db.query<{ id: string }>('test.ids', cypher).then((rows) => rows.map((r) => r.id));
  stakeholders = await ids('MATCH (s:Stakeholder) RETURN s.id AS id ORDER BY COUNT { (s)-[:WORKS_WITH]-() } + COUNT { (s)<-[:HOLDS]-() } DESC, s.id LIMIT 4');
  programs = await ids('MATCH (p:Program) RETURN p.id AS id ORDER BY COUNT { (p)<-[:IN]-() } + COUNT { (p)<-[:PART_OF]-() } DESC, p.id LIMIT 4');
  collaborations = await ids('MATCH (c:Collaboration) RETURN c.id AS id ORDER BY COUNT { (c)-[:EVIDENCED_BY]->() } DESC, c.id LIMIT 4');
});
afterAll(() => t.close());

const run = async (schema: GraphQLSchema, query: string, variables: Record<string, unknown>, role: Role) => {
  const contextValue = { viewer: { role, subject: 'test' }, services: t.app.services, loaders: createLoaders(t.app.services.stores, t.app.services.analytics.backend, t.app.services.indicators) };
  const result = await graphql({ schema, source: query, variableValues: variables, contextValue });
  return JSON.parse(JSON.stringify(result)) as { data?: unknown; errors?: unknown[] };
};

/** Runs an operation with and without the planner and expects the same answer. */
async function same(query: string, variables: Record<string, unknown>, role: Role = 'VIEWER') {
  const before = t.db.queryCount;
  const ours = await run(planned, query, variables, role);
  const trips = t.db.queryCount - before;
  const reference = await run(unplanned, query, variables, role);
  expect(ours).toEqual(reference);
  return { result: ours, trips };
}

const STAKEHOLDER = `query($id: ID!, $asOf: Date) {
  stakeholder(id: $id) {
    id name aliases helix kind description website tags createdAt updatedAt
    region { id name level } parent { id name } units { id name helix }
    officeHolders { title since until person { id name aliases } stakeholder { id } sources { id } }
    partnerCount
    strongest: partners(first: 5) { weight collaborations programs evidence partner { id name partnerCount region { name } } }
    media: partners(helices: [MEDIA, COMMUNITY], first: 3) { weight partner { id } }
    past: partners(asOf: $asOf, first: 50) { weight collaborations programs partner { id } }
    participations { id role description startedOn endedOn program { id name kind startsOn endsOn } stakeholder { id } evidence { quote confidence source { id title publishedOn } } }
    collaborations { id name status strength startedOn parties { role stakeholder { id name } } program { id name } evidence { quote } }
    activeThen: collaborations(status: ACTIVE, asOf: $asOf) { id }
    evidence { quote confidence source { id title kind language url } }
  }
}`;

describe('read planner: same answers as the resolvers', () => {
  it('answers a stakeholder in full, at every depth, as of a date too', async () => {
    expect(stakeholders.length).toBeGreaterThan(3);
    for (const id of stakeholders) {
      for (const asOf of [null, '2025-03-01']) {
        const { result } = await same(STAKEHOLDER, { id, asOf });
        expect((result.data as { stakeholder: { id: string } }).stakeholder.id).toBe(id);
      }
    }
  }, 240_000);

  it('shows contacts only to editors, exactly as the resolver does', async () => {
    const query = `query($id: ID!) { stakeholder(id: $id) { officeHolders { person { name contact { email phone } } } } }`;
    for (const id of stakeholders) {
      const viewer = await same(query, { id }, 'VIEWER');
      const editor = await same(query, { id }, 'EDITOR');
      const holders = (editor.result.data as { stakeholder: { officeHolders: unknown[] } }).stakeholder.officeHolders;
      if (holders.length > 0) {
        expect(viewer.result.errors).toBeDefined();
        expect(editor.result.errors).toBeUndefined();
      }
    }
  });

  it('answers programmes and collaborations in full', async () => {
    const program = `query($id: ID!) { program(id: $id) {
      id name aliases kind description startsOn endsOn venue createdAt
      region { id name } parent { id name } parts { id name startsOn }
      participants { id role startedOn stakeholder { id name helix region { name } partners(first: 2) { weight partner { id } } } program { id } evidence { quote } }
      organisers: participants(roles: [ORGANIZER, HOST]) { role stakeholder { id } }
      collaborations { id name parties { stakeholder { id } } } helices missingHelices evidence { quote source { title } }
    } }`;
    for (const id of programs) await same(program, { id });
    const collaboration = `query($id: ID!) { collaboration(id: $id) {
      id name kind status strength startedOn endedOn description createdAt updatedAt
      program { id name helices } parties { role stakeholder { id name helix units { id } } } evidence { quote confidence source { id title } }
    } }`;
    for (const id of collaborations) await same(collaboration, { id });
  }, 120_000);

  it('answers list connections, fragments and a missing id alike', async () => {
    await same(
      `fragment Brief on Stakeholder { id name region { name } }
       query { stakeholders(first: 30) { totalCount nodes { ...Brief partnerCount partners(first: 3) { weight partner { ...Brief } } participations { role program { name } } } } }`,
      {},
    );
    await same(`{ programs(first: 10) { edges { cursor node { id participants { role stakeholder { name } } helices } } } }`, {});
    await same(`{ collaborations(first: 10) { nodes { id parties { stakeholder { name } } program { name } } } }`, {});
    await same(`query($id: ID!) { stakeholder(id: $id) { id partners { weight } } none: program(id: "no-such-program") { id } }`, { id: stakeholders[0] });
  });
});

describe('read planner: round trips', () => {
  it('reads a stakeholder with partners, their partners and programs in one statement', async () => {
    const { trips } = await same(
      `query($id: ID!) { stakeholder(id: $id) { id name partners(first: 10) { weight partner { id name partners(first: 10) { partner { id name } } } } participations { role program { name } } } }`,
      { id: stakeholders[0] },
    );
    expect(trips).toBe(1);
  });

  it('reads a page of stakeholders with nested fields in one statement: the page and everything under it', async () => {
    const { trips } = await same(`{ stakeholders(first: 50) { nodes { id region { name } partners(first: 5) { partner { name helix } } participations { role program { name parent { name } } } collaborations { name parties { stakeholder { name } } } } } }`, {});
    expect(trips).toBe(1);
  });

  it('reads a page of programmes in two: the page, then everything under it', async () => {
    const { trips } = await same(`{ programs(first: 20) { nodes { id participants { role stakeholder { name region { name } } } } } }`, {});
    expect(trips).toBe(2);
  });
});

/** A programme's page: where it runs (and the province), who takes part and who leads them, its collaborations and sources. */
const PROGRAMME_PAGE = `query($id: ID!) { program(id: $id) {
  id name kind description startsOn endsOn venue helices missingHelices
  region { id name level parent { id name level } }
  parent { id name } parts { id name startsOn }
  participants { id role stakeholder { id name helix region { name parent { name } } officeHolders { title person { id name } sources { id title url } } } }
  collaborations { id name kind status parties { role stakeholder { id name helix } } }
  evidence { quote confidence source { id title publisher url publishedOn } }
} }`;

/** A collaboration's page: its parties, who leads them (and where that is recorded), its programme and sources. */
const COLLABORATION_PAGE = `query($id: ID!) { collaboration(id: $id) {
  id name kind status strength startedOn endedOn description
  program { id name region { name parent { name children { id name } } } }
  parties { role stakeholder { id name helix region { name parent { name } } officeHolders { title since until person { id name offices { title stakeholder { id name } } } sources { id title } } } }
  evidence { quote confidence source { id title publisher url publishedOn } }
} }`;

const PATH = `query($from: ID!, $to: ID!, $options: PathOptions) { path(from: $from, to: $to, options: $options) {
  reason timedOut path { length cost stakeholders { id name helix } hops { from { id name } to { id } weight explanation } }
} }`;

/** A path with everything behind its hops: their collaborations, programs and quotes with their sources. */
const PATH_IN_FULL = `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { path { stakeholders { id }
  hops { from { id } to { id } collaborations { id name kind status startedOn } programs { id name startsOn } evidence { quote confidence source { id title url } } }
} } }`;

describe('read planner: programme and collaboration pages, and paths', () => {
  it('reads a programme page and a collaboration page in one statement each, answering as the resolvers do', async () => {
    const answers: unknown[] = [];
    for (const [page, ids] of [
      [PROGRAMME_PAGE, programs],
      [COLLABORATION_PAGE, collaborations],
    ] as const) {
      for (const id of ids) {
        const { result, trips } = await same(page, { id });
        expect(result.errors).toBeUndefined();
        expect(trips).toBe(1);
        answers.push(result.data);
      }
    }
    // Regions with parents, offices with sources, people with offices: the seed exercises each field.
    const text = JSON.stringify(answers);
    expect(text).toMatch(/"parent":\{"id"/);
    expect(text).toMatch(/"sources":\[\{"id"/);
    expect(text).toMatch(/"offices":\[\{"title"/);
  }, 120_000);

  it('reads a fewest-hop path with its stakeholders and explained hops in one statement, filtered or not', async () => {
    const pairs = [
      ['masata-bontang', 'disnaker-bontang'],
      ['pranala-co', 'badak-lng'],
    ];
    for (const [from, to] of pairs) {
      for (const options of [null, { onlyHelices: ['GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY', 'MEDIA'] }]) {
        const { result, trips } = await same(PATH, { from, to, options });
        expect((result.data as { path: { path: { stakeholders: Array<{ id: string }> } } }).path.path.stakeholders.map((s) => s.id)).toContain(to);
        expect(trips).toBe(1);
      }
      const full = await same(PATH_IN_FULL, { from, to });
      expect(full.trips).toBe(1);
      expect(JSON.stringify(full.result.data)).toMatch(/"collaborations":\[\{"id"/);
    }
    const { result } = await same(PATH_IN_FULL, { from: 'masata-bontang', to: 'disnaker-bontang' });
    expect(JSON.stringify(result.data)).toMatch(/"source":\{"id"/);
  });

  it('reads k introduction routes with everything behind their hops in three statements and one a route', async () => {
    const query = `query($from: ID!, $to: ID!, $k: Int!) { paths(from: $from, to: $to, k: $k) {
      reason paths { length cost stakeholders { id name helix } hops { weight collaborations { name kind } programs { name } from { id name } to { id name } evidence { quote source { title url } } } }
    } }`;
    for (const k of [1, 5]) {
      await same(query, { from: 'pranala-co', to: 'badak-lng', k });
      // Both ends exist; the engine's graph version check; each route's hop facts (their collaborations',
      // programmes' and sources' rows included); the stakeholders along them.
      const { result, trips } = await same(query, { from: 'pranala-co', to: 'badak-lng', k });
      const routes = (result.data as { paths: { paths: unknown[] } }).paths.paths.length;
      expect(routes).toBeGreaterThan(k === 1 ? 0 : 1);
      expect(trips).toBe(3 + routes);
    }
  });

  it('answers the hops fetched with the path exactly as the hops explained on their own', async () => {
    for (const [from, to] of [
      ['masata-bontang', 'disnaker-bontang'],
      ['pranala-co', 'badak-lng'],
      ['badak-lng', 'masata-bontang'],
    ] as const) {
      for (const detail of ['explained', 'facts', 'evidence'] as const) {
        const { path } = await t.app.services.paths.path(from, to, {}, { hops: detail });
        expect(path?.hops?.length).toBeGreaterThan(0);
        const alone = await t.app.services.paths.hops(path!.stakeholderIds);
        const expected = {
          // The explanation, weight and ends alone: no rows of the facts.
          explained: alone.map(({ facts: _facts, ...hop }) => hop),
          facts: alone.map((hop) => ({ ...hop, facts: { ...hop.facts!, evidence: [] } })),
          evidence: alone,
        };
        expect(path!.hops).toEqual(expected[detail]);
      }
      const bare = await t.app.services.paths.path(from, to, {}, { hops: 'none' });
      expect(bare.path?.hops).toBeUndefined();
      expect(bare.path?.length).toBe(bare.path!.stakeholderIds.length - 1);
    }
  });
});

describe('a filtered page and a search: one statement each', () => {
  const PAGE = `query($after: String) {
    stakeholders(where: {helices: [GOVERNMENT, BUSINESS, COMMUNITY], region: "kota-bontang"}, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id name partnerCount region { name } }
    }
  }`;
  type Connection = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string }> };

  it('reads every page of a filtered list with its total and nested fields in one statement, and a page past the end in two', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (;;) {
      const { result, trips } = await same(PAGE, { after });
      const page = (result.data as { stakeholders: Connection }).stakeholders;
      expect(trips).toBe(1);
      if (total >= 0) expect(page.totalCount).toBe(total);
      total = page.totalCount;
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(total).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(total);
    // After the last item: no row carries the total, so it is counted apart.
    const past = await same(PAGE, { after });
    const beyond = (past.result.data as { stakeholders: Connection }).stakeholders;
    expect(beyond).toMatchObject({ totalCount: total, nodes: [] });
    expect(past.trips).toBe(2);
    // A first page that finds nothing has a total of 0 without a second statement.
    const none = await same(`{ stakeholders(where: {ids: ["no-such-stakeholder"], region: "kota-bontang"}) { totalCount nodes { id partnerCount } } }`, {});
    expect(none.result.data).toEqual({ stakeholders: { totalCount: 0, nodes: [] } });
    expect(none.trips).toBe(1);
  });

  it('answers a page the same with and without its total, and without it needs no count: a page past the end in one statement too', async () => {
    const WITHOUT = PAGE.replace('totalCount ', '');
    let after: string | null = null;
    for (;;) {
      const counted = await same(PAGE, { after });
      const uncounted = await same(WITHOUT, { after });
      const { totalCount: _total, ...rest } = (counted.result.data as { stakeholders: Connection }).stakeholders;
      expect(uncounted.result.data).toEqual({ stakeholders: rest });
      expect(uncounted.trips).toBe(1);
      after = rest.pageInfo.endCursor;
      if (!rest.pageInfo.hasNextPage) break;
    }
    const past = await same(WITHOUT, { after });
    expect(past.result.data).toEqual({ stakeholders: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } });
    expect(past.trips).toBe(1);
    // A field the planner leaves to a resolver it does not know still gets the full row to read.
    const mixed = await same(`{ stakeholders(first: 3) { nodes { id name viewerCanEdit helix partnerCount } } }`, {});
    expect(mixed.trips).toBe(1);
  });

  it('searches in one statement, the hits with the fields asked of them', async () => {
    const { result, trips } = await same(
      `query($text: String!) { search(text: $text, first: 5) { score node { __typename ... on Stakeholder { id name helix } ... on Program { id name startsOn } ... on Person { id name } } } }`,
      { text: 'Bontang' },
    );
    expect((result.data as { search: unknown[] }).search.length).toBeGreaterThan(0);
    expect(trips).toBe(1);
  });

  it('reads only the plain properties of search hits when nothing else is asked of them, and answers the same', async () => {
    const ran: string[] = [];
    t.db.observe(({ operation }) => ran.push(operation));
    const hits = (extra: string) =>
      `query($text: String!) { search(text: $text, first: 8) { score node { __typename ... on Stakeholder { id name aliases helix kind description website tags ${extra} } ... on Program { id name venue } ... on Person { id name } } } }`;
    const plain = await same(hits(''), { text: 'Bontang' });
    expect(plain.result.errors).toBeUndefined();
    expect(ran).toContain('search.plain');
    expect(ran).not.toContain('search');
    ran.length = 0;
    const whole = await same(hits('createdAt'), { text: 'Bontang' });
    expect(ran).toContain('search');
    expect(ran).not.toContain('search.plain');
    type Hit = { node: Record<string, unknown> };
    const hitList = (plain.result.data as { search: Hit[] }).search;
    expect(hitList.some((h) => h.node.__typename === 'Stakeholder' && typeof h.node.helix === 'string')).toBe(true);
    expect((whole.result.data as { search: Hit[] }).search.map(({ node: { createdAt: _c, ...node }, ...hit }) => ({ ...hit, node }))).toEqual(hitList);
    expect(plain.trips).toBe(1);
  });

  it('passes EXPLAIN with the planned projection and with the search', async () => {
    const items = planEach('Stakeholder', [{ key: 'partnerCount', name: 'partnerCount' }, { key: 'region', name: 'region', selection: [{ key: 'name', name: 'name' }] }]);
    const page = stakeholderPage({ helices: ['BUSINESS'], region: 'kota-bontang' }, { field: 'PARTNER_COUNT', direction: 'DESC' }, 20, { key: 3, id: 'x' }, { projection: items.projection, params: {} });
    const alone = { ...page, extra: { projection: items.projection, params: {}, replacesRow: true, total: false } };
    const statements: Array<[string, Record<string, unknown>]> = [
      [keysetStatement(page), { ...page.params, afterKey: 3, afterId: 'x', limit: 21 }],
      [keysetStatement(alone), { ...page.params, afterKey: 3, afterId: 'x', limit: 21 }],
      [SEARCH, { lucene: 'bontang*', limit: 40 }],
      [searchStatement({ Stakeholder: ['helix', 'website'], Program: ['venue'], Person: [] }), { lucene: 'bontang*', limit: 40 }],
    ];
    for (const [cypher, params] of statements) {
      const plan = await t.db.read('test.explain', async (tx) => (await tx.raw.run(`EXPLAIN ${cypher}`, params)).summary.plan);
      expect(plan).toBeTruthy();
    }
  });
});

describe('read planner: generated statements pass EXPLAIN', () => {
  const operations = [
    STAKEHOLDER,
    `query($id: ID!) { program(id: $id) { helices missingHelices parts { id } participants(roles: [SPEAKER]) { stakeholder { units { id } officeHolders { title } } } } }`,
    `query($id: ID!) { collaboration(id: $id) { program { region { name } } parties { stakeholder { evidence { quote } } } } }`,
    `{ stakeholders(first: 5) { nodes { partners(asOf: "2024-01-01") { programs partner { name } } } } }`,
    PROGRAMME_PAGE,
    COLLABORATION_PAGE,
  ];
  it.each(operations.map((query, i) => [i, query]))('operation %i', async (_i, query) => {
    const plans = planOperation(planned, parse(query), { id: stakeholders[0], asOf: '2024-01-01' });
    const [plan] = Object.values(plans);
    expect(plan).toBeDefined();
    const rows = await t.db.read('test.explain', async (tx) => {
      const result = await tx.raw.run(`EXPLAIN ${plan!.cypher}`, { ...plan!.params, id: 'x', ids: ['x'] });
      return result.summary.plan;
    });
    expect(rows).toBeTruthy();
    // Every parameter is the root id(s) or a field argument: no request value is written into the text.
    expect(plan!.cypher).not.toMatch(/\$(?!a\d+_|id\b|ids\b)/);
  });
});

describe('fewest-hop statements pass EXPLAIN as a bidirectional search', () => {
  const shapes = [
    ...[false, true].flatMap((filtered) => (['none', 'explained', 'facts', 'evidence'] as HopDetail[]).map((hops) => ({ filtered, hops }))),
    { filtered: false, hops: 'explained' as HopDetail, stakeholders: ['name', 'helix'] as const },
  ];
  it.each(shapes)('filtered $filtered, hops $hops, stakeholders $stakeholders', async (shape) => {
    const plan = await t.db.read('test.explain', async (tx) => {
      const result = await tx.raw.run(`EXPLAIN ${shortestPathCypher(6, shape)}`, { from: 'a', to: 'b', helices: ['MEDIA'], kinds: null, avoid: ['x'], activeOn: null, asOf: '2025-01-01' });
      return JSON.stringify(result.summary.plan);
    });
    // The bidirectional search, never the fallback that enumerates paths with VarLengthExpand.
    expect(plan).toContain('"operatorType":"ShortestPath');
    expect(plan).not.toContain('VarLengthExpand');
  });
});
