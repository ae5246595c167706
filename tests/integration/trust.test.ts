import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getIntrospectionQuery, Lexer, Source, TokenKind } from 'graphql';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LIMITS } from '../../src/graphql/hardening.js';
import { createTestApp, graphFingerprint, unique, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const READ = '{ stakeholder(id: "masata-bontang") { id } }';
const UPSERT = `mutation AddStakeholder($input: StakeholderInput!) { upsertStakeholder(input: $input) { created stakeholder { id } } }`;
const DELETE = `mutation RemoveStakeholder($id: ID!) { deleteStakeholder(id: $id) { deleted } }`;
const TEST_REGION = unique('trust-region');
const stakeholder = (id = unique('trust-org')) => ({ id, name: 'Koperasi Uji', helix: 'COMMUNITY', kind: 'NGO', regionId: TEST_REGION });

beforeAll(async () => {
  const region = await t.gql(`mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }`, { input: { id: TEST_REGION, name: 'Wilayah Uji', level: 'CITY', partOf: 'indonesia' } }, 'EDITOR');
  expect(region.errors).toBeUndefined();
});

const code = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;

/** Sends an operation with explicit headers through the in-process pipeline. */
async function send(app: TestApp, query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) {
  const response = await app.app.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

describe('roles', () => {
  it('reads need VIEWER when anonymous reads are off, and are public when they are on', async () => {
    expect(code(await t.gql(READ, {}, 'ANONYMOUS'))).toBe('UNAUTHENTICATED');
    expect((await t.gql(READ, {}, 'VIEWER')).data).toEqual({ stakeholder: { id: 'masata-bontang' } });
    const open = await createTestApp({ config: { anonymousRole: 'VIEWER' } });
    try {
      expect((await open.gql(READ, {}, 'ANONYMOUS')).data).toEqual({ stakeholder: { id: 'masata-bontang' } });
      // Public reads do not make an anonymous caller an editor: a write still asks for a credential.
      expect(code(await open.gql(UPSERT, { input: stakeholder() }, 'ANONYMOUS'))).toBe('UNAUTHENTICATED');
    } finally {
      await open.close();
    }
  });

  it('writes need EDITOR: VIEWER is FORBIDDEN, EDITOR writes', async () => {
    const input = stakeholder();
    expect(code(await t.gql(UPSERT, { input }, 'VIEWER'))).toBe('FORBIDDEN');
    expect((await t.gql(UPSERT, { input }, 'EDITOR')).data?.upsertStakeholder.created).toBe(true);
  });

  it('key management and the audit trail need ADMIN: EDITOR is FORBIDDEN, ADMIN passes', async () => {
    for (const query of ['{ apiKeys { id } }', '{ auditTrail { totalCount } }', 'mutation { createApiKey(name: "x", role: VIEWER) { key } }', 'mutation { revokeApiKey(id: "000000000000") }']) {
      expect(code(await t.gql(query, {}, 'EDITOR')), query).toBe('FORBIDDEN');
      expect((await t.gql(query, {}, 'ADMIN')).errors, query).toBeUndefined();
    }
  });

  it('contact details need EDITOR: a viewer gets null and FORBIDDEN on the field, an editor the details', async () => {
    const id = unique('trust-person');
    const saved = await t.gql('mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }', { input: { id, name: 'Kontak Uji', email: 'kontak@example.org' } }, 'EDITOR');
    expect(saved.errors).toBeUndefined();
    const query = `{ person(id: "${id}") { contact { email } } }`;
    const asViewer = await t.gql(query, {}, 'VIEWER');
    expect(asViewer.data!.person.contact).toBeNull();
    expect(code(asViewer)).toBe('FORBIDDEN');
    expect((await t.gql(query, {}, 'EDITOR')).data!.person.contact).toEqual({ email: 'kontak@example.org' });
  });

  it('refuses every bad credential with one message that tells nothing', async () => {
    const created = await t.gql('mutation { createApiKey(name: "to revoke", role: EDITOR) { key apiKey { id } } }', {}, 'ADMIN');
    const { key, apiKey } = created.data!.createApiKey;
    expect((await send(t, READ, { authorization: `Bearer ${key}` })).body.data).toBeDefined();
    expect((await t.gql(`mutation { revokeApiKey(id: "${apiKey.id}") }`, {}, 'ADMIN')).data).toEqual({ revokeApiKey: true });
    const wrongSecret = key.slice(0, -4) + (key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const refused: Array<Record<string, string>> = [
      { authorization: `Bearer ${key}` }, // revoked: refused at once, not after the cache expires
      { authorization: `Bearer ${wrongSecret}` },
      { authorization: 'Bearer phg_nonsense' },
      { authorization: 'Basic dXNlcjpwYXNz' },
      { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6IkFETUlOIn0.' },
      { 'x-api-key': 'not-a-key' },
    ];
    for (const headers of refused) {
      const { body } = await send(t, READ, headers);
      expect(body.data ?? null, JSON.stringify(headers)).toBeNull();
      expect(body.errors?.[0], JSON.stringify(headers)).toMatchObject({ message: 'the credential is not valid', extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('lists keys without their secrets', async () => {
    const { data } = await t.gql('{ apiKeys { id name role createdAt revokedAt } }', {}, 'ADMIN');
    expect(data!.apiKeys.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toMatch(/phg_|hash/);
  });
});

describe('the key command', () => {
  const keys = async (...args: string[]) => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/keys.ts', ...args], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'warn' },
    });
    return stdout;
  };

  it('creates a working key, lists it, and revokes it', async () => {
    const name = unique('cli-key');
    const created = await keys('create', '--name', name, '--role', 'EDITOR');
    const key = /phg_[0-9a-f]{12}_\S+/.exec(created)![0];
    const id = key.slice(4, 16);
    expect(await keys('list')).toMatch(new RegExp(`${id}\\s+EDITOR\\s+valid.*${name}`));
    const revoked = await keys('create', '--name', `${name}-revoked`, '--role', 'EDITOR');
    const revokedKey = /phg_[0-9a-f]{12}_\S+/.exec(revoked)![0];
    expect(await keys('revoke', revokedKey.slice(4, 16))).toMatch(/^revoked/);
    expect((await send(t, UPSERT, { authorization: `Bearer ${key}` }, { input: stakeholder() })).body.data?.upsertStakeholder.created).toBe(true);
    expect(code((await send(t, READ, { authorization: `Bearer ${revokedKey}` })).body)).toBe('UNAUTHENTICATED');
    await expect(keys('create', '--name', name, '--role', 'ROOT')).rejects.toThrow(/--role/);
  });
});

describe('JWT bearer tokens', () => {
  const secret = 'a-test-secret-that-is-long-enough-for-hs256';
  const sign = (claims: Record<string, unknown>, options: { key?: Uint8Array | CryptoKey; alg?: string; expiresIn?: string; issuer?: string; audience?: string; kid?: string } = {}) => {
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: options.alg ?? 'HS256', ...(options.kid ? { kid: options.kid } : {}) })
      .setSubject('alice')
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m');
    if (options.issuer) jwt = jwt.setIssuer(options.issuer);
    if (options.audience) jwt = jwt.setAudience(options.audience);
    return jwt.sign(options.key ?? new TextEncoder().encode(secret));
  };

  it('HS256: the role claim decides, and expired, foreign, mis-addressed or role-less tokens are refused', async () => {
    const app = await createTestApp({ config: { jwt: { secret, roleClaim: 'role', issuer: 'https://id.bontang.example', audience: 'pentahelix' } } });
    try {
      const addressed = { issuer: 'https://id.bontang.example', audience: 'pentahelix' };
      const as = async (token: string, query: string, variables = {}) => send(app, query, { authorization: `Bearer ${token}` }, variables);
      const editor = await sign({ role: 'editor' }, addressed);
      expect((await as(editor, UPSERT, { input: stakeholder() })).body.data?.upsertStakeholder.created).toBe(true);
      const viewer = await sign({ role: 'VIEWER' }, addressed);
      expect((await as(viewer, READ)).body.data).toEqual({ stakeholder: { id: 'masata-bontang' } });
      expect(code((await as(viewer, UPSERT, { input: stakeholder() })).body)).toBe('FORBIDDEN');
      const admin = await sign({ role: ['viewer', 'admin'] }, addressed);
      expect((await as(admin, '{ apiKeys { id } }')).body.errors).toBeUndefined();

      const refused = [
        await sign({ role: 'EDITOR' }, { ...addressed, expiresIn: '-1m' }),
        await sign({ role: 'EDITOR' }, { ...addressed, key: new TextEncoder().encode('another-secret-that-is-long-enough-too') }),
        await sign({ role: 'EDITOR' }, { ...addressed, issuer: 'https://elsewhere.example' }),
        await sign({ role: 'EDITOR' }, { ...addressed, audience: 'another-api' }),
        await sign({ role: 'SUPERUSER' }, addressed),
        await sign({}, addressed),
      ];
      for (const token of refused) {
        expect((await as(token, READ)).body.errors?.[0], token).toMatchObject({ message: 'the credential is not valid', extensions: { code: 'UNAUTHENTICATED' } });
      }
    } finally {
      await app.close();
    }
  });

  it('JWKS: tokens signed by the provider pass, others fail, and an unreachable provider is SERVICE_UNAVAILABLE', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const stranger = await generateKeyPair('RS256');
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
    const provider: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)));
    provider.listen(0, '127.0.0.1');
    await once(provider, 'listening');
    const jwksUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/.well-known/jwks.json`;
    const app = await createTestApp({ config: { jwt: { jwksUrl, roleClaim: 'https://pentahelix/roles' } } });
    try {
      const good = await sign({ 'https://pentahelix/roles': ['EDITOR'] }, { key: privateKey, alg: 'RS256', kid: 'k1' });
      expect((await send(app, UPSERT, { authorization: `Bearer ${good}` }, { input: stakeholder() })).body.data?.upsertStakeholder.created).toBe(true);
      const forged = await sign({ 'https://pentahelix/roles': ['ADMIN'] }, { key: stranger.privateKey, alg: 'RS256', kid: 'k1' });
      expect(code((await send(app, READ, { authorization: `Bearer ${forged}` })).body)).toBe('UNAUTHENTICATED');
      // HS256 with the public key as the secret (the classic algorithm confusion) is refused.
      const confused = await sign({ 'https://pentahelix/roles': ['ADMIN'] }, { key: new TextEncoder().encode(JSON.stringify(jwks.keys[0])), kid: 'k1' });
      expect(code((await send(app, READ, { authorization: `Bearer ${confused}` })).body)).toBe('UNAUTHENTICATED');
    } finally {
      await app.close();
      provider.close();
    }
    const offline = await createTestApp({ config: { jwt: { jwksUrl, roleClaim: 'role' } } });
    try {
      const token = await sign({ role: 'EDITOR' }, { key: privateKey, alg: 'RS256', kid: 'k1' });
      expect(code((await send(offline, READ, { authorization: `Bearer ${token}` })).body)).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await offline.close();
    }
  });
});

describe('audit trail', () => {
  const TRAIL = `query Trail($where: AuditFilter, $first: Int, $after: String) {
    auditTrail(where: $where, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { at actor role operation action itemId outcome }
    }
  }`;

  it('records who created, updated and deleted an item, newest first, and nothing for a refused write', async () => {
    const input = stakeholder();
    await t.gql(UPSERT, { input }, 'EDITOR');
    await t.gql(UPSERT, { input: { ...input, name: 'Koperasi Uji Baru' } }, 'EDITOR');
    expect(code(await t.gql(UPSERT, { input: { ...input, helix: 'NOT_A_HELIX' } }, 'EDITOR'))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(UPSERT, { input: { ...input, regionId: 'no-such-region' } }, 'EDITOR'))).toBe('NOT_FOUND');
    await t.gql(DELETE, { id: input.id }, 'EDITOR');
    const { data } = await t.gql(TRAIL, { where: { itemId: input.id } }, 'ADMIN');
    const events = data!.auditTrail.nodes;
    expect(events.map((e: { outcome: string }) => e.outcome)).toEqual(['DELETED', 'UPDATED', 'CREATED']);
    expect(events[2]).toMatchObject({ role: 'EDITOR', operation: 'AddStakeholder', action: 'stakeholder.upsert', itemId: input.id });
    expect(events[0]).toMatchObject({ operation: 'RemoveStakeholder', action: 'stakeholder.delete' });
    expect(events[0].actor).toMatch(/^key:[0-9a-f]{12}$/);
    expect(new Set(events.map((e: { actor: string }) => e.actor)).size).toBe(1);
    expect(Date.parse(events[0].at)).toBeGreaterThanOrEqual(Date.parse(events[2].at));
  });

  it('pages and filters by actor, action and time', async () => {
    const ids = [unique('trust-org'), unique('trust-org'), unique('trust-org')];
    const since = new Date().toISOString();
    for (const id of ids) await t.gql(UPSERT, { input: stakeholder(id) }, 'EDITOR');
    const where = { action: 'stakeholder.upsert', since };
    const first = await t.gql(TRAIL, { where, first: 2 }, 'ADMIN');
    expect(first.data!.auditTrail.pageInfo.hasNextPage).toBe(true);
    const rest = await t.gql(TRAIL, { where, first: 100, after: first.data!.auditTrail.pageInfo.endCursor }, 'ADMIN');
    const seen = [...first.data!.auditTrail.nodes, ...rest.data!.auditTrail.nodes].map((e: { itemId: string }) => e.itemId);
    for (const id of ids) expect(seen.filter((s) => s === id)).toHaveLength(1);
    const future = await t.gql(TRAIL, { where: { since: new Date(Date.now() + 60_000).toISOString() } }, 'ADMIN');
    expect(future.data!.auditTrail.totalCount).toBe(0);
    const badFilter = await t.gql(TRAIL, { where: { since: 'yesterday' } }, 'ADMIN');
    expect(badFilter.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'where.since' });
  });

  it('records key management', async () => {
    const created = await t.gql('mutation NewKey { createApiKey(name: "audited", role: VIEWER) { apiKey { id } } }', {}, 'ADMIN');
    const id = created.data!.createApiKey.apiKey.id;
    await t.gql(`mutation { revokeApiKey(id: "${id}") }`, {}, 'ADMIN');
    const { data } = await t.gql(TRAIL, { where: { itemId: id } }, 'ADMIN');
    expect(data!.auditTrail.nodes.map((e: { action: string }) => e.action)).toEqual(['api_key.revoke', 'api_key.create']);
    expect(data!.auditTrail.nodes[1]).toMatchObject({ role: 'ADMIN', operation: 'NewKey' });
  });
});

describe('document limits, each just below and just above', () => {
  const rejectedAt = async (query: string) => {
    const result = await t.gql(query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/limit/i);
    expect(code(result)).toBe('BAD_USER_INPUT');
  };
  const accepted = async (query: string) => expect((await t.gql(query)).errors).toBeUndefined();

  it(`depth ${LIMITS.depth}`, async () => {
    // region(1) parent(2) ... id: depth = parents + 2
    const nested = (depth: number) => `{ region(id: "indonesia") { ${'parent { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
    await accepted(nested(LIMITS.depth));
    await rejectedAt(nested(LIMITS.depth + 1));
  });

  it('depth counts introspection too: the bypasses through __schema are closed', async () => {
    await accepted(getIntrospectionQuery());
    const tooDeep = `region(id: "indonesia") { ${'parent { '.repeat(LIMITS.depth)}id${' }'.repeat(LIMITS.depth)} }`;
    await rejectedAt(`{ __schema { types { ${'fields { type { '.repeat(7)}name${' } }'.repeat(7)} } } }`);
    await rejectedAt(`query __schema { ${tooDeep} }`);
    await rejectedAt(`{ __schema { queryType { name } } ${tooDeep} }`);
    await rejectedAt(`query q { ...__schema } fragment __schema on Query { ${tooDeep} }`);
    await rejectedAt(`{ __schema: ${tooDeep} }`);
  });

  it(`aliases ${LIMITS.aliases}`, async () => {
    // __typename aliases are free in graphql-armor; aliases of real fields count.
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: region(id: "indonesia") { id }`).join(' ')} }`;
    await accepted(aliased(LIMITS.aliases));
    await rejectedAt(aliased(LIMITS.aliases + 1));
  });

  it(`directives ${LIMITS.directives}`, async () => {
    const directed = (n: number) => `{ ${Array.from({ length: n }, () => '__typename @include(if: true)').join(' ')} }`;
    await accepted(directed(LIMITS.directives));
    await rejectedAt(directed(LIMITS.directives + 1));
  });

  it(`tokens ${LIMITS.tokens}`, async () => {
    const tokens = (query: string) => {
      const lexer = new Lexer(new Source(query));
      let n = 0;
      while (lexer.advance().kind !== TokenKind.EOF) n++;
      return n;
    };
    // Each string of the list is one token; the page of ids is then refused by the service's own
    // cap of 1,000 ids, so the token limit is the only thing told apart here.
    const withIds = (n: number) => `{ stakeholders(where: { ids: [${'"x" '.repeat(n)}] }) { totalCount } }`;
    const n = LIMITS.tokens - tokens(withIds(0));
    expect(tokens(withIds(n))).toBe(LIMITS.tokens);
    const below = await t.gql(withIds(n));
    expect(below.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'where.ids' });
    const above = await t.gql(withIds(n + 1));
    expect(above.errors?.[0]?.message).toMatch(/Token limit/);
  });

  it(`cost ${LIMITS.cost}`, async () => {
    // graphql-armor prices stakeholders(first: n) { totalCount } at n x (2 + 1.5 x 1) before
    // anything runs; the largest n within the limit passes it and is then refused by the page
    // cap (so nothing runs either way), one more is refused by the cost limit itself.
    const n = Math.floor(LIMITS.cost / 3.5);
    const within = await t.gql(`{ stakeholders(first: ${n}) { totalCount } }`);
    expect(within.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const over = await t.gql(`{ stakeholders(first: ${n + 1}) { totalCount } }`);
    expect(over.errors?.[0]?.message).toMatch(/Cost limit/);
  });

  it('page size and path length caps', async () => {
    expect((await t.gql('{ stakeholders(first: 100) { totalCount } }')).errors).toBeUndefined();
    expect((await t.gql('{ stakeholders(first: 101) { totalCount } }')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const path = (hops: number) => `{ path(from: "masata-bontang", to: "disnaker-bontang", options: { maxHops: ${hops} }) { reason } }`;
    expect((await t.gql(path(8))).errors).toBeUndefined();
    expect((await t.gql(path(9))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'options.maxHops' });
  });

  it('gives no field suggestions', async () => {
    const result = await t.gql('{ stakeholdr(id: "masata-bontang") { id } }');
    expect(result.errors?.[0]?.message).toBeDefined();
    expect(JSON.stringify(result)).not.toMatch(/Did you mean|stakeholder/);
  });
});

describe('HTTP: body size, CSRF, rate limits, production mode', () => {
  const listen = async (app: TestApp) => {
    app.app.server.listen(0, '127.0.0.1');
    await once(app.app.server, 'listening');
    return `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}/graphql`;
  };

  it('accepts a body of exactly the cap and refuses one byte more with 413, and a body of unknown length with 411', async () => {
    const cap = 4096;
    const app = await createTestApp({ config: { maxBodyBytes: cap, anonymousRole: 'VIEWER' } });
    const url = await listen(app);
    try {
      const bodyOf = (size: number) => {
        const base = JSON.stringify({ query: '{ __typename }' });
        return JSON.stringify({ query: `{ __typename }${' '.repeat(size - base.length)}` });
      };
      const post = (body: string | ReadableStream) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, ...(typeof body === 'string' ? {} : { duplex: 'half' }) });
      expect(Buffer.byteLength(bodyOf(cap))).toBe(cap);
      const atCap = await post(bodyOf(cap));
      expect(atCap.status).toBe(200);
      expect(await atCap.json()).toEqual({ data: { __typename: 'Query' } });
      const over = await post(bodyOf(cap + 1));
      expect(over.status).toBe(413);
      expect(await over.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      const chunked = await post(new Blob([bodyOf(100)]).stream());
      expect(chunked.status).toBe(411);
    } finally {
      app.app.server.close();
      await app.close();
    }
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF), accepts JSON and the CSRF header', async () => {
    const app = await createTestApp({ config: { anonymousRole: 'VIEWER' } });
    try {
      const form = await app.app.yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(form.status).toBe(403);
      expect(await form.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
      const get = await app.app.yoga.fetch('http://test/graphql?query=%7B__typename%7D', { headers: { accept: 'application/json' } });
      expect(get.status).toBe(403);
      const withHeader = await app.app.yoga.fetch('http://test/graphql?query=%7B__typename%7D', { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
      expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
      expect((await send(app, '{ __typename }', {})).body).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await app.close();
    }
  });

  it('limits each client to its rate: the request at the limit passes, the next gets 429 with Retry-After, others are unaffected', async () => {
    const limit = 5;
    const app = await createTestApp({ config: { rateLimitPerMinute: limit } });
    try {
      // createTestApp spends no requests; each client below starts with a full allowance.
      const viewer = { authorization: `Bearer ${app.key('VIEWER')}` };
      for (let i = 0; i < limit; i++) expect((await send(app, '{ __typename }', viewer)).status).toBe(200);
      const over = await send(app, '{ __typename }', viewer);
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(code(over.body)).toBe('RATE_LIMITED');
      expect((await send(app, '{ __typename }', { authorization: `Bearer ${app.key('EDITOR')}` })).status).toBe(200);
      // Guessing credentials is throttled by address like any other traffic.
      for (let i = 0; i < limit; i++) expect(code((await send(app, '{ __typename }', { authorization: 'Bearer phg_guess' })).body)).toBe('UNAUTHENTICATED');
      expect((await send(app, '{ __typename }', { authorization: 'Bearer phg_guess' })).status).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('turns introspection and GraphiQL off in production, and keeps them in development', async () => {
    const prod = await createTestApp({ config: { NODE_ENV: 'production', graphiql: true, anonymousRole: 'VIEWER' } });
    const dev = await createTestApp({ config: { NODE_ENV: 'development', graphiql: true, anonymousRole: 'VIEWER' } });
    try {
      const introspect = '{ __schema { queryType { name } } }';
      expect((await send(prod, introspect, {})).body.errors?.[0]?.message).toMatch(/introspection/i);
      expect((await send(dev, introspect, {})).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const page = (app: TestApp) => app.app.yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
      expect((await page(dev)).headers.get('content-type')).toMatch(/text\/html/);
      expect((await page(prod)).headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    } finally {
      await prod.close();
      await dev.close();
    }
  });

  it('a refused request changes nothing', async () => {
    const before = await graphFingerprint(t.db);
    await t.gql(UPSERT, { input: stakeholder() }, 'VIEWER');
    await t.gql(`mutation { ${Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: upsertStakeholder(input: { id: "x-${i}", name: "X", helix: MEDIA, kind: NEWS_OUTLET }) { created }`).join(' ')} }`, {}, 'EDITOR');
    expect(await graphFingerprint(t.db)).toBe(before);
  });
});
