import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unique, type TestApp } from '../support/app.js';
import { subscribe } from '../support/sse.js';

/** Subscriptions over Server-Sent Events, through the real yoga pipeline, on the embedded Neo4j. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { changePollMs: 100, liveLimits: { perClient: 50, eventsPerSecond: 50, idleMs: 60_000 } } });
});
afterAll(() => t.close());

/** Opens a subscription as a VIEWER, or with no credential (null). */
const open = (query: string, variables: Record<string, unknown> = {}, key: string | null = t.key('VIEWER'), app = t) =>
  subscribe((url, init) => app.app.yoga.fetch(url, init), 'http://test/graphql', query, variables, key ?? undefined);

const GRAPH_CHANGED = `subscription($scope: AnalysisScope, $since: Int) {
  graphChanged(scope: $scope, since: $since) { kind version since items { id type change } stakeholders at }
}`;
const UPSERT = `mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`;

const version = async () => ((await t.gql('{ graphVersion }')).data!.graphVersion as number);
const upsert = async (input: Record<string, unknown>) => {
  const result = await t.gql(UPSERT, { input: { helix: 'COMMUNITY', kind: 'NGO', name: 'Komunitas Langsung', ...input } }, 'EDITOR');
  expect(result.errors).toBeUndefined();
};

describe('graphChanged', () => {
  it('tells a write after it commits, with what it changed and the new version', async () => {
    const sub = await open(GRAPH_CHANGED, { scope: { region: 'kota-bontang' }, since: await version() });
    const id = unique('live-org');
    await upsert({ id, regionId: 'kota-bontang' });
    const { data, errors } = await sub.next();
    sub.close();
    expect(errors).toBeUndefined();
    expect(data!.graphChanged).toMatchObject({ kind: 'CHANGED', items: [{ id, type: 'STAKEHOLDER', change: 'CREATED' }], stakeholders: [] });
    expect(data!.graphChanged.version).toBe(await version());
    expect(data!.graphChanged.since).toBe(data!.graphChanged.version - 1);
  });

  it('tells a scope only the changes that reach it (the region rule), collaborations included', async () => {
    const since = await version();
    const batam = await open(GRAPH_CHANGED, { scope: { region: 'kota-batam' }, since });
    const bontang = await open(GRAPH_CHANGED, { scope: { region: 'kota-bontang' }, since });
    const province = await open(GRAPH_CHANGED, { scope: { region: 'kalimantan-timur' }, since });
    const media = await open(GRAPH_CHANGED, { scope: { helices: ['MEDIA'] }, since });
    const [a, b] = [unique('bontang-org'), unique('bontang-org')];
    await upsert({ id: a, regionId: 'kota-bontang' });
    await upsert({ id: b, regionId: 'kota-bontang' });
    const collaboration = unique('live-collab');
    const recorded = await t.gql(
      `mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`,
      { input: { id: collaboration, name: 'Kerja Sama Langsung', kind: 'PARTNERSHIP', parties: [{ stakeholderId: a }, { stakeholderId: b }] } },
      'EDITOR',
    );
    expect(recorded.errors).toBeUndefined();
    const elsewhere = unique('batam-org');
    await upsert({ id: elsewhere, regionId: 'kota-batam', helix: 'MEDIA', kind: 'NEWS_OUTLET' });

    const told = async (sub: Awaited<ReturnType<typeof open>>, n: number) => {
      const events = [];
      for (let i = 0; i < n; i++) events.push((await sub.next()).data!.graphChanged);
      return events.flatMap((e) => e.items.map((item: { id: string }) => item.id));
    };
    expect(await told(bontang, 3)).toEqual([a, b, collaboration]);
    expect(await told(province, 3)).toEqual([a, b, collaboration]);
    expect(await told(batam, 1)).toEqual([elsewhere]);
    expect(await told(media, 1)).toEqual([elsewhere]);
    // The collaboration's event names the parties whose ties it changed; nothing more came to Bontang.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(bontang.pending()).toBe(0);
    expect(batam.pending()).toBe(0);
    [batam, bontang, province, media].forEach((s) => s.close());
  });

  it('tells nothing of writes that failed: refused input, or a CONFLICT that rolled back', async () => {
    const sub = await open(GRAPH_CHANGED, { since: await version() });
    const invalid = await t.gql(UPSERT, { input: { id: unique('bad'), name: '', helix: 'MEDIA', kind: 'NGO' } }, 'EDITOR');
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const conflict = await t.gql(UPSERT, { input: { id: 'kota-bontang', name: 'Id Milik Wilayah', helix: 'MEDIA', kind: 'NGO' } }, 'EDITOR');
    expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const blocked = await t.gql(`mutation { deleteStakeholder(id: "pemkot-bontang") { deleted } }`, {}, 'EDITOR');
    expect(blocked.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const id = unique('after-failures');
    await upsert({ id });
    const { data } = await sub.next();
    expect(data!.graphChanged.items).toEqual([{ id, type: 'STAKEHOLDER', change: 'CREATED' }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sub.pending()).toBe(0);
    sub.close();
  });

  it('refuses a dated scope and unknown references with clear errors', async () => {
    const dated = await open(GRAPH_CHANGED, { scope: { asOf: '2024-01-01' } });
    expect((await dated.next()).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'scope.asOf' } });
    const unknown = await open(GRAPH_CHANGED, { scope: { region: 'atlantis' } });
    expect((await unknown.next()).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'scope.region' } });
    const negative = await open(GRAPH_CHANGED, { since: -1 });
    expect((await negative.next()).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'since' } });
  });
});

