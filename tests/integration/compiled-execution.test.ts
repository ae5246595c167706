import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { appConfigFrom } from '../../src/server.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../support/app.js';

/**
 * Queries run compiled (graphql-jit) answer exactly what graphql-js's executor answers through
 * the same yoga pipeline: data, union and interface hits, dates, errors with their codes and
 * paths, refusals of bad input; and the read planner still fetches a nested read in the same
 * statements.
 */
let compiled: TestApp;
let reference: TestApp;
let stakeholders: string[] = [];

beforeAll(async () => {
  compiled = await createTestApp();
  reference = await createTestApp({ config: { compiledQueries: false } });
  const rows = await compiled.db.query<{ id: string }>('test.ids', 'MATCH (s:Stakeholder) RETURN s.id AS id ORDER BY COUNT { (s)-[:WORKS_WITH]-() } DESC, s.id LIMIT 3');
  stakeholders = rows.map((r) => r.id);
});
afterAll(async () => {
  await compiled.close();
  await reference.close();
});

/**
 * Sends the operation to both apps twice (a compiled operation is reused) and expects one answer;
 * `trips`: the database statements of each app's second request (its caller already known).
 */
async function same(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const send = async (t: TestApp) => {
    const response = await t.app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.key('VIEWER')}` },
      body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  };
  const twice = async (t: TestApp) => {
    const first = await send(t);
    const before = t.db.queryCount;
    const again = await send(t);
    return { first, again, trips: t.db.queryCount - before };
  };
  const ours = await twice(compiled);
  const theirs = await twice(reference);
  expect(ours.first).toEqual(theirs.first);
  expect(ours.again).toEqual(theirs.again);
  expect(ours.trips).toBe(theirs.trips);
  return { ...ours.again.body, trips: ours.trips };
}

const DETAIL = `query($id: ID!) { stakeholder(id: $id) {
  id name helix kind createdAt updatedAt region { name }
  partners(first: 10) { weight collaborations partner { id name helix } }
  participations { role startedOn program { id name startsOn } }
  evidence { quote confidence source { title publishedOn } }
} }`;

describe('compiled queries: the same answers as graphql-js', () => {
  it('answers nested reads alike, with the same number of statements', async () => {
    expect(stakeholders.length).toBe(3);
    for (const id of stakeholders) {
      const { data, trips } = await same(DETAIL, { id });
      expect((data as { stakeholder: { id: string } }).stakeholder.id).toBe(id);
      expect(trips).toBe(1);
    }
    const list = await same(
      `query($ids: [ID!]) { stakeholders(where: {ids: $ids}, first: 50) { totalCount nodes { id name partners(first: 5) { partner { id name } } participations { role program { name } } } } }`,
      { ids: stakeholders },
    );
    expect(list.trips).toBe(1);
  });

  it('resolves unions and interfaces, through fragments, aliases and @include', async () => {
    const search = await same(
      `query($text: String!, $people: Boolean!) { search(text: $text, first: 10) { score node { __typename ...on Stakeholder { id name } ...on Program { id kind } ...on Person @include(if: $people) { id name } } } }`,
      { text: 'bontang', people: false },
    );
    expect((search.data as { search: unknown[] }).search.length).toBeGreaterThan(0);
    const nodes = await same(
      `fragment Named on Stakeholder { name helix } query($id: ID!, $ids: [ID!]!) { one: node(id: $id) { __typename id ...Named } many: nodes(ids: $ids) { id ...on Stakeholder { ...Named } } }`,
      { id: stakeholders[0], ids: [...stakeholders, 'no-such-thing'] },
    );
    expect((nodes.data as { many: unknown[] }).many).toHaveLength(4);
  });

  it('refuses bad input alike: bounds, invalid variables (nested too), an unknown operation', async () => {
    const bound = await same(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => `s-${i}`) });
    expect(bound.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(bound.errors?.[0]?.path).toEqual(['nodes']);
    const tooLong = await same(`query($id: ID!) { stakeholder(id: $id) { id } }`, { id: 'x'.repeat(500) });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badEnum = await same(`query($where: StakeholderFilter) { stakeholders(where: $where) { totalCount } }`, { where: { helices: ['BANKING'] } });
    expect(badEnum.errors?.[0]?.message).toContain('BANKING');
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await same(`query($id: ID!) { stakeholder(id: $id) { id } }`, {});
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await same(`query A { stakeholders(first: 1) { totalCount } }`, {}, 'B');
  });

  it('runs the operation named in a document of several', async () => {
    const document = `query Count { stakeholders(first: 1) { totalCount } } query First($id: ID!) { stakeholder(id: $id) { id } }`;
    const first = await same(document, { id: stakeholders[0] }, 'First');
    expect(first.data).toEqual({ stakeholder: { id: stakeholders[0] } });
    const count = await same(document, { id: stakeholders[0] }, 'Count');
    expect(Object.keys(count.data ?? {})).toEqual(['stakeholders']);
  });

  it('keeps a failing field to its path, the rest of the answer intact', async () => {
    const failing = await same(`query($id: ID!, $long: ID!) { ok: stakeholder(id: $id) { id } bad: node(id: $long) { id } }`, { id: stakeholders[0], long: 'x'.repeat(500) });
    expect(failing.errors?.[0]).toMatchObject({ path: ['bad'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(failing.data).toEqual({ ok: { id: stakeholders[0] }, bad: null });
    const nested = await same(`query($ids: [ID!], $helices: [Helix!]) { stakeholders(where: {ids: $ids}) { nodes { id partners(helices: $helices) { weight } } } }`, {
      ids: stakeholders,
      helices: Array.from({ length: 6 }, () => 'MEDIA'),
    });
    expect(nested.errors?.[0]?.path?.slice(0, 3)).toEqual(['stakeholders', 'nodes', 0]);
    expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('compiled queries configuration', () => {
  it('is on by default, and COMPILED_QUERIES=false turns it off', () => {
    expect(appConfigFrom(loadConfig({})).compiledQueries).toBe(true);
    expect(appConfigFrom(loadConfig({ COMPILED_QUERIES: 'false' })).compiledQueries).toBe(false);
  });
});
