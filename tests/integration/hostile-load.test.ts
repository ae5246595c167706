import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { ROOT_DIR } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { LIMITS, PANEL_PAGE } from '../../src/graphql/hardening.js';
import { createApp, type App } from '../../src/server.js';
import { createTestApp, graphFingerprint, unique, type TestApp } from '../support/app.js';

/**
 * Hostile load, as issue 23 found it: unbounded lists, huge echoed values, broken documents
 * that escaped the rate limit, control characters and lone surrogates in names, and document
 * limits answered with HTTP 200. Each is sent here against the real service.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An app of its own whose log lines are kept, to check what a hostile request writes to the log. */
function loggedApp(config: { rateLimitPerMinute?: number } = {}) {
  const lines: Array<{ level: number; text: string }> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push({ level: (JSON.parse(text) as { level: number }).level, text });
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const db = new Database({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 30_000, logger });
  const app: App = createApp({ graphiql: false, NODE_ENV: 'test', PATH_TIME_LIMIT_MS: 5_000, anonymousRole: 'VIEWER', ...config }, db, logger);
  const post = async (body: string, headers: Record<string, string> = {}) => {
    const response = await app.yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: response.status, text: await response.text() };
  };
  return { app, db, lines, post };
}

const UPSERT = 'mutation($input: StakeholderInput!) { upsertStakeholder(input: $input) { created } }';
const stakeholder = (fields: Record<string, unknown> = {}) => ({ id: unique('hostile-org'), name: 'Organisasi Uji', helix: 'COMMUNITY', kind: 'NGO', ...fields });

describe('bounds on every list and string', () => {
  it('nodes(ids:) takes at most 100 ids', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `tidak-ada-${i}`);
    const within = await t.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(100) });
    expect(within.errors).toBeUndefined();
    expect(within.data!.nodes).toHaveLength(100);
    const over = await t.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(240_000) });
    expect(over.data ?? null).toBeNull();
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids', expected: 'a list of at most 100 items' });
  });

  it('a list nested in an input object is bounded too, and a refused write changes nothing', async () => {
    const before = await graphFingerprint(t.db);
    const result = await t.gql(UPSERT, { input: stakeholder({ tags: Array.from({ length: 51 }, (_, i) => `tag-${i}`) }) }, 'EDITOR');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tags' });
    const long = await t.gql(UPSERT, { input: stakeholder({ description: 'x'.repeat(5_001) }) }, 'EDITOR');
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.description', expected: 'at most 5000 characters' });
    expect(await graphFingerprint(t.db)).toBe(before);
  });
});

describe('text hygiene', () => {
  it('refuses NUL, other control characters and lone surrogates, naming the field; keeps tab and newline', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: 'Nama\u0000Jahat' }, 'input.name'],
      [{ aliases: ['baik', 'bel\u0007'] }, 'input.aliases.1'],
      [{ description: 'kutipan \uD800 setengah' }, 'input.description'],
      [{ evidence: [{ sourceId: 'jusmin-2025-rakor-pentahelix-wisata-industri-bontang', quote: 'akhir\uDC00' }] }, 'input.evidence.0.quote'],
    ];
    const before = await graphFingerprint(t.db);
    for (const [fields, field] of cases) {
      const result = await t.gql(UPSERT, { input: stakeholder(fields) }, 'EDITOR');
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await graphFingerprint(t.db)).toBe(before);
    const input = stakeholder({ description: 'baris satu\nbaris dua\tkolom' });
    expect((await t.gql(UPSERT, { input }, 'EDITOR')).errors).toBeUndefined();
    const read = await t.gql('query($id: ID!) { stakeholder(id: $id) { description } }', { id: input.id });
    expect(read.data!.stakeholder.description).toBe('baris satu\nbaris dua\tkolom');
  });

  it('refuses the same characters inside an imported file', async () => {
    const content = JSON.stringify({ stakeholders: [stakeholder({ name: 'Impor\u0000' })] });
    const result = await t.gql('mutation($input: ImportInput!) { importGraph(input: $input) { applied problems { column message } } }', { input: { format: 'JSON', files: [{ name: 'data.json', content }] } }, 'ADMIN');
    expect(result.data!.importGraph).toMatchObject({ applied: false, problems: [{ column: 'stakeholders.0.name', message: expect.stringMatching(/control characters/) }] });
  });

  it('GraphML stays valid against the XSD after a round trip of hostile text, and of bad text stored before the rule', async () => {
    const region = unique('hostile-region');
    await t.gql('mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }', { input: { id: region, name: 'Wilayah Uji', level: 'CITY' } }, 'EDITOR');
    const hostile = `<data key="x">]]><!-- & "' \u202Eغ𝔓🌊 \t\n&amp; <![CDATA[ x ]]>`;
    const kept = stakeholder({ name: hostile, regionId: region });
    expect((await t.gql(UPSERT, { input: kept }, 'EDITOR')).errors).toBeUndefined();
    // What older versions let in (NUL, a lone surrogate), written straight to the store.
    const old = stakeholder({ regionId: region });
    expect((await t.gql(UPSERT, { input: old }, 'EDITOR')).errors).toBeUndefined();
    await t.db.write('test.bad_text', (tx) => tx.rows('test.bad_text', "MATCH (s:Stakeholder {id: $id}) SET s.name = 'Lama\u0000\uD800'", { id: old.id }));

    const exported = await t.gql('query($input: ExportInput!) { exportGraph(input: $input) { name content } }', { input: { format: 'GRAPHML', scope: { region } } });
    expect(exported.errors).toBeUndefined();
    const [file] = exported.data!.exportGraph as Array<{ name: string; content: string }>;
    const schema = readFileSync(path.join(ROOT_DIR, 'tests', 'fixtures', 'graphml', 'graphml-structure.xsd'), 'utf8');
    const result = await validateXML({ xml: [{ fileName: file!.name, contents: file!.content }], schema: [{ fileName: 'graphml-structure.xsd', contents: schema }] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    // The hostile name comes back as the same text once the XML escapes are read.
    const name = /<node id="[^"]*"><data key="name">([^<]*)<\/data>/g;
    const names = [...file!.content.matchAll(name)].map((m) => m[1]!.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!));
    expect(names).toContain(hostile);
    expect(names).toContain('Lama\uFFFD\uFFFD');
  });
});

