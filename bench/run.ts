/**
 * `npm run bench` measures the service against its floor (the same data fetched with
 * hand-written Cypher through neo4j-driver) and against the alternative a team would pick
 * (@neo4j/graphql over the same database), at 1,000, 10,000 and 100,000 stakeholders.
 * Every figure is printed beside its baseline measured in the same run, as a ratio.
 *
 *   npm run bench                    all sizes (the 100k graph takes minutes to build, once)
 *   npm run bench -- --quick         1,000 stakeholders, few iterations: checks it runs (CI)
 *   npm run bench -- --sizes 10000   chosen sizes
 *
 * Graphs are generated once per size and kept under bench/.cache/ (reused by later runs).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Neo4jGraphQL } from '@neo4j/graphql';
import autocannon from 'autocannon';
import { envelop, useEngine, useSchema } from '@envelop/core';
import { execute, graphql, parse, validate, type ExecutionResult, type GraphQLSchema } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { computeInfluence } from '../src/analytics/centrality.js';
import { ROOT_DIR } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { useCompiledQueries } from '../src/graphql/compiled-execution.js';
import { createLoaders } from '../src/graphql/loaders.js';
import { createSchema } from '../src/graphql/schema.js';
import { createApp, type App } from '../src/server.js';
import { seededRandom as rng } from '../src/random.js';
import { explainHop } from '../src/services/path-service.js';
import { measureEngine } from './analytics.js';
import { CACHE, logger, openGraph, referencePython, RESULTS } from './graphs.js';
import { canonicalJson, compare, comparedColumns, gqlVia, compareThroughput, loadAverage, mb, summarise, table, time, withLoopDelay } from './harness.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    seed: { type: 'string', default: '7' },
    /** Sections to leave out, comma-separated: floor, versus, trips, cache, load, analytics, engine. */
    skip: { type: 'string', default: '' },
  },
});
const QUICK = values.quick;
const SIZES = values.sizes ? values.sizes.split(',').map(Number) : QUICK ? [1000] : [1000, 10_000, 100_000];
const SEED = Number(values.seed);
const ITERATIONS = QUICK ? 20 : 200;
/** The comparison with @neo4j/graphql: enough samples per side that p99 is not one outlier. */
const VERSUS_ITERATIONS = QUICK ? 20 : 500;
/** On how many variable values both answers of a comparison (floor, @neo4j/graphql) are compared before timing. */
const CHECKED = QUICK ? 5 : 20;
const SKIP = new Set(values.skip.split(',').filter(Boolean));
/** Floor, comparison and round trips are measured without the response cache (every read runs). */
const APP_CONFIG = { graphiql: false, NODE_ENV: 'production', PATH_TIME_LIMIT_MS: 30_000, anonymousRole: 'VIEWER' } as const;
/** The service's defaults (RESPONSE_CACHE_ENTRIES, RESPONSE_CACHE_VERSION_MAX_AGE_MS). */
const RESPONSE_CACHE = { maxEntries: 2000, versionMaxAgeMs: 500 };

/** Sample ids: hubs (most partners) and ordinary stakeholders, the same every run. */
async function sampleIds(db: Database): Promise<Ids> {
  const hubs = await db.query<{ id: string }>('bench.hubs', 'MATCH (s:Stakeholder) RETURN s.id AS id ORDER BY COUNT { (s)-[:WORKS_WITH]-() } DESC, s.id LIMIT 20');
  const all = await db.query<{ id: string }>('bench.all', 'MATCH (s:Stakeholder) RETURN s.id AS id ORDER BY s.id');
  const random = rng(SEED);
  const ordinary = Array.from({ length: 200 }, () => all[Math.floor(random() * all.length)]!.id);
  const [region] = await db.query<{ id: string }>(
    'bench.region',
    'MATCH (r:Region)<-[:BASED_IN]-(s:Stakeholder) WITH r, count(s) AS n ORDER BY n DESC LIMIT 1 RETURN r.id AS id',
  );
  // Programmes of ordinary size (the median participant count and up to twice it), the same every run.
  const programs = await db.query<{ id: string }>(
    'bench.programs',
    `MATCH (p:Program) WITH p, COUNT { (p)<-[:IN]-(:Participation) } AS n WHERE n > 0
     WITH p, n ORDER BY n, p.id
     WITH collect({id: p.id, n: n}) AS counted
     WITH counted, counted[size(counted) / 2].n AS median
     UNWIND counted AS x WITH x, median WHERE x.n >= median AND x.n <= 2 * median RETURN x.id AS id ORDER BY x.id LIMIT 50`,
  );
  return { hubs: hubs.map((r) => r.id), ordinary, region: region!.id, programs: programs.map((r) => r.id) };
}

/**
 * The floor: the statement in a transaction function (`executeRead`, what the driver's manual
 * recommends, with its retries), or with `autoCommit` as one auto-commit transaction (one
 * message where a transaction function sends three, as the service sends a one-statement read).
 */
const cypherVia =
  (driver: Driver, autoCommit = false) =>
  async (cypher: string, params: Record<string, unknown>) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return (autoCommit ? await session.run(cypher, params) : await session.executeRead((tx) => tx.run(cypher, params))).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };

/** The service lists a stakeholder's participations newest first (the participation's start, else the programme's), then by programme name. */
const NEWEST_PARTICIPATION = 'coalesce(pa.startedOn, p.startsOn) DESC, p.name';

