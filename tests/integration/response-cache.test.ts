import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unique, type TestApp } from '../support/app.js';

/**
 * The response cache on the real database: a repeated read is answered without running it (only
 * the graph version is read), a write through this replica or through another one (its own
 * Database and driver) makes the next read miss and see the change, roles (and editors' scopes)
 * never share answers,
 * and errors and personal data are never kept.
 */
let t: TestApp;
/** Another replica: its own driver, its own cache, the same database. */
let other: TestApp;
/** A replica that reuses a version read for up to a few hundred ms. */
let lagging: TestApp;
const MAX_AGE_MS = 400;

const REGION = unique('cache-region');
const ID = unique('cache-org');
const DETAIL = `query($id: ID!) { stakeholder(id: $id) { id name helix region { name } partners(first: 10) { weight partner { id name } } participations { role program { name } } } }`;
const UPSERT = `mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { stakeholder { id } } }`;
const rename = (app: TestApp, name: string) =>
  app.gql(UPSERT, { input: { id: ID, name, helix: 'BUSINESS', kind: 'PRIVATE_COMPANY', regionId: REGION } }, 'EDITOR');

beforeAll(async () => {
  const cached = (versionMaxAgeMs: number) => createTestApp({ config: { responseCache: { maxEntries: 100, versionMaxAgeMs } } });
  [t, other, lagging] = await Promise.all([cached(0), cached(0), cached(MAX_AGE_MS)]);
  await t.gql(`mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }`, { input: { id: REGION, name: 'Wilayah Cache', level: 'CITY', partOf: 'indonesia' } }, 'EDITOR');
  expect((await rename(t, 'Koperasi Cache')).errors).toBeUndefined();
});
afterAll(() => Promise.all([t.close(), other.close(), lagging.close()]));

/** Runs a read and counts the database queries it cost. */
async function timed(app: TestApp, query: string, variables: Record<string, unknown>, role: 'VIEWER' | 'EDITOR' | 'ADMIN' = 'VIEWER') {
  const before = app.db.queryCount;
  const result = await app.gql(query, variables, role);
  return { result, queries: app.db.queryCount - before };
}

