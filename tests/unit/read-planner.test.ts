import { parse } from 'graphql';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { SEARCH, searchStatement } from '../../src/db/graph-store.js';
import { keysetStatement } from '../../src/db/pagination.js';
import { planEach } from '../../src/db/planner/compile.js';
import { stakeholderPage } from '../../src/db/stakeholder-store.js';
import { createSchema } from '../../src/graphql/schema.js';
import { planOperation } from '../../src/graphql/read-planner.js';

/**
 * The read planner's Cypher, checked without a database in the manner of @neo4j/graphql's TCK:
 * an operation goes in, the statement text and its parameters come out.
 */
const schema = createSchema();
const plans = (query: string, variables: Record<string, unknown> = {}) => planOperation(schema, parse(query), variables);
const int = (n: number) => neo4j.int(n);

describe('read planner: operation in, Cypher out', () => {
  it('plans a stakeholder with region, strongest partners and programs in one statement', () => {
    const { stakeholder } = plans(
      `query($id: ID!) { stakeholder(id: $id) { id name region { name } partners(first: 10) { weight partner { id name } } participations { role program { name } } } }`,
      { id: 'masata-bontang' },
    );
    expect(stakeholder!.cypher).toBe(
      'MATCH (v0:Stakeholder {id: $id}) RETURN {id: v0.id, name: v0.name, ' +
        '_2: COLLECT { MATCH (v0)-[:BASED_IN]->(v1:Region) RETURN {name: v1.name} LIMIT 1 }[0], ' +
        '_3: COLLECT { MATCH (v0)-[v2:WORKS_WITH]-(v3:Stakeholder) WHERE ($a0_helices IS NULL OR v3.helix IN $a0_helices) ' +
        'AND ($a0_asOf IS NULL OR any(d IN v2.factStarts WHERE d <= date($a0_asOf))) ' +
        'WITH v2, v3, CASE WHEN $a0_asOf IS NULL THEN v2.weight ELSE reduce(w = 0.0, i IN range(0, size(v2.factStarts) - 1) | ' +
        'w + CASE WHEN v2.factStarts[i] <= date($a0_asOf) THEN v2.factWeights[i] ELSE 0.0 END) END AS v4 ' +
        'RETURN {weight: v4, _2: {id: v3.id, name: v3.name}} ORDER BY v4 DESC, v3.id LIMIT $a0_first }, ' +
        '_4: COLLECT { MATCH (v0)-[:TAKES_PART]->(v5:Participation)-[:IN]->(v6:Program) ' +
        'RETURN {role: v5.role, _4: {name: v6.name}} ' +
        'ORDER BY coalesce(v5.startedOn, v6.startsOn) DESC, v6.name }} AS row',
    );
    expect(stakeholder!.params).toEqual({ a0_helices: null, a0_first: int(10), a0_asOf: null });
  });

  it('plans a programme with its participants, their regions and helices', () => {
    const { program } = plans(`query($id: ID!) { program(id: $id) { name participants(roles: [ORGANIZER]) { role stakeholder { helix region { name } } } } }`, { id: 'p' });
    expect(program!.cypher).toBe(
      'MATCH (v0:Program {id: $id}) RETURN {id: v0.id, name: v0.name, ' +
        '_2: COLLECT { MATCH (v0)<-[:IN]-(v1:Participation)<-[:TAKES_PART]-(v2:Stakeholder) WHERE $a0_roles IS NULL OR v1.role IN $a0_roles ' +
        'RETURN {role: v1.role, _4: {helix: v2.helix, _2: COLLECT { MATCH (v2)-[:BASED_IN]->(v3:Region) RETURN {name: v3.name} LIMIT 1 }[0]}} ' +
        'ORDER BY v1.role, v2.sortName }} AS row',
    );
    expect(program!.params).toEqual({ a0_roles: ['ORGANIZER'] });
  });

  it('writes the same text whatever the aliases and argument values: values are parameters only', () => {
    const a = plans(`query($id: ID!) { stakeholder(id: $id) { partners(first: 3, asOf: "2024-01-01") { partner { name } } } }`, { id: 'a' });
    const b = plans(
      `query($x: ID!, $n: Int, $d: Date) { s: stakeholder(id: $x) { p: partners(first: $n, asOf: $d, helices: [MEDIA]) { who: partner { label: name } } } }`,
      { x: "x'}) DETACH DELETE (n) //", n: 7, d: '2025-06-30' },
    );
    expect(b.s!.cypher).toBe(a.stakeholder!.cypher);
    expect(b.s!.cypher).not.toContain('DELETE');
    expect(a.stakeholder!.params).toEqual({ a0_helices: null, a0_first: int(3), a0_asOf: '2024-01-01' });
    expect(b.s!.params).toEqual({ a0_helices: ['MEDIA'], a0_first: int(7), a0_asOf: '2025-06-30' });
  });

  it('bounds `first` as the resolver does (default 100, 1 to 500)', () => {
    const first = (n: number | null) => plans(`query($n: Int) { stakeholder(id: "a") { partners(first: $n) { weight } } }`, { n }).stakeholder!.params.a0_first;
    expect(first(null)).toEqual(int(100));
    expect(first(0)).toEqual(int(1));
    expect(first(10_000)).toEqual(int(500));
  });

  it('gives two selections of one field under different aliases their own parameters', () => {
    const { stakeholder } = plans(`{ stakeholder(id: "a") { top: partners(first: 2) { weight } media: partners(helices: [MEDIA]) { weight } } }`);
    expect(stakeholder!.params).toEqual({ a0_helices: null, a0_first: int(2), a0_asOf: null, a1_helices: ['MEDIA'], a1_first: int(100), a1_asOf: null });
    expect(stakeholder!.cypher).toContain('LIMIT $a0_first');
    expect(stakeholder!.cypher).toContain('LIMIT $a1_first');
  });

  it('follows fragments and inline fragments on the type and on Node', () => {
    const spread = plans(`fragment F on Stakeholder { partnerCount } { stakeholder(id: "a") { ...F ... on Node { id } ... on Stakeholder { units { name } } } }`);
    const inline = plans(`{ stakeholder(id: "a") { id partnerCount units { name } } }`);
    expect(spread.stakeholder!.cypher).toBe(inline.stakeholder!.cypher);
  });

  it('leaves fields it does not cover to their resolvers, projecting what they read', () => {
    const { stakeholder } = plans(`{ stakeholder(id: "a") { influence { pageRank } officeHolders { title sources { title } person { name contact { email } } } } }`);
    // influence is computed by the analytics engine: not in the statement.
    expect(stakeholder!.cypher).not.toContain('influence');
    // contact stays with its resolver (role check), which reads the person's email and phone.
    expect(stakeholder!.cypher).toContain('email: v1.email, phone: v1.phone');
    // An office's sources are planned: the statement reads them from the office's source ids.
    expect(stakeholder!.cypher).toContain('MATCH (v4:Source {id: v2.sourceIds[v3]})');
  });

  it('projects the ids fallback resolvers read only where a field is left to one', () => {
    const planned = plans(`{ stakeholder(id: "a") { officeHolders { title person { name } } participations { role } } }`).stakeholder!.cypher;
    expect(planned).toContain('RETURN {title: v2.title, _4: {name: v1.name}}');
    expect(planned).toContain('RETURN {role: v3.role}');
    // A region's stakeholders are left to their resolver, which reads the region's id.
    const resolved = plans(`{ stakeholder(id: "a") { region { name stakeholders { id } } } }`).stakeholder!.cypher;
    expect(resolved).toContain('RETURN {id: v1.id, name: v1.name} LIMIT 1');
  });

  it('plans the items of a list connection after its page, only when a nested field is asked', () => {
    expect(plans(`{ stakeholders(first: 5) { nodes { id name helix } } }`)).toEqual({});
    const { stakeholders } = plans(`{ stakeholders(first: 5) { totalCount edges { node { partnerCount region { name } } } } }`);
    expect(stakeholders!.cypher).toBe(
      'UNWIND $ids AS id MATCH (v0:Stakeholder {id: id}) RETURN {id: v0.id, _1: COUNT { (v0)-[:WORKS_WITH]-() }, ' +
        '_2: COLLECT { MATCH (v0)-[:BASED_IN]->(v1:Region) RETURN {name: v1.name} LIMIT 1 }[0]} AS row',
    );
    // nodes and edges together could ask different things of the same item: left to the resolvers.
    expect(plans(`{ stakeholders { nodes { partnerCount } edges { node { units { id } } } } }`)).toEqual({});
  });

  it('plans collaborations with parties and evidence, and ignores reads it does not serve', () => {
    const result = plans(`{ collaboration(id: "c") { name parties { role stakeholder { name } } evidence { quote source { title } } } path(from: "a", to: "b") { reason } }`);
    expect(Object.keys(result)).toEqual(['collaboration']);
    expect(result.collaboration!.cypher).toContain('MATCH (v0)<-[v1:PARTY_TO]-(v2:Stakeholder)');
    expect(result.collaboration!.cypher).toContain('MATCH (v0)-[v3:EVIDENCED_BY]->(v4:Source)');
  });

  it("plans a programme page whole: the region's parent, and the sources of its participants' offices in their recorded order", () => {
    const { program } = plans(`query($id: ID!) { program(id: $id) { region { name parent { name } } participants { stakeholder { officeHolders { title sources { title } } } } } }`, { id: 'p' });
    expect(program!.cypher).toBe(
      'MATCH (v0:Program {id: $id}) RETURN {id: v0.id, ' +
        '_1: COLLECT { MATCH (v0)-[:IN_REGION]->(v1:Region) RETURN {name: v1.name, ' +
        '_2: COLLECT { MATCH (v1)-[:PART_OF]->(v2:Region) RETURN {name: v2.name} LIMIT 1 }[0]} LIMIT 1 }[0], ' +
        '_2: COLLECT { MATCH (v0)<-[:IN]-(v3:Participation)<-[:TAKES_PART]-(v4:Stakeholder) WHERE $a0_roles IS NULL OR v3.role IN $a0_roles ' +
        'RETURN {_3: {_1: COLLECT { MATCH (v5:Person)-[v6:HOLDS]->(v4) RETURN {title: v6.title, ' +
        '_4: COLLECT { UNWIND range(0, size(coalesce(v6.sourceIds, [])) - 1) AS v7 MATCH (v8:Source {id: v6.sourceIds[v7]}) RETURN {title: v8.title} ORDER BY v7 }} ' +
        'ORDER BY v6.until IS NULL DESC, v6.since DESC, v5.name }}} ORDER BY v3.role, v4.sortName }} AS row',
    );
  });

  it("plans a collaboration page's people with their offices and a region's children", () => {
    const { collaboration } = plans(`{ collaboration(id: "c") { program { region { children { name } } } parties { stakeholder { officeHolders { person { offices { title stakeholder { name } } } } } } } }`);
    expect(collaboration!.cypher).toContain('COLLECT { MATCH (v2)<-[:PART_OF]-(v3:Region) RETURN {name: v3.name} ORDER BY v3.name }');
    expect(collaboration!.cypher).toContain(
      'COLLECT { MATCH (v6)-[v8:HOLDS]->(v9:Stakeholder) RETURN {title: v8.title, _4: {name: v9.name}} ORDER BY v8.since DESC, v9.name }',
    );
  });
});