/** The read queries compared with their floor: GraphQL text and the equivalent hand-written Cypher; `same` puts both answers in one form, compared before timing. */
function readQueries(ids: Ids) {
  const random = rng(SEED + 1);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  return [
    {
      name: 'stakeholder detail (partners, programs)',
      vars: () => ({ id: pick(ids.ordinary) }),
      gql: `query($id: ID!) { stakeholder(id: $id) { id name helix region { name } partners(first: 10) { weight partner { id name helix } } participations { role program { id name } } } }`,
      cypher: `MATCH (s:Stakeholder {id: $id})
        RETURN s.id AS id, s.name AS name, s.helix AS helix,
          COLLECT { MATCH (s)-[:BASED_IN]->(r:Region) RETURN r.name LIMIT 1 } AS region,
          COLLECT { MATCH (s)-[t:WORKS_WITH]-(o:Stakeholder) RETURN {weight: t.weight, id: o.id, name: o.name, helix: o.helix} ORDER BY t.weight DESC, o.id LIMIT 10 } AS partners,
          COLLECT { MATCH (s)-[:TAKES_PART]->(pa:Participation)-[:IN]->(p:Program) RETURN {role: pa.role, id: p.id, name: p.name} ORDER BY ${NEWEST_PARTICIPATION} } AS participations`,
      same: (service: any, floor: any[]) => [service.stakeholder, floor[0] && { ...floor[0], region: floor[0].region[0] ? { name: floor[0].region[0] } : null, partners: floor[0].partners.map(({ weight, ...partner }: any) => ({ weight, partner })), participations: floor[0].participations.map(({ role, ...program }: any) => ({ role, program })) }],
    },
    {
      name: 'filtered list (helix + region, 20)',
      vars: () => ({ region: ids.region }),
      gql: `query($region: ID) { stakeholders(where: {helices: [BUSINESS], region: $region}, first: 20) { totalCount nodes { id name partnerCount } } }`,
      // The service's region rule: based in the region or below it, or taking part there
      // through a programme or a collaboration under one (the region scope of the whole service).
      cypher: `MATCH (g:Region {id: $region})
        CALL (g) {
          MATCH (s:Stakeholder)-[:BASED_IN]->(:Region)-[:PART_OF*0..10]->(g) RETURN s
          UNION MATCH (s:Stakeholder)-[:TAKES_PART]->(:Participation)-[:IN]->(:Program)-[:IN_REGION]->(:Region)-[:PART_OF*0..10]->(g) RETURN s
          UNION MATCH (s:Stakeholder)-[:PARTY_TO]->(:Collaboration)-[:UNDER]->(:Program)-[:IN_REGION]->(:Region)-[:PART_OF*0..10]->(g) RETURN s
        }
        WITH s WHERE s.helix IN ['BUSINESS']
        WITH s ORDER BY s.sortName, s.id
        WITH collect(s) AS matched
        RETURN size(matched) AS total, [s IN matched[0..20] | {id: s.id, name: s.name, partners: COUNT { (s)-[:WORKS_WITH]-() }}] AS nodes`,
      same: (service: any, floor: any[]) => [
        [service.stakeholders.totalCount, service.stakeholders.nodes.map((n: any) => [n.id, n.partnerCount])],
        [Number(floor[0].total), floor[0].nodes.map((n: any) => [n.id, Number(n.partners)])],
      ],
    },
    {
      name: 'nested list (50 with partners and programs)',
      vars: () => ({ ids: ids.ordinary.slice(0, 50) }),
      gql: `query($ids: [ID!]) { stakeholders(where: {ids: $ids}, first: 50) { nodes { id name partners(first: 5) { partner { id name } } participations { role program { name } } } } }`,
      cypher: `MATCH (s:Stakeholder) WHERE s.id IN $ids
        WITH s ORDER BY s.sortName, s.id
        RETURN s.id AS id, s.name AS name,
          COLLECT { MATCH (s)-[t:WORKS_WITH]-(o:Stakeholder) RETURN {id: o.id, name: o.name} ORDER BY t.weight DESC, o.id LIMIT 5 } AS partners,
          COLLECT { MATCH (s)-[:TAKES_PART]->(pa:Participation)-[:IN]->(p:Program) RETURN {role: pa.role, name: p.name} ORDER BY ${NEWEST_PARTICIPATION} } AS participations`,
      same: (service: any, floor: any[]) => [
        service.stakeholders.nodes,
        floor.map(({ partners, participations, ...s }) => ({ ...s, partners: partners.map((partner: any) => ({ partner })), participations: participations.map(({ role, name }: any) => ({ role, program: { name } })) })),
      ],
    },
    {
      name: 'search',
      vars: () => ({ text: 'Dinas Tenaga' }),
      gql: `query($text: String!) { search(text: $text, first: 10) { score node { ... on Stakeholder { id name } ... on Program { id name } } } }`,
      // The service's search: organisations, programmes and people, forty candidates of each
      // index, a name or alias equal to the text first, then by relevance and id.
      cypher: `CALL () {
          CALL db.index.fulltext.queryNodes('search', '(dinas^3 OR dinas* OR dinas~1) AND (tenaga^3 OR tenaga* OR tenaga~1)', {limit: 40}) YIELD node, score RETURN node, score
          UNION ALL
          CALL db.index.fulltext.queryNodes('person_search', '(dinas^3 OR dinas* OR dinas~1) AND (tenaga^3 OR tenaga* OR tenaga~1)', {limit: 40}) YIELD node, score RETURN node, score
        }
        WITH node, score, any(n IN [node.name] + coalesce(node.aliases, []) WHERE toLower(n) = toLower($text)) AS exact
        RETURN node.id AS id, node.name AS name, score ORDER BY exact DESC, score DESC, id LIMIT 10`,
      same: (service: any, floor: any[]) => [service.search.map((h: any) => h.node.id), floor.map((r) => r.id)],
    },
    {
      name: 'path (fewest hops)',
      // Like for like: the path's stakeholders (id, name) and per hop the five newest shared
      // collaborations (name, kind) and programs (name), what the explanation is written from. The
      // service besides tells a missing end from no path (an error, where this returns no row).
      vars: () => {
        // Two stakeholders: Neo4j refuses a shortest path from a node to itself.
        const from = pick(ids.ordinary);
        let to = pick(ids.ordinary);
        while (to === from) to = pick(ids.ordinary);
        return { from, to };
      },
      gql: `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { reason path { length stakeholders { id name } hops { explanation } } } }`,
      cypher: `MATCH (a:Stakeholder {id: $from}), (b:Stakeholder {id: $to})
        OPTIONAL MATCH p = shortestPath((a)-[:WORKS_WITH*..6]-(b))
        WITH p, CASE WHEN p IS NULL THEN [] ELSE nodes(p) END AS ns
        UNWIND range(0, size(ns) - 2) AS i
        WITH ns, i, ns[i] AS x, ns[i + 1] AS y ORDER BY i
        RETURN [n IN ns | {id: n.id, name: n.name}] AS stakeholders,
          collect({ collaborations: COLLECT { MATCH (x)-[:PARTY_TO]->(c:Collaboration)<-[:PARTY_TO]-(y) RETURN c {.name, .kind} AS fact ORDER BY c.startedOn DESC, c.strength DESC, c.id LIMIT 5 },
                    programs: COLLECT { MATCH (x)-[:TAKES_PART]->(:Participation)-[:IN]->(pr:Program)<-[:IN]-(:Participation)<-[:TAKES_PART]-(y) WITH DISTINCT pr RETURN pr.name ORDER BY pr.startsOn DESC, pr.id LIMIT 5 } }) AS hops`,
      same: (service: any, floor: any[]) => [
        service.path.path && { length: service.path.path.length, stakeholders: service.path.path.stakeholders.map((n: any) => [n.id, n.name]), hops: service.path.path.hops.map((h: any) => h.explanation) },
        floor[0]
          ? {
              length: floor[0].stakeholders.length - 1,
              stakeholders: floor[0].stakeholders.map((n: any) => [n.id, n.name]),
              hops: floor[0].hops.map((h: any) => explainHop({ collaborations: h.collaborations, programs: h.programs.map((name: string) => ({ name })) })),
            }
          : null,
      ],
    },
  ];
}