describe('response cache', () => {
  it('answers a repeated read from memory, reading only the graph version', async () => {
    const first = await timed(t, DETAIL, { id: ID });
    expect(first.result.errors).toBeUndefined();
    expect(first.queries).toBeGreaterThanOrEqual(2);
    const again = await timed(t, DETAIL, { id: ID });
    expect(again.result).toEqual(first.result);
    expect(again.queries).toBe(1);
    // Other variables are another answer.
    const another = await timed(t, DETAIL, { id: 'masata-bontang' });
    expect(another.queries).toBeGreaterThanOrEqual(2);
    expect(another.result.data!.stakeholder.id).toBe('masata-bontang');
  });

  /** Caches the detail, renames through `writer`, and expects the next read to miss and show the name. */
  async function missesAfterRename(writer: TestApp, name: string) {
    await timed(t, DETAIL, { id: ID });
    expect((await timed(t, DETAIL, { id: ID })).queries).toBe(1);
    expect((await rename(writer, name)).errors).toBeUndefined();
    const after = await timed(t, DETAIL, { id: ID });
    expect(after.queries).toBeGreaterThanOrEqual(2);
    expect(after.result.data!.stakeholder.name).toBe(name);
  }

  it('misses after a write through this replica and shows the change', () => missesAfterRename(t, 'Koperasi Cache Baru'));

  it('misses after a write through another replica (another Database and driver)', () => missesAfterRename(other, 'Koperasi Cache Replika'));

  it('with a version max age: its own writes are seen at once, another replica\'s within the max age', async () => {
    await timed(lagging, DETAIL, { id: ID });
    const hit = await timed(lagging, DETAIL, { id: ID });
    expect(hit.queries).toBe(0);
    expect((await rename(lagging, 'Koperasi Cache Sendiri')).errors).toBeUndefined();
    expect((await timed(lagging, DETAIL, { id: ID })).result.data!.stakeholder.name).toBe('Koperasi Cache Sendiri');
    expect((await rename(other, 'Koperasi Cache Jauh')).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, MAX_AGE_MS + 100));
    expect((await timed(lagging, DETAIL, { id: ID })).result.data!.stakeholder.name).toBe('Koperasi Cache Jauh');
  });

  it('keeps each role\'s answers apart', async () => {
    const query = `query($id: ID!) { stakeholder(id: $id) { id name partnerCount } }`;
    await timed(t, query, { id: ID }, 'EDITOR');
    expect((await timed(t, query, { id: ID }, 'EDITOR')).queries).toBe(1);
    const viewer = await timed(t, query, { id: ID }, 'VIEWER');
    expect(viewer.queries).toBeGreaterThanOrEqual(2);
    expect(viewer.result.data!.stakeholder.id).toBe(ID);
  });

  it('keeps the answers of editors limited to different scopes apart (whether they may change an item differs)', async () => {
    const elsewhere = unique('cache-elsewhere');
    await t.gql(`mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }`, { input: { id: elsewhere, name: 'Wilayah Lain', level: 'CITY', partOf: 'indonesia' } }, 'EDITOR');
    const key = async (name: string, regions: string[]) => {
      const created = await t.gql('mutation($name: String!, $scope: WriteScopeInput) { createApiKey(name: $name, role: EDITOR, scope: $scope) { key } }', { name, scope: { regions } }, 'ADMIN');
      expect(created.errors, JSON.stringify(created)).toBeUndefined();
      return created.data!.createApiKey.key as string;
    };
    const [inside, insideToo, outside] = [await key('here', [REGION, elsewhere]), await key('here too', [elsewhere, REGION]), await key('there', [elsewhere])];
    // A key's first use looks it up; its answers are what is counted below.
    for (const credential of [inside, insideToo, outside]) expect((await t.as(credential, '{ viewer { role } }')).errors).toBeUndefined();
    const query = `query($id: ID!) { stakeholder(id: $id) { id viewerCanEdit } }`;
    const ask = async (credential: string) => {
      const before = t.db.queryCount;
      const result = await t.as(credential, query, { id: ID });
      expect(result.errors, JSON.stringify(result)).toBeUndefined();
      return { canEdit: result.data!.stakeholder.viewerCanEdit as boolean, queries: t.db.queryCount - before };
    };
    expect(await ask(inside)).toMatchObject({ canEdit: true });
    expect(await ask(inside)).toEqual({ canEdit: true, queries: 1 });
    // The same scope named in another order shares the answer.
    expect(await ask(insideToo)).toEqual({ canEdit: true, queries: 1 });
    const other = await ask(outside);
    expect(other.canEdit).toBe(false);
    expect(other.queries).toBeGreaterThanOrEqual(2);
    expect(await ask(outside)).toEqual({ canEdit: false, queries: 1 });
    expect((await timed(t, query, { id: ID }, 'EDITOR')).result.data!.stakeholder.viewerCanEdit).toBe(true);
    expect((await timed(t, query, { id: ID }, 'VIEWER')).result.data!.stakeholder.viewerCanEdit).toBe(false);
  });

  it('never keeps errors, nor contact details (not even for the editors who may see them)', async () => {
    const person = unique('cache-person');
    const created = await t.gql(
      `mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }`,
      { input: { id: person, name: 'Ibu Cache', email: 'cache@example.org' } },
      'EDITOR',
    );
    expect(created.errors).toBeUndefined();
    const query = `query($id: ID!) { person(id: $id) { name contact { email } } }`;
    for (let i = 0; i < 2; i++) {
      const editor = await timed(t, query, { id: person }, 'EDITOR');
      expect(editor.result.data!.person.contact.email).toBe('cache@example.org');
      expect(editor.queries).toBeGreaterThanOrEqual(2);
      const viewer = await timed(t, query, { id: person }, 'VIEWER');
      expect(viewer.result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(viewer.queries).toBeGreaterThanOrEqual(2);
    }
    // A caller without a credential is refused every time, never served a kept answer.
    const response = await t.app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: DETAIL, variables: { id: ID } }),
    });
    expect(((await response.json()) as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('never keeps snapshots, which are taken without moving the graph version', async () => {
    const query = `{ snapshots { id } }`;
    await timed(t, query, {});
    expect((await timed(t, query, {})).queries).toBeGreaterThanOrEqual(2);
  });

  it('never answers a write from memory', async () => {
    const first = await rename(t, 'Koperasi Cache Sama');
    const before = t.db.queryCount;
    const second = await rename(t, 'Koperasi Cache Sama');
    expect(second).toEqual(first);
    expect(t.db.queryCount - before).toBeGreaterThanOrEqual(1);
  });
});
