import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { EXPLORER_MANIFEST, loadTrustedOperations, operationId } from '../../src/graphql/trusted-operations.js';
import * as page from '../../web/src/queries.js';
import { createTestApp, unique, type GraphQLResponse, type TestApp } from '../support/app.js';

const PARTNER_UPSERT = 'mutation PartnerUpsert($input: StakeholderInput!) { upsertStakeholder(input: $input) { created stakeholder { id } } }';
const STAKEHOLDER_NAME = 'query StakeholderName($id: ID!) { stakeholder(id: $id) { id name } }';

const manifestOf = (...documents: string[]) => Object.fromEntries(documents.map((d) => [operationId(d), d]));

/** A web root holding only the Explorer's manifest, and a directory with one partner app's manifest. */
function manifests(): { root: string; webRoot: string; manifestsDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'trusted-'));
  const webRoot = path.join(root, 'dist');
  const manifestsDir = path.join(root, 'manifests');
  mkdirSync(webRoot);
  mkdirSync(manifestsDir);
  writeFileSync(path.join(webRoot, EXPLORER_MANIFEST), JSON.stringify(manifestOf(page.VIEWER, page.SEARCH)));
  writeFileSync(path.join(manifestsDir, 'partner-app.json'), JSON.stringify(manifestOf(PARTNER_UPSERT)));
  return { root, webRoot, manifestsDir };
}

describe('trusted operations', () => {
  let dirs: ReturnType<typeof manifests>;
  let trusted: TestApp;
  let open: TestApp;

  /** A raw request body, as an app sends it; status and answer. */
  async function send(t: TestApp, body: Record<string, unknown>, role: 'VIEWER' | 'EDITOR' = 'VIEWER') {
    const response = await t.app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.key(role)}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  }

  const stakeholderExists = async (id: string) => (await open.gql(STAKEHOLDER_NAME, { id })).data?.stakeholder != null;

  beforeAll(async () => {
    dirs = manifests();
    trusted = await createTestApp({ config: { webRoot: dirs.webRoot, manifestsDir: dirs.manifestsDir, trustedOperations: 'manifest' } });
    open = await createTestApp({ config: { webRoot: dirs.webRoot, manifestsDir: dirs.manifestsDir, trustedOperations: 'off' } });
  });
  afterAll(async () => {
    await trusted.close();
    await open.close();
    rmSync(dirs.root, { recursive: true, force: true });
  });

  it("runs the Explorer's registered operations by id, as documentId or as Apollo's persisted query extension", async () => {
    const byId = await send(trusted, { documentId: operationId(page.VIEWER) });
    expect(byId.status).toBe(200);
    expect(byId.body.data).toEqual({ viewer: { role: 'VIEWER', authenticated: true, scope: null } });
    const apq = await send(trusted, { variables: { text: 'masata', first: 3 }, extensions: { persistedQuery: { version: 1, sha256Hash: operationId(page.SEARCH) } } });
    expect(apq.body.errors).toBeUndefined();
    expect((apq.body.data as { search: Array<{ node: { id: string } }> }).search.map((r) => r.node.id)).toEqual(expect.arrayContaining([expect.stringMatching(/^masata-/)]));
  });

  it("runs another app's manifest from the manifests directory, with the caller's role rules", async () => {
    const id = unique('partner-app');
    const input = { id, name: `Partner app ${id}`, helix: 'COMMUNITY', kind: 'COMMUNITY_ORGANISATION' };
    const asViewer = await send(trusted, { documentId: operationId(PARTNER_UPSERT), variables: { input } });
    expect(asViewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asEditor = await send(trusted, { documentId: operationId(PARTNER_UPSERT), variables: { input } }, 'EDITOR');
    expect(asEditor.body.errors).toBeUndefined();
    expect(asEditor.body.data).toEqual({ upsertStakeholder: { created: true, stakeholder: { id } } });
  });

  it('refuses a document that is not registered, with OPERATION_NOT_TRUSTED, and runs none of it', async () => {
    const id = unique('untrusted');
    const refused = await send(trusted, { query: PARTNER_UPSERT.replace('PartnerUpsert', 'Sneaky'), variables: { input: { id, name: 'Sneaky', helix: 'MEDIA', kind: 'COMMUNITY_ORGANISATION' } } }, 'EDITOR');
    expect(refused.status).toBe(403);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'OPERATION_NOT_TRUSTED' }) })]);
    expect(await stakeholderExists(id)).toBe(false);
    // A registered document sent as text is refused too: trusted mode runs ids only.
    const asText = await send(trusted, { query: page.VIEWER });
    expect(asText.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
    const both = await send(trusted, { query: page.VIEWER, documentId: operationId(page.VIEWER) });
    expect(both.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for an unknown id, and a clear error for a request naming no operation', async () => {
    const unknown = await send(trusted, { documentId: operationId('query Other { viewer { role } }') });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const none = await send(trusted, { variables: {} });
    expect(none.status).toBe(400);
    expect(none.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(none.body.errors?.[0]?.message).toContain('documentId');
  });

  it('in development accepts any document, and still resolves registered ids', async () => {
    const text = await send(open, { query: 'query Anything { viewer { role } }' });
    expect(text.body).toEqual({ data: { viewer: { role: 'VIEWER' } } });
    const byId = await send(open, { documentId: operationId(page.VIEWER) });
    expect(byId.body.data).toEqual({ viewer: { role: 'VIEWER', authenticated: true, scope: null } });
    const unknown = await send(open, { documentId: operationId('query Other { viewer { role } }') });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('trusted operations configuration', () => {
  it('is on by default in production and off in development, and can be set either way', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).TRUSTED_OPERATIONS).toBe('manifest');
    expect(loadConfig({ NODE_ENV: 'development' }).TRUSTED_OPERATIONS).toBe('off');
    expect(loadConfig({}).TRUSTED_OPERATIONS).toBe('off');
    expect(loadConfig({ NODE_ENV: 'production', TRUSTED_OPERATIONS: 'off' }).TRUSTED_OPERATIONS).toBe('off');
    expect(loadConfig({ NODE_ENV: 'development', TRUSTED_OPERATIONS: 'manifest' }).TRUSTED_OPERATIONS).toBe('manifest');
  });

  it('refuses a manifest whose id is not the hash of its document, naming the app', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trusted-bad-'));
    try {
      writeFileSync(path.join(dir, 'forged.json'), JSON.stringify({ [operationId('query A { viewer { role } }')]: 'mutation B { revokeApiKey(id: "x") }' }));
      expect(() => loadTrustedOperations({ webRoot: dir, manifestsDir: dir })).toThrow(/manifest forged: [0-9a-f]{64} is not the SHA-256 of its document/);
      writeFileSync(path.join(dir, 'forged.json'), JSON.stringify({ 'not-a-hash': 'query A { viewer { role } }' }));
      expect(() => loadTrustedOperations({ webRoot: dir, manifestsDir: dir })).toThrow(/manifest forged: not-a-hash: expected a SHA-256/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
