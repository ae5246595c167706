import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unique, type TestApp } from '../support/app.js';

let t: TestApp;
const REGION = unique('snapshot-region');
const OTHER = unique('snapshot-other');
const id = (name: string) => `${REGION}-${name}`;

/** A city where, at first, only the government and a company work together. */
beforeAll(async () => {
  t = await createTestApp();
  const stakeholder = (name: string, helix: string, kind: string) => ({ id: id(name), name: `${name} ${REGION}`, helix, kind, regionId: REGION });
  const dataset = {
    regions: [
      { id: REGION, name: 'Kota Cermin', level: 'CITY', partOf: 'indonesia' },
      { id: OTHER, name: 'Kota Lain', level: 'CITY', partOf: 'indonesia' },
    ],
    stakeholders: [stakeholder('pemkot', 'GOVERNMENT', 'CITY_GOVERNMENT'), stakeholder('pt', 'BUSINESS', 'PRIVATE_COMPANY'), stakeholder('komunitas', 'COMMUNITY', 'NGO'), stakeholder('radio', 'MEDIA', 'NEWS_OUTLET'), stakeholder('a-warga', 'COMMUNITY', 'NGO')],
    collaborations: [{ id: id('csr'), name: 'CSR', kind: 'PARTNERSHIP', strength: 0.6, startedOn: '2024-02-01', parties: [{ stakeholderId: id('pemkot') }, { stakeholderId: id('pt') }] }],
  };
  const imported = await t.gql(`mutation($input: ImportInput!) { importGraph(input: $input) { problems { message } } }`, { input: { format: 'JSON', files: [{ name: 'city.json', content: JSON.stringify(dataset) }] } }, 'ADMIN');
  expect(imported.data!.importGraph.problems).toEqual([]);
});
afterAll(() => t.close());

const TAKE = `mutation($input: SnapshotInput!) {
  takeSnapshot(input: $input) {
    id label asOf takenBy stakeholderCount tieCount balance region { id } helices
    missingPairs { a b }
    ranking(metric: DEGREE, first: 2) { rank score stakeholder { id } }
  }
}`;
const CHANGE = `query($from: ID!, $to: ID) {
  snapshotChange(from: $from, to: $to, metric: DEGREE) {
    from to rose { stakeholder { id } rankBefore rankAfter } gapsClosed { a b } tiesBefore tiesAfter balanceBefore balanceAfter
  }
}`;
const record = (name: string, parties: string[]) =>
  t.gql(
    `mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`,
    { input: { id: id(name), name, kind: 'PARTNERSHIP', strength: 0.6, startedOn: '2025-03-01', parties: parties.map((p) => ({ stakeholderId: id(p) })) } },
    'EDITOR',
  );
const pairs = (list: Array<{ a: string; b: string }>) => list.map((p) => [p.a, p.b].sort().join('-')).sort();

