import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { WebhookDispatcher } from '../../src/services/webhook-dispatcher.js';
import { createTestApp, unique, type TestApp } from '../support/app.js';

/** What the local receiver got on one path. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local receiver: each path answers by its own rule; `/hold` keeps each request open until released. */
class Receiver {
  readonly got = new Map<string, Received[]>();
  private readonly held: ServerResponse[] = [];
  private server!: Server;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const path = req.url ?? '/';
        const list = this.got.get(path) ?? [];
        list.push({ headers: req.headers, body });
        this.got.set(path, list);
        if (path === '/hold') return void this.held.push(res);
        // `/flaky` fails its first request and accepts the rest; `/down` always fails.
        const status = path === '/down' || (path === '/flaky' && list.length === 1) ? 503 : 204;
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  count(path: string): number {
    return this.got.get(path)?.length ?? 0;
  }

  release(): void {
    for (const res of this.held.splice(0)) res.writeHead(200).end();
  }

  stop(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Waits until `condition` holds (the queue works in the background). */
async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Verifies a delivery as the README tells receivers to: HMAC-SHA256 over "<t>.<body>" with the hook's secret. */
function verifySignature(received: Received, secret: string): boolean {
  const header = String(received.headers['x-pentahelix-signature'] ?? '');
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${received.body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex')) && Math.abs(Date.now() / 1000 - Number(match[1])) < 300;
}

const CREATE = `mutation($input: WebhookInput!) { createWebhook(input: $input) { secret webhook { id url items changes createdBy } } }`;
const UPSERT = `mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }`;
const DELIVERIES = `query { webhooks { id deliveries { id event version status attempts nextAttemptAt deliveredAt log { number httpStatus error durationMs succeeded } } } }`;

const stakeholder = (id: string, name = `Webhook test ${id}`) => ({ input: { id, name, helix: 'MEDIA', kind: 'NGO' } });

describe('webhooks', () => {
  let t: TestApp;
  const receiver = new Receiver();
  const hooks: Record<string, { id: string; secret: string }> = {};

  async function register(path: string, extra: Record<string, unknown> = {}) {
    const result = await t.gql(CREATE, { input: { url: receiver.url(path), description: `test ${path}`, ...extra } }, 'ADMIN');
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    hooks[path] = { id: result.data!.createWebhook.webhook.id, secret: result.data!.createWebhook.secret };
    return result.data!.createWebhook;
  }

  const deliveriesOf = async (path: string) => {
    const result = await t.gql(DELIVERIES, {}, 'ADMIN');
    return result.data!.webhooks.find((h: { id: string }) => h.id === hooks[path]!.id).deliveries as Array<Record<string, any>>;
  };

  beforeAll(async () => {
    await receiver.start();
    t = await createTestApp({
      config: { changePollMs: 50, webhooks: { allowPrivate: true, retry: { maxAttempts: 3, baseMs: 100, capMs: 1_000 }, timeoutMs: 5_000, pollMs: 50 } },
    });
  });
  afterAll(async () => {
    await t.app.services.webhookDispatcher.stop();
    for (const { id } of Object.values(hooks)) await t.gql('mutation($id: ID!) { deleteWebhook(id: $id) }', { id }, 'ADMIN');
    await receiver.stop();
    await t.close();
  });

  it('are registered by an ADMIN only, with the secret shown once and http(s) URLs only', async () => {
    for (const role of ['VIEWER', 'EDITOR'] as const) {
      const refused = await t.gql(CREATE, { input: { url: receiver.url('/ok') } }, role);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const bad = await t.gql(CREATE, { input: { url: 'ftp://example.org/hook' } }, 'ADMIN');
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(bad.errors?.[0]?.message).toContain('http or https');

    const created = await register('/ok', { items: ['STAKEHOLDER'], changes: ['CREATED'] });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.webhook).toMatchObject({ url: receiver.url('/ok'), items: ['STAKEHOLDER'], changes: ['CREATED'], createdBy: expect.stringMatching(/^key:/) });
    await register('/flaky');
    await register('/down');
    const listed = await t.gql('{ webhooks { id url } }', {}, 'ADMIN');
    expect(listed.data!.webhooks.map((h: { id: string }) => h.id)).toEqual(expect.arrayContaining(Object.values(hooks).map((h) => h.id)));
    expect(JSON.stringify(listed.data)).not.toContain('whsec_');
  });

  it('deliver a committed change signed, retry a failing receiver with backoff, and give up after the last attempt, logging each attempt', async () => {
    await t.app.services.webhookDispatcher.start();
    const id = unique('hooked');
    const written = await t.gql(UPSERT, stakeholder(id), 'EDITOR');
    expect(written.data, JSON.stringify(written.errors)).toEqual({ upsertStakeholder: { created: true } });

    await until(() => receiver.count('/ok') === 1 && receiver.count('/flaky') === 2 && receiver.count('/down') === 3, 'every attempt');
    await t.app.services.webhookDispatcher.settled();

    const [ok] = receiver.got.get('/ok')!;
    expect(verifySignature(ok!, hooks['/ok']!.secret)).toBe(true);
    expect(verifySignature(ok!, hooks['/flaky']!.secret)).toBe(false);
    expect(verifySignature({ ...ok!, body: ok!.body.replace(id, 'tampered') }, hooks['/ok']!.secret)).toBe(false);
    const payload = JSON.parse(ok!.body);
    expect(payload).toMatchObject({ event: 'graph.changed', action: 'stakeholder.upsert', items: [{ id, type: 'STAKEHOLDER', change: 'CREATED' }] });
    expect(payload.reach.helices).toEqual(['MEDIA']);
    expect(ok!.headers['x-pentahelix-event']).toBe('graph.changed');
    expect(ok!.headers['x-pentahelix-delivery']).toBe(`${hooks['/ok']!.id}.${payload.version}`);
    // Every attempt of one delivery carries its id, and a fresh signature.
    const flaky = receiver.got.get('/flaky')!;
    expect(new Set(flaky.map((r) => r.headers['x-pentahelix-delivery'])).size).toBe(1);
    expect(flaky.every((r) => verifySignature(r, hooks['/flaky']!.secret))).toBe(true);

    const [okDelivery] = await deliveriesOf('/ok');
    expect(okDelivery).toMatchObject({ status: 'DELIVERED', attempts: 1, version: payload.version, nextAttemptAt: null, log: [{ number: 1, httpStatus: 204, error: null, succeeded: true }] });
    expect(okDelivery!.deliveredAt).toEqual(expect.any(String));
    const [flakyDelivery] = await deliveriesOf('/flaky');
    expect(flakyDelivery).toMatchObject({
      status: 'DELIVERED',
      attempts: 2,
      log: [
        { number: 1, httpStatus: 503, error: 'answered HTTP 503', succeeded: false },
        { number: 2, httpStatus: 204, error: null, succeeded: true },
      ],
    });
    const [downDelivery] = await deliveriesOf('/down');
    expect(downDelivery).toMatchObject({ status: 'FAILED', attempts: 3, nextAttemptAt: null, deliveredAt: null });
    expect(downDelivery!.log.map((a: { httpStatus: number; succeeded: boolean }) => [a.httpStatus, a.succeeded])).toEqual([[503, false], [503, false], [503, false]]);
    for (const attempt of downDelivery!.log) expect(attempt.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('deliver only the kinds of change a hook asked for', async () => {
    const id = unique('hooked-again');
    await t.gql(UPSERT, stakeholder(id), 'EDITOR');
    await t.gql(UPSERT, stakeholder(id, 'Renamed'), 'EDITOR');
    await until(() => receiver.count('/flaky') === 4, 'both changes at the hook that takes everything');
    const updated = JSON.parse(receiver.got.get('/flaky')![3]!.body);
    expect(updated.items).toEqual([{ id, type: 'STAKEHOLDER', change: 'UPDATED' }]);
    // The hook for created stakeholders got the creation, not the update.
    await until(() => receiver.count('/ok') === 2, 'the creation at the hook for created stakeholders');
    await t.app.services.webhookDispatcher.settled();
    expect(JSON.parse(receiver.got.get('/ok')![1]!.body).items).toEqual([{ id, type: 'STAKEHOLDER', change: 'CREATED' }]);
    expect(receiver.count('/ok')).toBe(2);
  });

  it('never hold up a write: writes commit while a receiver keeps a delivery waiting', async () => {
    await register('/hold');
    await t.gql(UPSERT, stakeholder(unique('held')), 'EDITOR');
    await until(() => receiver.count('/hold') === 1, 'the held delivery');
    // The receiver has not answered; the next write commits anyway and is told later.
    const next = await t.gql(UPSERT, stakeholder(unique('not-held')), 'EDITOR');
    expect(next.data).toEqual({ upsertStakeholder: { created: true } });
    expect(receiver.count('/hold')).toBe(1);
    receiver.release();
    await until(() => receiver.count('/hold') === 2, 'the second delivery after the first was answered');
    receiver.release();
  });

  it('refuse private addresses at connection time unless allowed, by literal address and by name', async () => {
    await t.app.services.webhookDispatcher.stop();
    // Hooks stored as a deployment that allowed private addresses left them; this one does not.
    const strict = new WebhookDispatcher(t.app.services.stores.webhooks, t.app.services.changes, createLogger('silent'), {
      allowPrivate: false,
      retry: { maxAttempts: 1, baseMs: 100, capMs: 100 },
      timeoutMs: 2_000,
      pollMs: 50,
    });
    for (const { id } of Object.values(hooks)) await t.gql('mutation($id: ID!) { deleteWebhook(id: $id) }', { id }, 'ADMIN');
    await register('/literal');
    const byName = await t.gql(CREATE, { input: { url: receiver.url('/named', 'localhost') } }, 'ADMIN');
    hooks['/named'] = { id: byName.data!.createWebhook.webhook.id, secret: byName.data!.createWebhook.secret };
    await strict.start();
    try {
      await t.gql(UPSERT, stakeholder(unique('private')), 'EDITOR');
      await until(async () => (await deliveriesOf('/literal'))[0]?.status === 'FAILED' && (await deliveriesOf('/named'))[0]?.status === 'FAILED', 'both refusals');
    } finally {
      await strict.stop();
    }
    expect(receiver.count('/literal') + receiver.count('/named')).toBe(0);
    expect((await deliveriesOf('/literal'))[0]!.log[0]).toMatchObject({ httpStatus: null, error: '127.0.0.1 is a private address', succeeded: false });
    expect((await deliveriesOf('/named'))[0]!.log[0].error).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a private address$/);
  });

  it('delete a hook with its deliveries', async () => {
    const { id } = hooks['/literal']!;
    expect((await t.gql('mutation($id: ID!) { deleteWebhook(id: $id) }', { id }, 'ADMIN')).data).toEqual({ deleteWebhook: true });
    expect((await t.gql('mutation($id: ID!) { deleteWebhook(id: $id) }', { id }, 'ADMIN')).data).toEqual({ deleteWebhook: false });
    const [left] = await t.db.query<{ n: number }>('test.deliveries_left', 'MATCH (d:WebhookDelivery) WHERE d.webhookId = $id RETURN count(d) AS n', { id });
    expect(left!.n).toBe(0);
  });
});
