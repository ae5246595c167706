import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unique, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PATH = `query($from: ID!, $to: ID!, $options: PathOptions) {
  path(from: $from, to: $to, options: $options) {
    reason timedOut
    path { length cost stakeholders { id helix } hops { from { id } to { id } weight explanation collaborations { id } programs { id } evidence { quote source { id } } } }
  }
}`;
const ids = (result: any) => result.data.path.path?.stakeholders.map((s: { id: string }) => s.id) ?? null;

describe('paths on the seed network', () => {
  it('MASATA reaches Disnaker directly, and the hop says why, with evidence', async () => {
    const result = await t.gql(PATH, { from: 'masata-bontang', to: 'disnaker-bontang' });
    expect(result.errors).toBeUndefined();
    const { path } = result.data!.path;
    expect(ids(result)).toEqual(['masata-bontang', 'disnaker-bontang']);
    const [hop] = path.hops;
    expect(hop.collaborations.map((c: { id: string }) => c.id)).toContain('collab-masata-disnaker-job-fair-2025');
    expect(hop.explanation).toMatch(/^Both party to /);
    expect(hop.evidence.length).toBeGreaterThan(0);
  });

  it('goes through intermediaries when there is no direct tie, and respects helix filters and avoided brokers', async () => {
    const open = await t.gql(PATH, { from: 'pranala-co', to: 'badak-lng' });
    const route = ids(open);
    expect(route[0]).toBe('pranala-co');
    expect(route.at(-1)).toBe('badak-lng');
    expect(route.length).toBeGreaterThan(2);
    const broker = route[1];
    const onlyCommunity = await t.gql(PATH, { from: 'pranala-co', to: 'badak-lng', options: { onlyHelices: ['COMMUNITY'] } });
    expect(onlyCommunity.data!.path).toMatchObject({ path: null, reason: 'NO_PATH' });
    const avoiding = await t.gql(PATH, { from: 'pranala-co', to: 'badak-lng', options: { avoid: [broker] } });
    const detour = ids(avoiding);
    if (detour) expect(detour).not.toContain(broker);
    else expect(avoiding.data!.path.reason).toBe('NO_PATH');
  });

  it('says MAX_HOPS_EXCEEDED when the ends are connected but further apart than allowed', async () => {
    const result = await t.gql(PATH, { from: 'pranala-co', to: 'badak-lng', options: { maxHops: 1 } });
    expect(result.data!.path).toMatchObject({ path: null, reason: 'MAX_HOPS_EXCEEDED' });
  });

  it('says MAX_HOPS_EXCEEDED, not NO_PATH, for stakeholders 14 hops apart (beyond any Cypher bound)', async () => {
    const chain = Array.from({ length: 15 }, () => unique('chain-org'));
    for (const id of chain) await t.gql('mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }', { input: { id, name: `Mata Rantai ${id}`, helix: 'COMMUNITY', kind: 'NGO' } }, 'EDITOR');
    for (let i = 1; i < chain.length; i++) {
      const input = { id: unique('chain-col'), name: 'Rantai', kind: 'PARTNERSHIP', strength: 0.5, parties: [{ stakeholderId: chain[i - 1] }, { stakeholderId: chain[i] }] };
      expect((await t.gql('mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }', { input }, 'EDITOR')).errors).toBeUndefined();
    }
    const result = await t.gql(PATH, { from: chain[0], to: chain.at(-1), options: { maxHops: 8 } });
    expect(result.data!.path).toMatchObject({ path: null, reason: 'MAX_HOPS_EXCEEDED' });
    const loner = unique('chain-org');
    await t.gql('mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }', { input: { id: loner, name: 'Sendiri', helix: 'MEDIA', kind: 'NEWS_OUTLET' } }, 'EDITOR');
    expect((await t.gql(PATH, { from: chain[0], to: loner, options: { maxHops: 8 } })).data!.path).toMatchObject({ path: null, reason: 'NO_PATH' });
  });

  it('answers unconnected regions with NO_PATH, the same stakeholder with zero hops, and unknown ids with NOT_FOUND', async () => {
    const apart = await t.gql(PATH, { from: 'pemkab-bekasi', to: 'pemkot-balikpapan' });
    expect(apart.data!.path).toMatchObject({ path: null, reason: 'NO_PATH', timedOut: false });
    const same = await t.gql(PATH, { from: 'badak-lng', to: 'badak-lng' });
    expect(same.data!.path.path).toMatchObject({ length: 0, cost: 0, hops: [] });
    const unknown = await t.gql(PATH, { from: 'badak-lng', to: 'nobody' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'to' });
    const tooFar = await t.gql(PATH, { from: 'badak-lng', to: 'masata-bontang', options: { maxHops: 9 } });
    expect(tooFar.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'options.maxHops' });
    const avoidEnd = await t.gql(PATH, { from: 'badak-lng', to: 'masata-bontang', options: { avoid: ['badak-lng'] } });
    expect(avoidEnd.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('paths over dated and weighted ties', () => {
  // A weak, old direct tie A-D, and a strong, recent route A-B-C-D.
  const tag = unique('route');
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((x) => `${tag}-${x}`) as [string, string, string, string];
  beforeAll(async () => {
    for (const id of [a, b, c, d]) {
      await t.gql(`mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`, { input: { id, name: `Org ${id}`, helix: 'COMMUNITY', kind: 'NGO' } }, 'EDITOR');
    }
    const record = (id: string, x: string, y: string, strength: number, startedOn: string, endedOn?: string) =>
      t.gql(
        `mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`,
        { input: { id: `${tag}-${id}`, name: `Kerja sama ${id}`, kind: 'PARTNERSHIP', strength, startedOn, endedOn, status: endedOn ? 'ENDED' : 'ACTIVE', parties: [{ stakeholderId: x }, { stakeholderId: y }] } },
        'EDITOR',
      );
    await record('ad', a, d, 0.1, '2018-01-01', '2019-12-31');
    await record('ab', a, b, 1, '2025-01-01');
    await record('bc', b, c, 1, '2025-01-01');
    await record('cd', c, d, 1, '2025-01-01');
  });

  it('fewest hops takes the weak direct tie; weighted mode takes the strong recent route', async () => {
    expect(ids(await t.gql(PATH, { from: a, to: d }))).toEqual([a, d]);
    const weighted = await t.gql(PATH, { from: a, to: d, options: { weighted: true } });
    expect(ids(weighted)).toEqual([a, b, c, d]);
    expect(weighted.data!.path.path.cost).toBeGreaterThan(0);
  });

  it('as of a date before the strong route began, only the old tie exists', async () => {
    expect(ids(await t.gql(PATH, { from: a, to: d, options: { activeOn: '2019-06-01' } }))).toEqual([a, d]);
    expect(ids(await t.gql(PATH, { from: a, to: d, options: { activeOn: '2025-06-01' } }))).toEqual([a, b, c, d]);
    expect((await t.gql(PATH, { from: a, to: d, options: { activeOn: '2017-01-01' } })).data!.path.reason).toBe('NO_PATH');
    const weightedEarly = await t.gql(PATH, { from: a, to: d, options: { activeOn: '2019-06-01', weighted: true } });
    expect(ids(weightedEarly)).toEqual([a, d]);
  });

  it('ranks k alternative routes and finds connectors for a group', async () => {
    const k = await t.gql(`query($from: ID!, $to: ID!) { paths(from: $from, to: $to, k: 3) { reason paths { length stakeholders { id } } } }`, { from: a, to: d });
    const routes = k.data!.paths.paths.map((p: any) => p.stakeholders.map((s: { id: string }) => s.id));
    expect(routes).toEqual([[a, d], [a, b, c, d]]);
    expect(k.data!.paths.reason).toBe('NO_PATH');
    const group = await t.gql(`query($ids: [ID!]!) { connectors(stakeholders: $ids, options: {weighted: true}) { connected method intermediaries { id } edges { source target } } }`, { ids: [a, c] });
    expect(group.data!.connectors).toMatchObject({ connected: true, intermediaries: [{ id: b }] });
    expect(group.data!.connectors.method).toMatch(/Kou-Markowsky-Berman/);
  });

  it('reflects a write immediately: ending the route makes weighted search fall back', async () => {
    await t.gql(`mutation($id: ID!) { deleteCollaboration(id: $id) { deleted } }`, { id: `${tag}-bc` }, 'EDITOR');
    expect(ids(await t.gql(PATH, { from: a, to: d, options: { weighted: true } }))).toEqual([a, d]);
  });
});

describe('a path read fetches what its operation selects', () => {
  const LEAN = `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { reason path { length stakeholders { id name } hops { weight explanation } } } }`;
  const FULL = `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { reason path { length stakeholders { id name helix region { name } } hops { weight explanation from { id name } collaborations { id name } programs { id name } } } } }`;

  it('answers an explanation and plain stakeholder properties in one statement, the same as a read of everything', async () => {
    for (const [from, to] of [
      ['pranala-co', 'badak-lng'],
      ['masata-bontang', 'disnaker-bontang'],
      ['badak-lng', 'masata-bontang'],
    ]) {
      const full = await t.gql(FULL, { from, to });
      const before = t.db.queryCount;
      const lean = await t.gql(LEAN, { from, to });
      expect(t.db.queryCount - before).toBe(1);
      expect(lean.errors).toBeUndefined();
      const { path } = full.data!.path;
      expect(path.hops.length).toBeGreaterThan(0);
      expect(lean.data!.path).toEqual({
        reason: null,
        path: {
          length: path.length,
          stakeholders: path.stakeholders.map(({ id, name }: { id: string; name: string }) => ({ id, name })),
          hops: path.hops.map(({ weight, explanation }: { weight: number; explanation: string }) => ({ weight, explanation })),
        },
      });
      expect(path.hops.every((hop: { weight: number }) => hop.weight > 0)).toBe(true);
    }
  });

  it('still tells a missing end by name when it reads no more than the explanation', async () => {
    const result = await t.gql(LEAN, { from: 'pranala-co', to: 'no-such-stakeholder' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'to' });
  });

  it('reads the facts behind a hop read without them', async () => {
    const { path } = await t.app.services.paths.path('masata-bontang', 'disnaker-bontang', {}, { hops: 'explained', stakeholders: ['name'] });
    const [hop] = path!.hops!;
    expect(hop!.facts).toBeUndefined();
    expect(path!.selected).toEqual([expect.objectContaining({ id: 'masata-bontang' }), expect.objectContaining({ id: 'disnaker-bontang' })]);
    const [alone] = await t.app.services.paths.hops(path!.stakeholderIds);
    expect(await t.app.services.paths.hopFacts(hop!)).toEqual({ from: hop!.from, to: hop!.to, weight: hop!.weight, ...alone!.facts });
  });
});

describe('query planning', () => {
  it('runs fewest-hop paths as Neo4j\'s bidirectional shortestPath, without the exhaustive fallback', async () => {
    const { shortestPathCypher } = await import('../../src/db/path-store.js');
    const operators = await t.db.read('test.explain', async (tx) => {
      const result = await tx.raw.run(`EXPLAIN ${shortestPathCypher(6)}`, { from: 'a', to: 'b', helices: ['COMMUNITY'], kinds: null, avoid: ['x'], activeOn: '2025-01-01' });
      const names: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] }) => {
        names.push(plan.operatorType);
        plan.children.forEach((child) => walk(child as typeof plan));
      };
      walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
      return names;
    });
    expect(operators.some((o) => o.startsWith('ShortestPath'))).toBe(true);
    // The fallback for predicates the BFS cannot check per step enumerates paths with VarLengthExpand.
    expect(operators.some((o) => o.startsWith('VarLengthExpand'))).toBe(false);
  });
});