describe('network snapshots', () => {
  let baseline: string;

  it('freezes a scope: counts, gaps and every ranking, taken by an editor', async () => {
    const taken = await t.gql(TAKE, { input: { scope: { region: REGION }, label: 'Baseline' } }, 'EDITOR');
    expect(taken.errors).toBeUndefined();
    const snapshot = taken.data!.takeSnapshot;
    baseline = snapshot.id;
    expect(snapshot).toMatchObject({ label: 'Baseline', takenBy: expect.stringMatching(/^key:/), stakeholderCount: 5, tieCount: 1, region: { id: REGION }, helices: null });
    expect(snapshot.asOf).toBe(new Date().toISOString().slice(0, 10));
    expect(pairs(snapshot.missingPairs)).toContain('COMMUNITY-GOVERNMENT');
    expect(snapshot.ranking).toEqual([
      { rank: 1, score: 1, stakeholder: { id: id('pemkot') } },
      { rank: 2, score: 1, stakeholder: { id: id('pt') } },
    ]);
  });

  it('compares a snapshot with the network today, then with a later snapshot', async () => {
    for (const [name, parties] of [['wisata', ['komunitas', 'pemkot']], ['pelatihan', ['komunitas', 'pt']], ['siaran', ['komunitas', 'radio']]] as const) {
      expect((await record(name, [...parties])).errors).toBeUndefined();
    }
    const sinceThen = await t.gql(CHANGE, { from: baseline });
    expect(sinceThen.errors).toBeUndefined();
    const change = sinceThen.data!.snapshotChange;
    expect(change.rose[0]).toEqual({ stakeholder: { id: id('komunitas') }, rankBefore: 4, rankAfter: 1 });
    expect(pairs(change.gapsClosed)).toEqual(['BUSINESS-COMMUNITY', 'COMMUNITY-GOVERNMENT', 'COMMUNITY-MEDIA']);
    expect(change).toMatchObject({ tiesBefore: 1, tiesAfter: 4 });
    expect(change.balanceAfter).toBeGreaterThan(change.balanceBefore);

    const later = await t.gql(TAKE, { input: { scope: { region: REGION }, label: 'After the festival' } }, 'EDITOR');
    const between = await t.gql(CHANGE, { from: baseline, to: later.data!.takeSnapshot.id });
    expect(between.data!.snapshotChange).toEqual(change);
    const listed = await t.gql(`{ snapshots(first: 100) { id label } }`);
    const mine = listed.data!.snapshots.filter((s: { id: string }) => [baseline, later.data!.takeSnapshot.id].includes(s.id));
    expect(mine.map((s: { label: string }) => s.label)).toEqual(['After the festival', 'Baseline']);
  });

  it('keeps what was known: correcting the facts later does not rewrite a snapshot', async () => {
    const deleted = await t.gql(`mutation($id: ID!) { deleteCollaboration(id: $id) { deleted } }`, { id: id('csr') }, 'EDITOR');
    expect(deleted.data!.deleteCollaboration.deleted).toBe(true);
    const read = await t.gql(`query($id: ID!, $region: ID!) {
      snapshot(id: $id) { tieCount ranking(metric: DEGREE, first: 1) { stakeholder { id } } }
      collaborationGaps(scope: { region: $region, asOf: "2024-12-31" }) { tieCount }
    }`, { id: baseline, region: REGION });
    expect(read.errors).toBeUndefined();
    // The recomputed past has lost the deleted tie; the snapshot still holds it.
    expect(read.data!.collaborationGaps.tieCount).toBe(0);
    expect(read.data!.snapshot).toEqual({ tieCount: 1, ranking: [{ stakeholder: { id: id('pemkot') } }] });

    // A residents' group with no ties, third by id among the untied, is deleted: the snapshot's
    // ranking leaves it out and the ranks close up.
    expect((await t.gql(`mutation($id: ID!) { deleteStakeholder(id: $id) { deleted } }`, { id: id('a-warga') }, 'EDITOR')).data!.deleteStakeholder.deleted).toBe(true);
    const ranking = await t.gql(`query($id: ID!) { snapshot(id: $id) { ranking(metric: DEGREE, first: 10) { rank stakeholder { id } } } }`, { id: baseline });
    expect(ranking.data!.snapshot.ranking).toEqual([
      { rank: 1, stakeholder: { id: id('pemkot') } },
      { rank: 2, stakeholder: { id: id('pt') } },
      { rank: 3, stakeholder: { id: id('komunitas') } },
      { rank: 4, stakeholder: { id: id('radio') } },
    ]);
  });

  it('refuses what it cannot do, naming the field', async () => {
    const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions;
    expect(code(await t.gql(TAKE, { input: { scope: { region: REGION } } }, 'VIEWER'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await t.gql(TAKE, { input: { scope: { region: 'no-such-region' } } }, 'EDITOR'))).toMatchObject({ code: 'NOT_FOUND', field: 'input.scope.region' });
    expect(code(await t.gql(TAKE, { input: { label: '  ' } }, 'EDITOR'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.label' });
    expect(code(await t.gql(CHANGE, { from: 'snapshot-000000000000' }))).toMatchObject({ code: 'NOT_FOUND', field: 'from' });
    const elsewhere = await t.gql(TAKE, { input: { scope: { region: OTHER } } }, 'EDITOR');
    expect(code(await t.gql(CHANGE, { from: baseline, to: elsewhere.data!.takeSnapshot.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