/**
 * The same reads through @neo4j/graphql over the same database: relationship properties carry
 * the tie weight, so its connection field can be asked for the same answer as ours (the ten
 * strongest partners, ties broken by id).
 */
const NEO4J_GRAPHQL_TYPEDEFS = `
type Stakeholder @node {
  id: ID!
  name: String!
  helix: String!
  partners: [Stakeholder!]! @relationship(type: "WORKS_WITH", direction: OUT, queryDirection: UNDIRECTED, properties: "WorksWith")
  participations: [Participation!]! @relationship(type: "TAKES_PART", direction: OUT)
  region: [Region!]! @relationship(type: "BASED_IN", direction: OUT)
}
type WorksWith @relationshipProperties { weight: Float! }
type Participation @node {
  role: String!
  program: [Program!]! @relationship(type: "IN", direction: OUT)
  stakeholder: [Stakeholder!]! @relationship(type: "TAKES_PART", direction: IN)
}
type Program @node { id: ID! name: String! participants: [Participation!]! @relationship(type: "IN", direction: IN) }
type Region @node { id: ID! name: String! }
`;

/** Strongest first, ties broken by id: the order of ours. */
const STRONGEST = 'sort: [{ edge: { weight: DESC } }, { node: { id: ASC } }]';

interface Ids {
  hubs: string[];
  ordinary: string[];
  region: string;
  programs: string[];
}

