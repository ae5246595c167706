import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unique, type TestApp } from '../support/app.js';
import { subscribe, type LiveSubscription } from '../support/sse.js';

/** The subscription limits, over real HTTP connections to a listening server. */

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp({ config: { changePollMs: 100, liveLimits: { perClient: 3, eventsPerSecond: 1, idleMs: 60_000 } } });
  await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  t.app.server.closeAllConnections();
  await new Promise((resolve) => t.app.server.close(resolve));
  await t.close();
});

const GRAPH_CHANGED = `subscription($since: Int) { graphChanged(since: $since) { kind version since items { id change } } }`;
const open = (key: string | null, variables: Record<string, unknown> = {}, url = base) => subscribe(fetch, url, GRAPH_CHANGED, variables, key ?? undefined);
const version = async () => ((await t.gql('{ graphVersion }')).data!.graphVersion as number);
const waitFor = async (check: () => boolean, what: string, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('subscriptions per client', () => {
  it('refuses one more than the limit with RATE_LIMITED, and takes one again once another closed', async () => {
    const key = t.key('VIEWER');
    const subs = await Promise.all([open(key), open(key), open(key)]);
    await waitFor(() => t.app.services.live.openCount === 3, 'three open subscriptions');
    const refused = await open(key);
    expect((await refused.next()).errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED', retryable: true } });
    // Another client (here, another credential) is counted apart.
    const other = await open(t.key('EDITOR'));
    await waitFor(() => t.app.services.live.openCount === 4, 'the other client');
    subs[0].close();
    await waitFor(() => t.app.services.live.openCount === 3, 'the closed one to be released');
    const again = await open(key);
    await waitFor(() => t.app.services.live.openCount === 4, 'a new one in its place');
    [...subs, other, again].forEach((s) => s.close());
    await waitFor(() => t.app.services.live.openCount === 0, 'every subscription released');
  });
});

describe('events per second', () => {
  it('tells a burst of writes as fewer events that together name every item', async () => {
    const sub = await open(t.key('VIEWER'), { since: await version() });
    const ids = Array.from({ length: 6 }, () => unique('burst'));
    await Promise.all(
      ids.map((id) => t.gql(`mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`, { input: { id, name: 'Ledakan', helix: 'MEDIA', kind: 'NGO' } }, 'EDITOR')),
    );
    const last = await version();
    const told: string[] = [];
    let events = 0;
    let at = 0;
    while (at < last) {
      const event = (await sub.next(30_000)).data!.graphChanged;
      expect(event.kind).toBe('CHANGED');
      events++;
      at = event.version;
      told.push(...event.items.map((i: { id: string }) => i.id));
    }
    sub.close();
    expect(new Set(told)).toEqual(new Set(ids));
    expect(events).toBeLessThan(ids.length);
  });
});

describe('idle timeout', () => {
  it('ends a subscription told nothing for the idle time, and releases it', async () => {
    const idle = await createTestApp({ config: { changePollMs: 100, liveLimits: { perClient: 3, eventsPerSecond: 1, idleMs: 1_500 } } });
    try {
      const sub = await subscribe((url, init) => idle.app.yoga.fetch(url, init), 'http://test/graphql', GRAPH_CHANGED, {}, idle.key('VIEWER'));
      const started = Date.now();
      expect(await sub.ended).toBe(true);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
      expect(idle.app.services.live.openCount).toBe(0);
      expect(idle.app.services.changes.listenerCount).toBe(0);
    } finally {
      await idle.close();
    }
  });
});

/** A garbage collection now (vitest does not start node with --expose-gc). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const resources = () => {
  const counts: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) counts[r] = (counts[r] ?? 0) + 1;
  return counts;
};

describe('a dropped subscriber leaves nothing behind', () => {
  it('opens and drops 500 subscriptions: subscriptions, listeners, sockets, timers and heap return to the baseline', async () => {
    const many = await createTestApp({ config: { changePollMs: 100, liveLimits: { perClient: 1_000, eventsPerSecond: 2, idleMs: 60_000 } } });
    await new Promise<void>((resolve) => many.app.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(many.app.server.address() as AddressInfo).port}/graphql`;
    const feed = many.app.services.changes;
    const live = many.app.services.live;
    try {
      // A first round warms every code path (module caches, the driver's pool), so the baseline is steady.
      const warm = await Promise.all(Array.from({ length: 20 }, () => open(many.key('VIEWER'), {}, url)));
      await waitFor(() => live.openCount === 20, 'the warm-up subscriptions');
      warm.forEach((s) => s.close());
      await waitFor(() => live.openCount === 0 && feed.listenerCount === 0, 'the warm-up released');
      await new Promise((resolve) => setTimeout(resolve, 500));
      collectGarbage();
      const baseline = { resources: resources(), heap: process.memoryUsage().heapUsed, socketListeners: many.app.server.listenerCount('connection') };

      const subs: LiveSubscription<unknown>[] = [];
      for (let i = 0; i < 500; i += 50) subs.push(...(await Promise.all(Array.from({ length: 50 }, () => open(many.key('VIEWER'), {}, url)))));
      await waitFor(() => live.openCount === 500, '500 open subscriptions', 60_000);
      collectGarbage();
      const held = process.memoryUsage().heapUsed - baseline.heap;
      expect(feed.listenerCount).toBe(500);
      expect(resources().TCPSocketWrap ?? 0).toBeGreaterThanOrEqual((baseline.resources.TCPSocketWrap ?? 0) + 500);

      subs.forEach((s) => s.close());
      await waitFor(() => live.openCount === 0 && feed.listenerCount === 0 && live.clientCount === 0, 'every subscription released', 60_000);
      await waitFor(() => (resources().TCPSocketWrap ?? 0) <= (baseline.resources.TCPSocketWrap ?? 0) + 2, 'the sockets closed', 30_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      collectGarbage();
      const after = resources();
      // Timers: yoga's pings and each stream's idle timer go with their subscription; the feed's poller with the last listener.
      expect(after.Timeout ?? 0).toBeLessThanOrEqual((baseline.resources.Timeout ?? 0) + 2);
      expect(many.app.server.listenerCount('connection')).toBe(baseline.socketListeners);
      const left = process.memoryUsage().heapUsed - baseline.heap;
      console.info(`heap: baseline ${mb(baseline.heap)}, 500 open +${mb(held)}, after dropping them ${left >= 0 ? '+' : ''}${mb(left)}`);
      // What is left is within noise of the baseline, and a small part of what the 500 held.
      expect(left).toBeLessThan(Math.max(4 * 1024 * 1024, held / 4));
    } finally {
      many.app.server.closeAllConnections();
      await new Promise((resolve) => many.app.server.close(resolve));
      await many.close();
    }
  }, 180_000);
});