describe('list and search statements: filter in, Cypher out', () => {
  const oneLine = (cypher: string) => cypher.replace(/\s+/g, ' ').trim();
  const REGION =
    'MATCH (g:Region {id: $region}) CALL (g) { ' +
    'MATCH (s:Stakeholder)-[:BASED_IN]->(:Region)-[:PART_OF*0..10]->(g) RETURN s UNION ' +
    'MATCH (s:Stakeholder)-[:TAKES_PART]->(:Participation)-[:IN]->(:Program)-[:IN_REGION]->(:Region)-[:PART_OF*0..10]->(g) RETURN s UNION ' +
    'MATCH (s:Stakeholder)-[:PARTY_TO]->(:Collaboration)-[:UNDER]->(:Program)-[:IN_REGION]->(:Region)-[:PART_OF*0..10]->(g) RETURN s } ' +
    'WITH DISTINCT s WHERE s.helix IN $helices';
  const ROW = 's { .id, .name, .aliases, .helix, .kind, .description, .website, .tags, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt) }';
  const AFTER = 'WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND s.id > $afterId)';

  it('fetches a filtered page, its total and the planned projection of its items in one pass over the filter', () => {
    const items = planEach('Stakeholder', [{ key: 'id', name: 'id' }, { key: 'name', name: 'name' }, { key: 'partnerCount', name: 'partnerCount' }]);
    const query = stakeholderPage({ helices: ['BUSINESS'], region: 'r' }, { field: 'NAME', direction: 'ASC' }, 20, null, { projection: items.projection, params: {} });
    expect(oneLine(keysetStatement(query))).toBe(
      `${REGION} WITH s, s.sortName AS key WITH collect({node: s, key: key}) AS matched ` +
        `UNWIND matched AS hit WITH size(matched) AS total, hit.node AS s, hit.key AS key ${AFTER} ` +
        'WITH total, s, key ORDER BY key ASC, s.id ASC LIMIT $limit WITH total, s, key, s AS v0 ' +
        `RETURN ${ROW} AS row, key, s.id AS id, total, {id: v0.id, name: v0.name, _2: COUNT { (v0)-[:WORKS_WITH]-() }} AS extra`,
    );
    expect(query.params).toMatchObject({ helices: ['BUSINESS'], region: 'r' });
  });

  it('orders by a computed key in the same pass, and descending keys compare the other way', () => {
    const cypher = oneLine(keysetStatement(stakeholderPage({ kinds: ['NGO'] }, { field: 'PARTNER_COUNT', direction: 'DESC' }, 5, null)));
    expect(cypher).toContain('MATCH (s:Stakeholder) WHERE s.kind IN $kinds WITH s, COUNT { (s)-[:WORKS_WITH]-() } AS key WITH collect({node: s, key: key}) AS matched');
    expect(cypher).toContain('key < $afterKey');
    expect(cypher).toContain('ORDER BY key DESC, s.id ASC LIMIT $limit');
    expect(cypher.match(/MATCH \(s:Stakeholder\)/g)).toHaveLength(1);
  });

  it('leaves an unfiltered total to the count store, beside the page', () => {
    expect(oneLine(keysetStatement(stakeholderPage({}, { field: 'NAME', direction: 'ASC' }, 20, null)))).toBe(
      'CALL () { MATCH (s:Stakeholder) RETURN count(s) AS total } ' +
        `CALL () { MATCH (s:Stakeholder) WITH s, s.sortName AS key ${AFTER} RETURN ${ROW} AS row, key, s.id AS id ORDER BY key ASC, s.id ASC LIMIT $limit } ` +
        'RETURN row, key, id, total',
    );
  });

  it('fetches only the planned projection, uncounted, when it covers the items and no total is asked', () => {
    const items = planEach('Stakeholder', [{ key: 'name', name: 'name' }, { key: 'partnerCount', name: 'partnerCount' }]);
    expect(items.covers).toBe(true);
    const extra = { projection: items.projection, params: {}, replacesRow: items.covers, total: false };
    for (const filter of [{}, { helices: ['BUSINESS' as const], region: 'r' }]) {
      const cypher = oneLine(keysetStatement(stakeholderPage(filter, { field: 'NAME', direction: 'ASC' }, 20, null, extra)));
      expect(cypher).not.toContain('count(');
      expect(cypher).not.toContain('total');
      expect(cypher).not.toContain(ROW);
    }
    expect(oneLine(keysetStatement(stakeholderPage({}, { field: 'NAME', direction: 'ASC' }, 20, null, extra)))).toBe(
      `MATCH (s:Stakeholder) WITH s, s.sortName AS key ${AFTER} WITH s, key ORDER BY key ASC, s.id ASC LIMIT $limit ` +
        'WITH s, key, s AS v0 RETURN key, s.id AS id, {id: v0.id, name: v0.name, _2: COUNT { (v0)-[:WORKS_WITH]-() }} AS extra',
    );
    // With the total asked for, it is counted as before, still without the full row.
    const counted = oneLine(keysetStatement(stakeholderPage({}, { field: 'NAME', direction: 'ASC' }, 20, null, { ...extra, total: true })));
    expect(counted).toContain('CALL () { MATCH (s:Stakeholder) RETURN count(s) AS total }');
    expect(counted).toContain('RETURN key, id, total, {id: v0.id');
    expect(counted).not.toContain(ROW);
  });

  it('keeps the full row beside the projection when a selected field is left to a resolver it does not know', () => {
    const items = planEach('Stakeholder', [{ key: 'influence', name: 'influence' }, { key: 'partnerCount', name: 'partnerCount' }]);
    expect(items.covers).toBe(false);
    const extra = { projection: items.projection, params: {}, replacesRow: items.covers, total: false };
    expect(oneLine(keysetStatement(stakeholderPage({}, { field: 'NAME', direction: 'ASC' }, 20, null, extra)))).toContain(`RETURN ${ROW} AS row, key, s.id AS id, {id: v0.id`);
  });

  it('searches both full-text indexes, bounded, each hit with its row', () => {
    expect(oneLine(SEARCH)).toBe(
      "CALL db.index.fulltext.queryNodes('search', $lucene, {limit: $limit}) YIELD node, score WITH node AS s, node AS p, score " +
        "RETURN CASE WHEN s:Stakeholder THEN 'Stakeholder' ELSE 'Program' END AS type, score, " +
        `CASE WHEN s:Stakeholder THEN ${ROW} ELSE p { .id, .name, .aliases, .kind, .description, .venue, startsOn: toString(p.startsOn), endsOn: toString(p.endsOn), ` +
        'createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt) } END AS row ' +
        "UNION ALL CALL db.index.fulltext.queryNodes('person_search', $lucene, {limit: $limit}) YIELD node AS n, score " +
        "RETURN 'Person' AS type, score, n { .id, .name, .aliases, .email, .phone } AS row",
    );
    expect(SEARCH).not.toMatch(/\$(?!lucene\b|limit\b)/);
  });

  it('searches for the plain properties asked of each type of hit, ids, names and aliases always', () => {
    const plain = searchStatement({ Stakeholder: ['helix', 'website', 'id'], Program: [], Person: ['name'] });
    expect(oneLine(plain)).toBe(
      "CALL db.index.fulltext.queryNodes('search', $lucene, {limit: $limit}) YIELD node, score WITH node AS s, node AS p, score " +
        "RETURN CASE WHEN s:Stakeholder THEN 'Stakeholder' ELSE 'Program' END AS type, score, " +
        'CASE WHEN s:Stakeholder THEN s {.id, .name, .aliases, .helix, .website} ELSE p {.id, .name, .aliases} END AS row ' +
        "UNION ALL CALL db.index.fulltext.queryNodes('person_search', $lucene, {limit: $limit}) YIELD node AS n, score " +
        "RETURN 'Person' AS type, score, n {.id, .name, .aliases} AS row",
    );
    // A name outside the allow-list never reaches the text.
    expect(searchStatement({ Stakeholder: ['createdAt) } RETURN 1 //'], Program: [], Person: [] })).not.toContain('createdAt');
  });
});