/** Each shape as a bare `graphql()` call on both sides, with a normaliser that proves both answers agree. */
function alternativeQueries(ids: Ids) {
  const random = rng(SEED + 2);
  const pick = (list: string[]) => () => list[Math.floor(random() * list.length)]!;
  type Partner = { weight?: number; partner: { id: string; name: string; partners?: Partner[] } };
  type TheirEdge = { properties?: { weight: number }; node: { id: string; name: string; partnersConnection?: { edges: TheirEdge[] } } };
  const ourPartners = (list: Partner[]): unknown => list.map((t) => ({ id: t.partner.id, ...(t.partner.partners ? { partners: ourPartners(t.partner.partners) } : {}) }));
  const theirPartners = (edges: TheirEdge[]): unknown =>
    edges.map((e) => ({ id: e.node.id, ...(e.node.partnersConnection ? { partners: theirPartners(e.node.partnersConnection.edges) } : {}) }));
  return [
    {
      name: 'stakeholder with partners and programs',
      vars: pick(ids.ordinary),
      ours: `query($id: ID!) { stakeholder(id: $id) { id name helix partners(first: 10) { weight partner { id name } } participations { role program { name } } } }`,
      theirs: `query($id: ID!) { stakeholders(where: { id: { eq: $id } }) { id name helix partnersConnection(first: 10, ${STRONGEST}) { edges { properties { weight } node { id name } } } participations { role program { name } } } }`,
      same: (o: any, t: any) => [ourPartners(o.stakeholder.partners), theirPartners(t.stakeholders[0].partnersConnection.edges)],
    },
    {
      name: 'nested list of 50',
      vars: () => ids.ordinary.slice(50, 100),
      ours: `query($id: [ID!]) { stakeholders(where: {ids: $id}, first: 50) { nodes { id name partners(first: 5) { partner { id name } } participations { role program { name } } } } }`,
      theirs: `query($id: [ID!]) { stakeholders(where: { id: { in: $id } }, sort: [{ name: ASC }]) { id name partnersConnection(first: 5, ${STRONGEST}) { edges { node { id name } } } participations { role program { name } } } }`,
      same: (o: any, t: any) => [
        o.stakeholders.nodes.map((s: any) => [s.id, ourPartners(s.partners)]).sort(),
        t.stakeholders.map((s: any) => [s.id, theirPartners(s.partnersConnection.edges)]).sort(),
      ],
    },
    {
      name: 'two levels of partners',
      vars: pick(ids.ordinary),
      ours: `query($id: ID!) { stakeholder(id: $id) { id partners(first: 10) { partner { id name partners(first: 10) { partner { id name } } } } } }`,
      theirs: `query($id: ID!) { stakeholders(where: { id: { eq: $id } }) { id partnersConnection(first: 10, ${STRONGEST}) { edges { node { id name partnersConnection(first: 10, ${STRONGEST}) { edges { node { id name } } } } } } } }`,
      same: (o: any, t: any) => [ourPartners(o.stakeholder.partners), theirPartners(t.stakeholders[0].partnersConnection.edges)],
    },
    {
      name: 'programme with participants, their regions and helices',
      vars: pick(ids.programs),
      ours: `query($id: ID!) { program(id: $id) { id name participants { role stakeholder { id name helix region { name } } } } }`,
      theirs: `query($id: ID!) { programs(where: { id: { eq: $id } }) { id name participants { role stakeholder { id name helix region { name } } } } }`,
      same: (o: any, t: any) => [
        o.program.participants.map((p: any) => JSON.stringify([p.role, p.stakeholder.id, p.stakeholder.helix, p.stakeholder.region?.name ?? null])).sort(),
        t.programs[0].participants.map((p: any) => JSON.stringify([p.role, p.stakeholder[0].id, p.stakeholder[0].helix, p.stakeholder[0].region[0]?.name ?? null])).sort(),
      ],
    },
  ];
}

/**
 * Our schema executed bare with a fresh request context (no HTTP, no other plugins), through the
 * service's executor (queries compiled), parsed and validated each time as `graphql()` does.
 */