describe('echoed input and logs', () => {
  it('a 3 MB bad enum value is echoed as a short prefix, in the answer and in the log, and logged below error level', async () => {
    const logged = loggedApp();
    try {
      const huge = 'A'.repeat(3 * 1024 * 1024);
      const body = JSON.stringify({ query: 'query($h: [Helix!]) { stakeholders(where: { helices: $h }) { totalCount } }', variables: { h: [huge] } });
      const answer = await logged.post(body);
      expect(answer.text.length).toBeLessThan(2_000);
      const error = (JSON.parse(answer.text) as { errors: Array<{ message: string; extensions: { code: string } }> }).errors[0]!;
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(`"${'A'.repeat(40)}… (${huge.length} characters)"`);
      // Other client mistakes too: a missing item, a broken document, a refused value.
      await logged.post(JSON.stringify({ query: '{ stakeholder(id: "tidak-ada") { id } }' }));
      await logged.post(JSON.stringify({ query: `{ ${'x'.repeat(1_000_000)} }` }));
      await logged.post(JSON.stringify({ query: 'query($id: ID!) { nodes(ids: [$id]) { id } }', variables: { id: 'x'.repeat(1_000_000) } }));
      expect(logged.lines.length).toBeGreaterThan(0);
      expect(logged.lines.filter((l) => l.level >= 50).map((l) => l.text.slice(0, 300))).toEqual([]);
      expect(Math.max(...logged.lines.map((l) => l.text.length))).toBeLessThan(4_000);
    } finally {
      await logged.db.close();
    }
  });
});

describe('rate limit', () => {
  it('counts every request, whatever its fate: broken documents and invalid variables use up the allowance', async () => {
    const logged = loggedApp({ rateLimitPerMinute: 6 });
    try {
      const broken = [
        '{ stakeholder(id: ',
        '{ notAField }',
        JSON.stringify({ query: 'query($h: [Helix!]) { stakeholders(where: { helices: $h }) { totalCount } }', variables: { h: ['NOPE'] } }),
      ];
      for (const body of [broken[0]!, JSON.stringify({ query: broken[1] }), broken[2]!, broken[0]!, JSON.stringify({ query: broken[1] }), broken[2]!]) {
        expect((await logged.post(body)).status).not.toBe(429);
      }
      const over = await logged.post(JSON.stringify({ query: '{ __typename }' }));
      expect(over.status).toBe(429);
      expect(JSON.parse(over.text)).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED', retryable: true } }] });
      expect((await logged.post('{ broken')).status).toBe(429);
    } finally {
      await logged.db.close();
    }
  });
});

describe('document limits over HTTP', () => {
  const RESPONSE_JSON = 'application/graphql-response+json';
  const send = (query: string, accept: string) =>
    t.app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${t.key('VIEWER')}` },
      body: JSON.stringify({ query }),
    });
  const tooDeep = `{ region(id: "indonesia") { ${'parent { '.repeat(LIMITS.depth)}id${' }'.repeat(LIMITS.depth)} } }`;
  const tooManyAliases = `{ ${Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: region(id: "indonesia") { id }`).join(' ')} }`;
  const tooCostly = `{ stakeholders(first: ${Math.floor(LIMITS.cost / 3.5) + 1}) { totalCount } }`;

  it('refusals answer 400 to clients of application/graphql-response+json, and 200 to application/json clients', async () => {
    for (const query of [tooDeep, tooManyAliases, tooCostly]) {
      const strict = await send(query, RESPONSE_JSON);
      expect(strict.status, query.slice(0, 60)).toBe(400);
      const body = (await strict.json()) as { data?: unknown; errors: Array<{ extensions: Record<string, unknown> }> };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(body.errors[0]!.extensions.http).toBeUndefined();
      expect((await send(query, 'application/json')).status).toBe(200);
    }
    expect((await send('{ __typename }', RESPONSE_JSON)).status).toBe(200);
  });

  it('the cost limit fits 100 stakeholders with 50 partners each and every tie figure, and not twice that', async () => {
    const page = await t.gql(PANEL_PAGE);
    expect(page.errors).toBeUndefined();
    expect(page.data!.stakeholders.nodes.length).toBeGreaterThan(0);
    const ties = /partners\(first: 50\) \{[^}]*\}[^}]*\}/.exec(PANEL_PAGE)![0];
    const twice = await t.gql(PANEL_PAGE.replace(ties, `${ties} again: ${ties}`));
    expect(twice.errors?.[0]?.message).toMatch(/Cost limit/);
  });

  it('aliases of __typename count toward the alias limit', async () => {
    const typenames = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect((await t.gql(typenames(LIMITS.aliases))).errors).toBeUndefined();
    const over = await t.gql(typenames(LIMITS.aliases + 1));
    expect(over.errors?.[0]?.message).toMatch(/Aliases limit/);
    expect((await t.gql(typenames(990))).errors?.[0]?.message).toMatch(/Aliases limit/);
  });
});
