import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as page from '../../web/src/queries.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** A stand-in for web/dist: the serving rules are about files, not about what the page does. */
function fakeDist(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'explorer-dist-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Explorer</title><script type="module" src="/assets/index-Ab12Cd34.js"></script>');
  writeFileSync(path.join(root, 'assets', 'index-Ab12Cd34.js'), 'console.log("explorer")');
  writeFileSync(path.join(root, 'assets', 'index-Ef56Gh78.css'), 'body{margin:0}');
  writeFileSync(path.join(root, 'robots.txt'), 'User-agent: *');
  writeFileSync(path.join(root, 'assets', 'vendor-Zz99Yy88.js'), `export const names = [${Array.from({ length: 400 }, (_, i) => `"stakeholder-${i}"`).join(',')}];`);
  return root;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: fetch would normalise `..` in the path before sending it. */
function get(port: number, rawPath: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function listen(t: TestApp): Promise<number> {
  await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
  return (t.app.server.address() as AddressInfo).port;
}

const close = (t: TestApp) => new Promise<void>((resolve) => t.app.server.close(() => resolve()));

describe('the Explorer page is served at /', () => {
  let t: TestApp;
  let port: number;
  let dist: string;

  beforeAll(async () => {
    dist = fakeDist();
    t = await createTestApp({ config: { webRoot: dist } });
    port = await listen(t);
  });
  afterAll(async () => {
    await close(t);
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache, a strict CSP and nosniff', async () => {
    const answer = await get(port, '/');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(answer.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(answer.body).toContain('<title>Explorer</title>');
  });

  it('serves hashed assets with their content type and an immutable cache; other files are revalidated', async () => {
    const script = await get(port, '/assets/index-Ab12Cd34.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.body).toBe('console.log("explorer")');
    const style = await get(port, '/assets/index-Ef56Gh78.css', 'HEAD');
    expect(style.status).toBe(200);
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(style.headers['content-length']).toBe('14');
    expect(style.body).toBe('');
    const robots = await get(port, '/robots.txt');
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.headers['cache-control']).toBe('no-cache');
  });

  it('compresses text assets with brotli or gzip as the client accepts, and small or unasked ones not at all', async () => {
    const raw = await fetch(`http://127.0.0.1:${port}/assets/vendor-Zz99Yy88.js`, { headers: { 'accept-encoding': 'identity' } });
    const plain = await raw.text();
    for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['br;q=0, gzip', 'gzip']] as const) {
      const response = await fetch(`http://127.0.0.1:${port}/assets/vendor-Zz99Yy88.js`, { headers: { 'accept-encoding': accept } });
      expect(response.headers.get('content-encoding'), accept).toBe(encoding);
      expect(response.headers.get('vary')).toBe('accept-encoding');
      expect(Number(response.headers.get('content-length'))).toBeLessThan(plain.length / 3);
      // fetch decodes: the same script arrives.
      expect(await response.text()).toBe(plain);
    }
    const identity = await get(port, '/assets/vendor-Zz99Yy88.js');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body).toBe(plain);
    const tiny = await get(port, '/assets/index-Ab12Cd34.js', 'GET', { 'accept-encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
  });

  it('refuses path traversal, encoded or not', async () => {
    for (const attempt of [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/%2e%2e%2f%2e%2e%2fetc/passwd',
      '/assets/%00.js',
      '/%E0%A4%A',
    ]) {
      const answer = await get(port, attempt);
      expect([400, 404], attempt).toContain(answer.status);
      expect(answer.body, attempt).not.toContain('pentahelix-graph');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('falls back to index.html for client routes, but not for missing files', async () => {
    const route = await get(port, '/stakeholders/masata-bontang');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Explorer</title>');
    expect(route.headers['cache-control']).toBe('no-cache');
    expect((await get(port, '/assets/missing-123.js')).status).toBe(404);
  });

  it('leaves /graphql, /health and /ready to the service', async () => {
    expect((await get(port, '/health')).body).toBe('{"status":"ok"}');
    expect((await get(port, '/ready')).status).toBe(200);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.key('VIEWER')}` },
      body: JSON.stringify({ query: '{ stakeholder(id: "masata-bontang") { name } }' }),
    });
    expect(((await response.json()) as { data: { stakeholder: { name: string } } }).data.stakeholder.name).toContain('Sadar Wisata');
  });

  it('answers 503 with a readable page when the page is not built', async () => {
    const missing = await createTestApp({ config: { webRoot: path.join(dist, 'not-built') } });
    const missingPort = await listen(missing);
    try {
      const answer = await get(missingPort, '/');
      expect(answer.status).toBe(503);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.body).toContain('npm run build');
      expect((await get(missingPort, '/health')).status).toBe(200);
    } finally {
      await close(missing);
      await missing.close();
    }
  });
});

describe('Query.viewer tells the page what the caller may do', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the role of a key and that it is authenticated', async () => {
    expect((await t.gql(page.VIEWER, {}, 'VIEWER')).data?.viewer).toEqual({ role: 'VIEWER', authenticated: true, scope: null });
    expect((await t.gql(page.VIEWER, {}, 'EDITOR')).data?.viewer).toEqual({ role: 'EDITOR', authenticated: true, scope: null });
    expect((await t.gql(page.VIEWER, {}, 'ADMIN')).data?.viewer).toEqual({ role: 'ADMIN', authenticated: true, scope: null });
  });

  it('refuses anonymous callers where reads need a credential, and reports the anonymous role where they do not', async () => {
    const refused = await t.gql(page.VIEWER, {}, 'ANONYMOUS');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const open = await createTestApp({ config: { anonymousRole: 'VIEWER' } });
    try {
      expect((await open.gql(page.VIEWER, {}, 'ANONYMOUS')).data?.viewer).toEqual({ role: 'VIEWER', authenticated: false, scope: null });
    } finally {
      await open.close();
    }
  });
});

describe("the page's operations fit the hardening limits with the values it sends", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const scope = { region: 'kota-bontang', asOf: '2025-12-31' };
  const reads: Array<[string, string, Record<string, unknown>]> = [
    ['filter options', page.FILTER_OPTIONS, {}],
    ['map', page.MAP, { scope, metric: 'BETWEENNESS', limit: page.MAP_LIMIT, first: page.INFLUENCE_FIRST }],
    ['search', page.SEARCH, { text: 'masata', first: page.SEARCH_FIRST }],
    ['stakeholder panel', page.STAKEHOLDER, { id: 'masata-bontang', scope, asOf: scope.asOf, partners: page.PANEL_PARTNERS_FIRST, withContact: true, interactions: page.PANEL_INTERACTIONS_FIRST }],
    ['follow-ups', page.FOLLOW_UPS, { where: { region: 'kota-bontang', overdue: true, asOf: scope.asOf }, first: page.FOLLOW_UPS_FIRST }],
    ['paths', page.PATHS, { from: 'masata-bontang', to: 'disnaker-bontang', k: 10, options: { maxHops: 8, weighted: true, onlyHelices: ['GOVERNMENT', 'COMMUNITY'], asOf: scope.asOf } }],
    ['gaps', page.GAPS, { scope, suggestions: page.GAP_SUGGESTIONS }],
    ['helix indicators', page.HELIX_INDICATORS, { scope }],
    ['change', page.NETWORK_CHANGE, { scope: { region: 'kota-bontang' }, from: '2024-12-31', to: '2025-12-31', metric: 'PAGERANK', first: page.CHANGE_FIRST }],
    ['snapshots', page.SNAPSHOTS, {}],
    ['source', page.SOURCE, { id: 'jusmin-2025-rakor-pentahelix-wisata-industri-bontang' }],
    ['power-interest grid', page.POWER_INTEREST_GRID, { scope: scope.region, asOf: scope.asOf }],
    ['duplicates', page.DUPLICATES, { scope: { region: 'kota-bontang' }, first: page.DUPLICATES_FIRST }],
  ];

  it.each(reads)('%s', async (_name, query, variables) => {
    const result = await t.gql(query, variables, 'EDITOR');
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data).toBeTruthy();
  });

  it('the panel shows office holders to a VIEWER without contacts (the page does not ask for them)', async () => {
    const result = await t.gql(page.STAKEHOLDER, { id: 'pemkot-bontang', partners: page.PANEL_PARTNERS_FIRST, withContact: false, interactions: page.PANEL_INTERACTIONS_FIRST }, 'VIEWER');
    expect(result.errors).toBeUndefined();
    expect(result.data?.stakeholder.officeHolders.length).toBeGreaterThan(0);
  });

  it('the write forms get field-level validation errors', async () => {
    const result = await t.gql(page.UPSERT_STAKEHOLDER, { input: { id: 'Not A Slug', name: 'x', helix: 'MEDIA', kind: 'NEWS_OUTLET' } }, 'EDITOR');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    const assessment = await t.gql(page.RECORD_ASSESSMENT, { input: { stakeholderId: 'masata-bontang', scopeId: 'kota-bontang', assessedOn: '2025-05-01', power: 9, interest: 3, position: 'NEUTRAL' } }, 'EDITOR');
    expect(assessment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.power' });
  });
});