function bareService(app: App) {
  const enveloped = envelop({ plugins: [useEngine({ parse, validate, execute }), useSchema(createSchema()), useCompiledQueries()] });
  return async (query: string, variables: Record<string, unknown>) => {
    const contextValue = { viewer: { role: 'VIEWER', subject: null }, services: app.services, loaders: createLoaders(app.services.stores, app.services.analytics.backend, app.services.indicators) };
    const run = enveloped();
    const document = run.parse(query);
    const invalid = run.validate(run.schema, document);
    const result: ExecutionResult = invalid.length > 0 ? { errors: invalid } : ((await run.execute({ schema: run.schema, document, variableValues: variables, contextValue })) as ExecutionResult);
    if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors).slice(0, 500)}`);
    return result.data;
  };
}

const bareAlternative = (schema: GraphQLSchema) => async (query: string, variables: Record<string, unknown>) => {
  const result = await graphql({ schema, source: query, variableValues: variables, contextValue: {} });
  if (result.errors) throw new Error(`@neo4j/graphql: ${JSON.stringify(result.errors).slice(0, 300)}`);
  return result.data;
};

/** Statements run through `driver` (auto-commit or in transaction functions) while `fn` runs, with their parameters (to PROFILE them). */
async function statementsOf(driver: Driver, fn: () => Promise<unknown>): Promise<Array<{ cypher: string; params: Record<string, unknown> }>> {
  const seen: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  const open = driver.session.bind(driver);
  driver.session = (config) => {
    const session = open(config);
    const run = session.run.bind(session);
    session.run = ((cypher: string, params: Record<string, unknown>, txConfig?: object) => (seen.push({ cypher, params }), run(cypher, params, txConfig))) as typeof session.run;
    const executeRead = session.executeRead.bind(session);
    session.executeRead = (work, txConfig) =>
      executeRead((tx) => {
        const run = tx.run.bind(tx);
        tx.run = ((cypher: string, params: Record<string, unknown>) => (seen.push({ cypher, params }), run(cypher, params))) as typeof tx.run;
        return work(tx);
      }, txConfig);
    return session;
  };
  try {
    await fn();
  } finally {
    // The prototype's method again.
    delete (driver as Partial<Driver>).session;
  }
  return seen;
}

/** Database hits of statements, summed over their profiled plans (the work the database does for one request). */
async function dbHits(driver: Driver, statements: Array<{ cypher: string; params: Record<string, unknown> }>): Promise<number> {
  type Profile = { dbHits: number; children: Profile[] };
  const sum = (p: Profile): number => p.dbHits + p.children.reduce((s, c) => s + sum(c), 0);
  let hits = 0;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for (const { cypher, params } of statements) {
      // A version prefix (`CYPHER 5`) must come before PROFILE.
      const [, prefix = '', body = cypher] = /^(CYPHER \d+\s+)?([\s\S]*)$/.exec(cypher) ?? [];
      const result = await session.executeRead((tx) => tx.run(`${prefix}PROFILE ${body}`, params));
      hits += sum(result.summary.profile as unknown as Profile);
    }
  } finally {
    await session.close();
  }
  return hits;
}

/**
 * Both sides bare (`graphql()` on the schema, same database, same data) over the same sequence of
 * variables, after checking on the first 20 of them that both give the same answer. Latency is
 * measured one request at a time (the sides interleaved ABAB, after a warm-up), throughput also
 * with 8 requests in flight (rounds alternating between the sides); the database work of one
 * request is PROFILEd on both sides. The cost of our HTTP pipeline (yoga, auth, rate limit,
 * armor rules, masking) is measured separately, against the bare call.
 */
async function measureAlternative(app: App, db: Database, driver: Driver, schema: GraphQLSchema, ids: Ids) {
  const ours = bareService(app);
  const theirs = bareAlternative(schema);
  const viaYoga = gqlVia(app);
  const rows: Array<Record<string, string | number>> = [];
  for (const q of alternativeQueries(ids)) {
    const samples = Array.from({ length: 100 }, () => ({ id: q.vars() }));
    for (const sample of samples.slice(0, CHECKED)) {
      const [a, b] = q.same(await ours(q.ours, sample), await theirs(q.theirs, sample));
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${q.name}: the two answers differ\n${JSON.stringify(a).slice(0, 400)}\n${JSON.stringify(b).slice(0, 400)}`);
    }
    const sample = samples[0]!;
    const before = db.queryCount;
    const hits = { ours: await dbHits(driver, await statementsOf(db.driver, () => ours(q.ours, sample))), theirs: await dbHits(driver, await statementsOf(driver, () => theirs(q.theirs, sample))) };
    const trips = db.queryCount - before;
    let i = 0;
    let j = 0;
    const next = (n: number) => samples[n % samples.length]!;
    const result = await compare(
      async () => ours(q.ours, next(i++)),
      async () => theirs(q.theirs, next(j++)),
      VERSUS_ITERATIONS,
    );
    const concurrent = await compareThroughput(
      async () => ours(q.ours, next(i++)),
      async () => theirs(q.theirs, next(j++)),
      { concurrency: 8, perRound: QUICK ? 16 : 80, rounds: QUICK ? 2 : 6 },
    );
    const pipeline = await compare(
      async () => viaYoga(q.ours, next(i++)),
      async () => ours(q.ours, next(j++)),
      Math.max(10, ITERATIONS / 4),
    );
    rows.push({
      query: q.name,
      ...comparedColumns(result, 'ours', '@neo4j/graphql', 'ours/theirs'),
      'ops/s at 8 in flight, ours / theirs': `${concurrent.candidate} / ${concurrent.baseline}`,
      'throughput ratio at 8 in flight': concurrent.ratio,
      'db hits, ours / theirs': `${hits.ours} / ${hits.theirs}`,
      'our round trips': trips,
      'HTTP pipeline p50 ms (yoga - bare)': Math.round((pipeline.candidate.p50 - pipeline.baseline.p50) * 100) / 100,
    });
  }
  return rows;
}

async function measureFloor(app: App, driver: Driver, ids: Ids) {
  const ours = gqlVia(app);
  const floor = cypherVia(driver);
  const auto = cypherVia(driver, true);
  const rows: Array<Record<string, string | number>> = [];
  for (const q of readQueries(ids)) {
    // Both sides answer the same on several variable values before either is timed.
    for (let n = 0; n < CHECKED; n++) {
      const checked = q.vars();
      const [a, b] = q.same(await ours(q.gql, checked), await floor(q.cypher, checked));
      if (canonicalJson(a) !== canonicalJson(b)) throw new Error(`${q.name}: the service and the floor answer differently\n${JSON.stringify(a).slice(0, 400)}\n${JSON.stringify(b).slice(0, 400)}`);
    }
    // Both sides take the same values in the same order; the interleaving (ABAB, the order
    // flipping each round) leaves each side first on a value half the time.
    const samples = Array.from({ length: 100 }, () => q.vars());
    let i = 0;
    let j = 0;
    const result = await compare(
      async () => ours(q.gql, samples[i++ % samples.length]!),
      async () => floor(q.cypher, samples[j++ % samples.length]!),
      ITERATIONS,
    );
    const againstAuto = await compare(
      async () => ours(q.gql, samples[i++ % samples.length]!),
      async () => auto(q.cypher, samples[j++ % samples.length]!),
      ITERATIONS / 2,
    );
    rows.push({
      query: q.name,
      'service p50 ms': result.candidate.p50,
      'service p99 ms': result.candidate.p99,
      'driver p50 ms': result.baseline.p50,
      'driver p99 ms': result.baseline.p99,
      'p50 ratio': result.ratioP50,
      'p99 ratio': result.ratioP99,
      'p50 ratio to the auto-commit floor (service / floor ms)': `${againstAuto.ratioP50} (${againstAuto.candidate.p50} / ${againstAuto.baseline.p50})`,
    });
  }
  return rows;
}

