import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INFLUENCE_METRICS } from '../../src/analytics/centrality.js';
import { AnalyticsEngine, type AnalysisScope } from '../../src/analytics/engine.js';
import { loadConfig } from '../../src/config.js';
import { ProjectionImageFile } from '../../src/db/projection-image-file.js';
import { createLogger } from '../../src/logger.js';
import { createTestApp, unique, type TestApp } from '../support/app.js';

/**
 * A write reaches the analytics as a delta (the stakeholders whose ties it recomputed, from the
 * change log it committed), not as a reload of the whole network; the patched projection
 * answers exactly what a fresh load of the database does.
 */
describe('analytics after a write', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const write = (query: string, input: Record<string, unknown>) => t.gql(query, { input }, 'EDITOR');
  const STAKEHOLDER = `mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`;
  const COLLABORATION = `mutation($input: CollaborationInput!) { recordCollaboration(input: $input) { created } }`;
  const PARTICIPANT = `mutation($input: ParticipationInput!) { addParticipant(input: $input) { created } }`;
  const PAGERANK = `query($id: ID!) { influence(metric: PAGERANK, first: 5) { stakeholderCount tieCount } stakeholder(id: $id) { influence { degree pageRank } } }`;

  it('answers an influence query after a write without reloading, as a fresh load would', async () => {
    const engine = t.app.services.engine;
    const [a, b] = [unique('delta'), unique('delta')];
    await write(STAKEHOLDER, { id: a, name: a, helix: 'ACADEMIA', kind: 'UNIVERSITY', regionId: 'kota-bontang' });
    const before = (await t.gql(PAGERANK, { id: a })).data!;
    const loads = { ...engine.loads };

    await write(STAKEHOLDER, { id: b, name: b, helix: 'COMMUNITY', kind: 'NGO', regionId: 'kota-bontang' });
    await write(COLLABORATION, { id: unique('collab'), name: 'Liputan riset', kind: 'PARTNERSHIP', startedOn: '2024-03-01', parties: [{ stakeholderId: a }, { stakeholderId: b }, { stakeholderId: 'disnaker-bontang' }] });
    await write(PARTICIPANT, { stakeholderId: b, programId: 'program-wisata-kota-industri', role: 'PARTNER', startedOn: '2024-05-01' });
    // A stakeholder moving region re-describes it (and its units) for region scopes.
    await write(STAKEHOLDER, { id: a, name: a, helix: 'ACADEMIA', kind: 'UNIVERSITY', regionId: 'kota-bekasi' });

    const after = (await t.gql(PAGERANK, { id: a })).data!;
    expect(engine.loads.full).toBe(loads.full);
    expect(engine.loads.delta).toBeGreaterThan(loads.delta);
    expect(after.stakeholder.influence.degree).toBe(before.stakeholder.influence.degree + 2);
    expect(after.influence.stakeholderCount).toBe(before.influence.stakeholderCount + 1);

    const fresh = new AnalyticsEngine(t.app.services.stores.projection, createLogger('silent'));
    const scopes: AnalysisScope[] = [{}, { region: 'kota-bontang' }, { region: 'kota-bekasi' }, { program: 'program-wisata-kota-industri' }, { asOf: '2024-04-01' }];
    for (const scope of scopes) {
      const [patched, loaded] = [await engine.graph(scope), await fresh.graph(scope)];
      expect(patched.version).toBe(loaded.version);
      expect(patched.csr.ids).toEqual(loaded.csr.ids);
      for (const metric of INFLUENCE_METRICS) {
        const [x, y] = [(await patched.measure(metric)).values, (await loaded.measure(metric)).values];
        // PageRank may start warm from the previous version: equal to its stopping tolerance.
        y.forEach((value, i) => expect(Math.abs(x[i]! - value), `${metric} of ${patched.csr.ids[i]} in ${JSON.stringify(scope)}`).toBeLessThan(1e-6));
      }
    }
    expect(fresh.loads).toEqual({ full: 1, delta: 0, image: 0 });
  });

  it('starts again from the image it kept and the changes since, as a fresh load would', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pentahelix-image-'));
    try {
      const store = t.app.services.stores.projection;
      const logger = createLogger('silent');
      const running = new AnalyticsEngine(store, logger, { images: new ProjectionImageFile(dir) });
      await running.graph();
      await running.flush();
      const kept = running.loadedVersion!;
      expect(await store.stamp(kept)).toEqual(expect.any(String));

      // Writes while no service runs.
      const [a, b] = [unique('image'), unique('image')];
      // Tied to each other only: the seed's own figures, which other files assert, stay as they are.
      for (const result of [
        await write(STAKEHOLDER, { id: a, name: a, helix: 'COMMUNITY', kind: 'NGO', regionId: 'kota-bontang' }),
        await write(STAKEHOLDER, { id: b, name: b, helix: 'ACADEMIA', kind: 'UNIVERSITY', regionId: 'kota-bontang' }),
        await write(COLLABORATION, { id: unique('collab'), name: 'Kelas riset wisata', kind: 'PARTNERSHIP', startedOn: '2024-02-01', parties: [{ stakeholderId: a }, { stakeholderId: b }] }),
      ]) {
        expect(result.errors).toBeUndefined();
      }

      const restarted = new AnalyticsEngine(store, logger, { images: new ProjectionImageFile(dir) });
      const fresh = new AnalyticsEngine(store, logger);
      const [started, loaded] = [await restarted.graph(), await fresh.graph()];
      expect(restarted.loads.image).toBe(1);
      expect(started.version).toBe(loaded.version);
      expect(started.csr.ids).toEqual(loaded.csr.ids);
      expect(started.csr.ids).toEqual(expect.arrayContaining([a, b]));
      expect(Array.from(started.csr.weights)).toEqual(Array.from(loaded.csr.weights));
      for (const metric of INFLUENCE_METRICS.filter((m) => m !== 'PAGERANK')) expect((await started.measure(metric)).values).toEqual((await loaded.measure(metric)).values);

      // A file that is not a whole image is passed over for a full load.
      writeFileSync(path.join(dir, 'projection.img'), 'not an image');
      const unreadable = new AnalyticsEngine(store, logger, { images: new ProjectionImageFile(dir) });
      expect((await unreadable.graph()).csr.ids).toEqual(loaded.csr.ids);
      expect(unreadable.loads).toMatchObject({ full: 1, image: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the image beside the embedded store by default, where ANALYTICS_CACHE_DIR says, or nowhere', () => {
    expect(loadConfig({ NEO4J_DATA_DIR: '/srv/pentahelix/data' }).ANALYTICS_CACHE_DIR).toBe('/srv/pentahelix/analytics');
    expect(loadConfig({ ANALYTICS_CACHE_DIR: '/var/cache/pentahelix' }).ANALYTICS_CACHE_DIR).toBe('/var/cache/pentahelix');
    expect(loadConfig({ ANALYTICS_CACHE_DIR: 'off' }).ANALYTICS_CACHE_DIR).toBeNull();
  });

  it("keeps a version's stamp when the version is no longer the newest (the image's check reads it from the log then)", async () => {
    // The newest version, if a logged write made it, has its stamp on the version node and in the log.
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = unique('stamp');
      await write(STAKEHOLDER, { id, name: id, helix: 'COMMUNITY', kind: 'NGO', regionId: 'kota-bontang' });
      const [row] = await t.db.query<{ onNode: string; inLog: string }>(
        'test.stamps',
        "MATCH (m:GraphMeta {id: 'graph'}) MATCH (c:GraphChange {version: m.version}) RETURN toString(m.changedAt) AS onNode, toString(c.at) AS inLog",
      );
      if (!row) continue;
      expect(row.inLog).toBe(row.onNode);
      return;
    }
    throw new Error('no logged write was the newest version in five attempts');
  });
});

