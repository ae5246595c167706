import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import type { GraphFeedEvent } from '../../src/domain/changes.js';
import { createLogger } from '../../src/logger.js';
import { createServices } from '../../src/services/services.js';
import { mutate } from '../../src/services/mutation.js';
import { createTestApp, unique, type TestApp } from '../support/app.js';

let t: TestApp;
/** A second process's view: its own driver and services over the same database. */
let other: Database;
beforeAll(async () => {
  t = await createTestApp({ config: { changePollMs: 100 } });
  other = new Database({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 30_000, logger: createLogger('silent') });
});
afterAll(async () => {
  await other.close();
  await t.close();
});

/** Collects a feed's events; `next` waits for the first one after those already taken. */
function listen(since?: number) {
  const events: GraphFeedEvent[] = [];
  const waiting: Array<() => void> = [];
  const stop = t.app.services.changes.subscribe((event) => {
    events.push(event);
    waiting.splice(0).forEach((wake) => wake());
  }, since);
  let taken = 0;
  return {
    stop,
    events,
    async next(timeoutMs = 10_000): Promise<GraphFeedEvent> {
      const deadline = Date.now() + timeoutMs;
      while (events.length <= taken) {
        if (Date.now() > deadline) throw new Error(`no event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return events[taken++]!;
    },
  };
}

const version = () => t.app.services.changes.version();

const UPSERT = `mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`;

describe('the change feed', () => {
  it('tells a committed write with its item, type, change, reach and version', async () => {
    const feed = listen(await version());
    const id = unique('feed-org');
    const done = await t.gql(UPSERT, { input: { id, name: 'Komunitas Umpan', helix: 'COMMUNITY', kind: 'NGO', regionId: 'kota-bontang' } }, 'EDITOR');
    expect(done.errors).toBeUndefined();
    const event = await feed.next();
    feed.stop();
    expect(event).toMatchObject({ kind: 'CHANGED', action: 'stakeholder.upsert', items: [{ id, type: 'STAKEHOLDER', change: 'CREATED' }] });
    expect(event.kind === 'CHANGED' && event.reach).toMatchObject({ helices: ['COMMUNITY'] });
    expect(event.kind === 'CHANGED' && event.reach.regions).toEqual(expect.arrayContaining(['kota-bontang', 'kalimantan-timur', 'indonesia']));
    expect(event.version).toBe(await version());
  });

  it('tells nothing of a write that rolled back', async () => {
    const feed = listen(await version());
    const refused = await t.gql(UPSERT, { input: { id: 'kota-bontang', name: 'Taken', helix: 'MEDIA', kind: 'NGO' } }, 'EDITOR');
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const id = unique('after-refusal');
    await t.gql(UPSERT, { input: { id, name: 'Sesudah', helix: 'MEDIA', kind: 'NGO' } }, 'EDITOR');
    const event = await feed.next();
    feed.stop();
    expect(event).toMatchObject({ items: [{ id }] });
    expect(feed.events).toHaveLength(1);
  });

  it('tells a write made through another driver, as a second replica would have taken it', async () => {
    const feed = listen(await version());
    const replica = createServices(other, { anonymousRole: 'ANONYMOUS', pathTimeLimitMs: 5_000 }, createLogger('silent'));
    const id = unique('replica-org');
    await replica.stakeholders.upsert({ id, name: 'Di Replika Lain', helix: 'BUSINESS', kind: 'PRIVATE_COMPANY', regionId: 'kota-batam' });
    const event = await feed.next();
    feed.stop();
    expect(event).toMatchObject({ kind: 'CHANGED', items: [{ id, type: 'STAKEHOLDER', change: 'CREATED' }] });
  });

  it('tells a reload when the log has no entry for a version (a bulk load)', async () => {
    const since = await version();
    const feed = listen(since);
    await mutate(other, 'test.bulk', () => Promise.resolve({ result: null }), { audited: false, changeLogged: false });
    expect(await feed.next()).toEqual({ kind: 'RELOAD', since, version: since + 1 });
    feed.stop();
  });

  it('catches a late listener up from the log, deletes included', async () => {
    const id = unique('late-org');
    await t.gql(UPSERT, { input: { id, name: 'Terlambat', helix: 'ACADEMIA', kind: 'UNIVERSITY', regionId: 'kota-bontang' } }, 'EDITOR');
    const since = await version();
    await t.gql(`mutation($id: ID!) { deleteStakeholder(id: $id) { deleted } }`, { id }, 'EDITOR');
    const feed = listen(since);
    const event = await feed.next();
    feed.stop();
    // The delete's reach is where the stakeholder was before it went.
    expect(event).toMatchObject({ kind: 'CHANGED', items: [{ id, type: 'STAKEHOLDER', change: 'DELETED' }], reach: { helices: ['ACADEMIA'] } });
    expect(event.kind === 'CHANGED' && event.reach.regions).toContain('kota-bontang');
  });

  it('leaves no timer and no listener behind when the last listener goes', async () => {
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const feeds = Array.from({ length: 20 }, () => listen());
    expect(t.app.services.changes.listenerCount).toBe(20);
    feeds.forEach((f) => f.stop());
    await t.app.services.changes.settled();
    expect(t.app.services.changes.listenerCount).toBe(0);
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBeLessThanOrEqual(before);
  });
});