/**
 * Each read of the floor table through the service with and without the response cache, over
 * the same cycle of variables (the detail query cycles through 100 stakeholders): after a first
 * pass, every cached request is a hit. Requests that differ
 * in an undeclared variable miss every time: what the cache costs a read it cannot answer (the
 * version read, the key, the bookkeeping), as after every write.
 */
async function measureCache(cached: App, uncached: App, ids: Ids) {
  const withCache = gqlVia(cached);
  const without = gqlVia(uncached);
  const rows: Array<Record<string, string | number>> = [];
  for (const q of readQueries(ids)) {
    const cycle = Array.from({ length: 100 }, () => q.vars());
    for (const vars of cycle) await withCache(q.gql, vars);
    let i = 0;
    let j = 0;
    const result = await compare(
      async () => withCache(q.gql, cycle[i++ % cycle.length]!),
      async () => without(q.gql, cycle[j++ % cycle.length]!),
      ITERATIONS,
    );
    let k = 0;
    let l = 0;
    const missed = await compare(
      // A variable the operation does not declare: ignored by execution, but part of the key.
      async () => withCache(q.gql, { ...cycle[k % cycle.length]!, uncachedRun: k++ }),
      async () => without(q.gql, cycle[l++ % cycle.length]!),
      Math.max(10, ITERATIONS / 4),
    );
    rows.push({
      query: q.name,
      ...comparedColumns(result, 'cached', 'uncached', 'cached/uncached'),
      'miss p50 ms / uncached p50 ms': `${missed.candidate.p50} / ${missed.baseline.p50}`,
    });
  }
  return rows;
}

async function measureRoundTrips(app: App, db: Database, ids: { ordinary: string[] }) {
  const ours = gqlVia(app);
  const query = `query($ids: [ID!]) { stakeholders(where: {ids: $ids}, first: 100) { nodes { id region { name } partners(first: 5) { partner { name helix } } participations { role program { name parent { name } } } collaborations { name parties { stakeholder { name } } } } } }`;
  const rows: Array<Record<string, string | number>> = [];
  for (const n of [5, 20, 50, 100]) {
    await ours(query, { ids: ids.ordinary.slice(0, n) });
    const before = db.queryCount;
    await ours(query, { ids: ids.ordinary.slice(0, n) });
    rows.push({ 'stakeholders in list': n, 'database queries per request': db.queryCount - before });
  }
  return rows;
}

/** Sums of the GraphQL phase histograms (seconds, and how many) served at /metrics. */
async function phaseTotals(port: number): Promise<Map<string, { sum: number; count: number }>> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const totals = new Map<string, { sum: number; count: number }>();
  for (const match of text.matchAll(/^graphql_envelop_phase_(\w+?)_(sum|count)(?:\{[^}]*\})? ([\d.e+-]+)$/gm)) {
    const entry = totals.get(match[1]!) ?? { sum: 0, count: 0 };
    entry[match[2] as 'sum' | 'count'] += Number(match[3]);
    totals.set(match[1]!, entry);
  }
  return totals;
}

/**
 * HTTP throughput at several concurrencies, and the profile of one request (the one-connection
 * run): mean time in each GraphQL phase from the service's own Prometheus histograms (parse;
 * validate, with the armor rules; context, which is authentication and the rate limit;
 * execute, the resolvers and the database), the rest being HTTP, JSON, masking and logging.
 */
async function measureLoad(app: App, uncached: App, before: App, ids: Ids) {
  const listen = async (server: App['server']) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as { port: number }).port;
  };
  const port = await listen(app.server);
  const portUncached = await listen(uncached.server);
  const portBefore = await listen(before.server);
  const rows: Array<Record<string, string | number>> = [];
  const profile: Array<Record<string, string | number>> = [];
  const requests = ids.ordinary.slice(0, 100).map((id) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
    body: JSON.stringify({ query: `query($id: ID!) { stakeholder(id: $id) { id name partners(first: 10) { weight partner { id name helix } } participations { role program { name } } } }`, variables: { id } }),
  }));
  const run = async (to: number, connections: number) => {
    const measured = await withLoopDelay(
      () => autocannon({ url: `http://127.0.0.1:${to}`, connections, duration: QUICK ? 2 : 10, requests }),
    );
    // Let requests cut off by the end of the run finish before the next step.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return measured;
  };
  // The cached service runs hot: its cache holds the cycle's answers (misses: the table above).
  for (const request of requests) await fetch(`http://127.0.0.1:${port}${request.path}`, request);
  try {
    for (const connections of QUICK ? [1, 8] : [1, 8, 32, 64]) {
      const phasesBefore = await phaseTotals(port);
      const { value: result, loopDelayP50, loopDelayP99 } = await run(port, connections);
      if (connections === 1) profile.push(...requestProfile(phasesBefore, await phaseTotals(port), result.latency.mean));
      const { value: planned } = await run(portUncached, connections);
      const { value: unplanned } = await run(portBefore, connections);
      const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 1e-6)) * 100) / 100;
      rows.push({
        connections,
        'req/s': Math.round(result.requests.average),
        'req/s planner, no cache': Math.round(planned.requests.average),
        'req/s before (no planner, no cache)': Math.round(unplanned.requests.average),
        'req/s ratio to before': ratio(result.requests.average, unplanned.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        'p99 ms planner, no cache': planned.latency.p99,
        'p99 ms before': unplanned.latency.p99,
        errors: result.errors + result.non2xx + planned.errors + planned.non2xx + unplanned.errors + unplanned.non2xx,
        'loop delay p50/p99 ms': `${loopDelayP50}/${loopDelayP99}`,
        'RSS MB': mb(process.memoryUsage().rss),
      });
    }
  } finally {
    for (const server of [app.server, uncached.server, before.server]) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return { rows, profile };
}