/**
 * The engine learns the graph version from the clock the response cache uses: a repeated
 * influence read within its max age costs no database query (nor does a page selecting only
 * the stakeholders' ids), a write through this process is seen by the next read at once, and
 * another replica's write once the max age has passed.
 */
describe('analytics and the graph version clock', () => {
  const MAX_AGE_MS = 1_000;
  let lagging: TestApp;
  let other: TestApp;
  beforeAll(async () => {
    [lagging, other] = await Promise.all([createTestApp({ config: { responseCache: { maxEntries: 0, versionMaxAgeMs: MAX_AGE_MS } } }), createTestApp()]);
  });
  afterAll(() => Promise.all([lagging.close(), other.close()]));

  const RANKING = `{ influence(metric: DEGREE, first: 200) { stakeholderCount entries { stakeholder { id } } } }`;
  const NAMED = `{ influence(metric: DEGREE, first: 3) { entries { stakeholder { id name } } } }`;
  const STAKEHOLDER = `mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`;
  const add = (app: TestApp) => {
    const id = unique('clock');
    return app.gql(STAKEHOLDER, { input: { id, name: id, helix: 'COMMUNITY', kind: 'NGO', regionId: 'kota-bontang' } }, 'EDITOR');
  };
  const counted = async (app: TestApp, query: string) => {
    const before = app.db.queryCount;
    const result = await app.gql(query, {}, 'VIEWER');
    expect(result.errors).toBeUndefined();
    return { data: result.data!, queries: app.db.queryCount - before };
  };

  it('serves a repeated ranking without a query, its own writes at once, another replica\'s within the max age', async () => {
    const first = await counted(lagging, RANKING);
    const again = await counted(lagging, RANKING);
    expect(again.queries).toBe(0);
    expect(again.data).toEqual(first.data);
    expect(first.data.influence.entries.length).toBeGreaterThan(10);

    // Asking more of a stakeholder than its id loads it.
    const named = await counted(lagging, NAMED);
    expect(named.queries).toBeGreaterThan(0);
    for (const e of named.data.influence.entries) expect(e.stakeholder.name).toEqual(expect.any(String));

    expect((await add(lagging)).errors).toBeUndefined();
    const own = await counted(lagging, RANKING);
    expect(own.data.influence.stakeholderCount).toBe(first.data.influence.stakeholderCount + 1);

    expect((await add(other)).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, MAX_AGE_MS + 100));
    const replica = await counted(lagging, RANKING);
    expect(replica.data.influence.stakeholderCount).toBe(first.data.influence.stakeholderCount + 2);
  });
});