describe('role rules', () => {
  it('needs a credential when anonymous callers may not read, as queries do', async () => {
    const anonymous = await open(GRAPH_CHANGED, {}, null);
    expect((await anonymous.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ graphVersion }', {}, 'ANONYMOUS')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets anonymous callers subscribe where the deployment lets them read', async () => {
    const open2 = await createTestApp({ config: { anonymousRole: 'VIEWER', changePollMs: 100 } });
    try {
      const sub = await open(GRAPH_CHANGED, { since: await version() }, null, open2);
      const id = unique('public-org');
      await upsert({ id });
      expect((await sub.next()).data!.graphChanged.items[0].id).toBe(id);
      sub.close();
    } finally {
      await open2.close();
    }
  });
});

describe('influenceChanged', () => {
  it('tells the current top, then each time the top moves after a change in the scope', async () => {
    const region = unique('live-region');
    await t.gql(`mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }`, { input: { id: region, name: 'Wilayah Langsung', level: 'CITY', partOf: 'indonesia' } }, 'EDITOR');
    const ids = [unique('p'), unique('q'), unique('r'), unique('s')];
    for (const id of ids) await upsert({ id, regionId: region });
    const collaborate = async (id: string, parties: string[]) => {
      const done = await t.gql(
        `mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`,
        { input: { id, name: 'Kerja Sama', kind: 'PARTNERSHIP', parties: parties.map((stakeholderId) => ({ stakeholderId })) } },
        'EDITOR',
      );
      expect(done.errors).toBeUndefined();
    };
    await collaborate(unique('c'), [ids[0]!, ids[1]!]);
    const sub = await open(`subscription($scope: AnalysisScope) {
      influenceChanged(scope: $scope, metric: DEGREE, first: 1) { version entered left ranking { metric entries { rank score stakeholder { id name } } } }
    }`, { scope: { region } });
    // The first ranking may wait for the analytics to load the network.
    const first = (await sub.next(45_000)).data!.influenceChanged;
    expect(first.ranking.entries).toHaveLength(1);
    const leader = first.ranking.entries[0].stakeholder.id;
    expect([ids[0], ids[1]]).toContain(leader);
    expect(first.entered).toEqual([leader]);
    // The fourth gets three partners: it leads now.
    await collaborate(unique('c'), [ids[3]!, ids[0]!, ids[1]!, ids[2]!].slice(0, 2));
    await collaborate(unique('c'), [ids[3]!, ids[1]!]);
    await collaborate(unique('c'), [ids[3]!, ids[2]!]);
    let moved = (await sub.next(30_000)).data!.influenceChanged;
    while (moved.ranking.entries[0].stakeholder.id !== ids[3]) moved = (await sub.next(30_000)).data!.influenceChanged;
    expect(moved).toMatchObject({ entered: [ids[3]], ranking: { metric: 'DEGREE', entries: [{ rank: 1, score: 3 }] } });
    expect(moved.left).toHaveLength(1);
    expect(moved.version).toBeLessThanOrEqual(await version());
    sub.close();
  });
});