/** Mean time per request in each phase between two readings of the histograms, and the rest of `total`. */
function requestProfile(before: Map<string, { sum: number; count: number }>, after: Map<string, { sum: number; count: number }>, total: number) {
  const rows: Array<Record<string, string | number>> = [];
  const row = (step: string, ms: number) => rows.push({ step, 'mean ms': Math.round(ms * 100) / 100, share: `${Math.round((ms / total) * 100)}%` });
  let phases = 0;
  for (const [phase, { sum, count }] of after) {
    const was = before.get(phase) ?? { sum: 0, count: 0 };
    if (count - was.count <= 0) continue;
    const ms = ((sum - was.sum) * 1000) / (count - was.count);
    phases += ms;
    row(phase, ms);
  }
  row('HTTP, JSON, compression, masking, logging (the rest)', total - phases);
  row('whole request (client side, loopback)', total);
  return rows;
}

/** Projection, every influence measure, cached reads, gaps and weighted paths; NetworkX on the same graph. */
async function measureAnalytics(app: App, ids: { ordinary: string[] }, size: number) {
  const engine = app.services.engine;
  const projection = await time(() => engine.graph({}));
  const graph = projection.value.graph;
  const table = await time(() => computeInfluence(graph));
  const ours = gqlVia(app);
  const ranking = `query($m: InfluenceMetric!) { influence(metric: $m, first: 10) { entries { score stakeholder { id } } } }`;
  const cold = await time(() => ours(ranking, { m: 'PAGERANK' }));
  const cached: number[] = [];
  for (let i = 0; i < (QUICK ? 10 : 50); i++) cached.push((await time(() => ours(ranking, { m: 'BETWEENNESS' }))).ms);
  const gaps = await time(() => ours(`{ collaborationGaps(suggestions: 20) { balance { score } suggestions { reason } brokers { stakeholder { id } } } }`, {}));
  const gapsCached = await time(() => ours(`{ collaborationGaps(suggestions: 20) { balance { score } } }`, {}));
  const random = rng(SEED + 3);
  const pick = () => ids.ordinary[Math.floor(random() * ids.ordinary.length)]!;
  const pathQuery = `query($a: ID!, $b: ID!, $w: Boolean) { path(from: $a, to: $b, options: {weighted: $w}) { reason path { length } } }`;
  const pathTimes = await compare(
    async () => ours(pathQuery, { a: pick(), b: pick(), w: true }),
    async () => ours(pathQuery, { a: pick(), b: pick(), w: false }),
    QUICK ? 10 : 50,
  );
  const kPaths = await time(() => ours(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, k: 5) { paths { length } } }`, { a: ids.ordinary[0], b: ids.ordinary[1] }));
  const memory = process.memoryUsage();

  const rows: Array<Record<string, string | number>> = [
    { step: 'projection load from Neo4j', 'ours ms': projection.ms, 'NetworkX ms': '', ratio: '' },
    ...Object.entries(table.value.timings).map(([name, ms]) => ({ step: name, 'ours ms': ms, 'NetworkX ms': '', ratio: '' })),
  ];
  const python = referencePython();
  let networkx: Record<string, unknown> | null = null;
  if (python) {
    const edges = path.join(CACHE, `edges-${size}.tsv`);
    const lines: string[] = [];
    graph.forEachEdge((_e, attributes, source, target) => {
      lines.push(`${source}\t${target}\t${attributes.weight}`);
    });
    writeFileSync(edges, lines.join('\n') + '\n');
    const samples = table.value.betweennessExact ? 0 : table.value.betweennessSamples;
    const run = spawnSync(python, [path.join(ROOT_DIR, 'bench', 'reference', 'networkx_influence.py'), edges, String(samples), String(SEED)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status === 0) {
      networkx = JSON.parse(run.stdout) as Record<string, unknown>;
      const seconds = networkx.seconds as Record<string, number>;
      for (const row of rows) {
        const theirs = seconds[String(row.step)];
        if (theirs !== undefined) {
          row['NetworkX ms'] = Math.round(theirs * 1000);
          row.ratio = Math.round((Number(row['ours ms']) / Math.max(theirs * 1000, 0.01)) * 100) / 100;
        }
      }
    }
  }
  const summary: Array<Record<string, string | number>> = [
    { measure: 'first influence query (projection + all measures)', ms: cold.ms },
    { measure: 'cached influence query p50', ms: summarise(cached).p50 },
    { measure: 'gap report, first', ms: gaps.ms },
    { measure: 'gap report, cached', ms: gapsCached.ms },
    { measure: 'weighted path p50 (engine)', ms: pathTimes.candidate.p50 },
    { measure: 'fewest-hop path p50 (Cypher)', ms: pathTimes.baseline.p50 },
    { measure: 'k=5 paths', ms: kPaths.ms },
    { measure: 'process RSS / heap used MB', ms: `${mb(memory.rss)} / ${mb(memory.heapUsed)}` },
  ];
  return { rows, summary, networkx, betweennessExact: table.value.betweennessExact, samples: table.value.betweennessSamples };
}

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  const started = new Date();
  const startLoad = loadAverage();
  const sections: string[] = [];
  const json: Record<string, unknown> = {
    date: started.toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 1024 ** 3), node: process.version, platform: `${os.platform()} ${os.release()}` },
    quick: QUICK,
    sizes: {},
  };
  for (const size of SIZES) {
    const { neo4j: embedded, db, info } = await openGraph(size, SEED);
    const driver = neo4j.driver(embedded.uri);
    const app = createApp(APP_CONFIG, db, logger);
    try {
      const ids = await sampleIds(db);
      const alternative = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
      const floor = SKIP.has('floor') ? null : await measureFloor(app, driver, ids);
      const versusLoad = [loadAverage()];
      const versus = SKIP.has('versus') ? null : await measureAlternative(app, db, driver, alternative, ids);
      versusLoad.push(loadAverage());
      const roundTrips = SKIP.has('trips') ? null : await measureRoundTrips(app, db, ids);
      const cached = createApp({ ...APP_CONFIG, responseCache: RESPONSE_CACHE }, db, logger);
      const cache = SKIP.has('cache') ? null : await measureCache(cached, app, ids);
      const load = SKIP.has('load') ? null : await measureLoad(cached, app, createApp({ ...APP_CONFIG, plannedReads: false }, db, logger), ids);
      const analytics = SKIP.has('analytics') ? null : await measureAnalytics(app, ids, size);
      const engine = SKIP.has('engine') ? null : await measureEngine(db, size, { seed: SEED, quick: QUICK });
      (json.sizes as Record<string, unknown>)[size] = { graph: info, floor, versus, versusLoad, roundTrips, cache, load, analytics, engine };
      sections.push(
        `## ${size.toLocaleString('en')} stakeholders, ${info.ties.toLocaleString('en')} ties`,
        `Graph generated in ${(info.generateMs / 1000).toFixed(1)} s and loaded in ${((info.factsMs + info.tiesMs) / 1000).toFixed(1)} s ` +
          `(${Math.round((info.stakeholders / info.factsMs) * 1000).toLocaleString('en')} stakeholders/s with their facts, ${Math.round((info.ties / Math.max(info.tiesMs, 1)) * 1000).toLocaleString('en')} ties/s derived).`,
      );
      if (floor) sections.push(`### Against the floor (hand-written Cypher through neo4j-driver in a transaction function, and beside it as one auto-commit statement; target p50 ratio <= 1.3)`, table(floor));
      if (versus) {
        sections.push(
          `### Against @neo4j/graphql ${readPackageVersion('@neo4j/graphql')} (same database, same data, same answers; both as bare graphql() calls, our HTTP pipeline's cost beside)`,
          `${VERSUS_ITERATIONS} requests per side, one at a time, interleaved after a warm-up, over the same 100 variable values; answers compared on ${CHECKED} of them. ` +
            `Load average (1 / 5 / 15 min) ${versusLoad[0]} at the start, ${versusLoad[1]} at the end.`,
          table(versus),
        );
      }
      if (roundTrips) sections.push(`### Database round trips per request (must not grow with the list)`, table(roundTrips));
      if (cache) {
        sections.push(
          `### Response cache (the service's default cache: ${RESPONSE_CACHE.maxEntries} answers, a graph version read serving ${RESPONSE_CACHE.versionMaxAgeMs} ms; the same reads with the cache off)`,
          table(cache),
        );
      }
      if (load) {
        sections.push(
          `### HTTP load (autocannon ${readPackageVersion('autocannon')}, in-process server, loopback, gzip accepted)`,
          table(load.rows),
          `### Profile of one request (stakeholder detail, one connection; phases from the service's Prometheus histograms)`,
          table(load.profile),
        );
      }
      if (analytics) {
        sections.push(
          `### Analytics: compute time per measure, against NetworkX ${typeof analytics.networkx?.networkx === 'string' ? analytics.networkx.networkx : '(not available)'} on the same graph` +
            ` (betweenness ${analytics.betweennessExact ? 'exact' : `sampled from ${analytics.samples} sources, NetworkX with the same k`})`,
          table(analytics.rows),
          table(analytics.summary),
        );
      }
      if (engine) {
        sections.push(
          `### Analytics engine: load, first and cached influence, after a write, PageRank against python-igraph, reads during a betweenness`,
          table(engine.rows),
          ...engine.notes,
        );
      }
    } finally {
      await driver.close();
      await db.close();
      await embedded.stop();
    }
  }
  const header = [
    `# Benchmark results`,
    `${started.toISOString()} on ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 1024 ** 3)} GB, Node ${process.version}, Neo4j 5.26.30 embedded${QUICK ? ' (quick mode: few iterations, not for conclusions)' : ''}.`,
    `Latencies in ms; each service figure was measured interleaved with its baseline in the same run. Load average (1 / 5 / 15 min) at the start: ${startLoad}.`,
  ];
  const markdown = [...header, ...sections].join('\n\n') + '\n';
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const name = QUICK ? 'quick' : 'latest';
  writeFileSync(path.join(RESULTS, `${name}.md`), markdown);
  writeFileSync(path.join(RESULTS, `${name}.json`), JSON.stringify(json, null, 2));
  if (!QUICK) {
    writeFileSync(path.join(RESULTS, `${stamp}.md`), markdown);
    writeFileSync(path.join(RESULTS, `${stamp}.json`), JSON.stringify(json, null, 2));
  }
  console.log(markdown);
}

function readPackageVersion(name: string): string {
  return (JSON.parse(readFileSync(path.join(ROOT_DIR, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

await main();
