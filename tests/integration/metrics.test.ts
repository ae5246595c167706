import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

const TOKEN = 'metrics-token-for-the-test';
let t: TestApp;
let base: string;

beforeAll(async () => {
  t = await createTestApp({ config: { metricsToken: TOKEN } });
  await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => t.app.server.close(() => resolve()));
  await t.close();
});

const scrape = (authorization?: string) => fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} });

/** The value of one sample line (`name{labels} value`), or undefined. */
const sample = (text: string, prefix: string) => {
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
};

describe('GET /metrics', () => {
  it('reports GraphQL operations, database work by operation, availability and the process, in Prometheus text', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.key('VIEWER')}` },
      body: JSON.stringify({ query: 'query MetricsProbe { stakeholder(id: "masata-bontang") { name partners(first: 3) { weight } } }' }),
    });
    expect(response.status).toBe(200);

    const scraped = await scrape(`Bearer ${TOKEN}`);
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toContain('text/plain');
    const text = await scraped.text();
    expect(sample(text, 'graphql_envelop_request_duration_count{operationType="query"}')).toBe(1);
    // The read planner fetches the stakeholder with its partners in one named statement.
    expect(sample(text, 'pentahelix_db_transaction_seconds_count{operation="planned.Stakeholder",mode="READ",outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'pentahelix_db_available')).toBe(1);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('counts failed operations, with labels no client can multiply (no operation names, no paths)', async () => {
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.key('VIEWER')}` },
      body: JSON.stringify({ query: 'query MetricsBadInput { stakeholders(first: 1000) { totalCount } }' }),
    });
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    expect(text).toMatch(/graphql_envelop_error_result\{[^}]*operationType="query"[^}]*\} 1/);
    expect(text).not.toContain('MetricsBadInput');
    expect(text).not.toContain('operationName=');
  });

  it('needs the metrics token when one is configured', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('Bearer wrong-token-of-some-length')).status).toBe(401);
  });
});
