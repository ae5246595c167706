import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, inject } from 'vitest';
import type { Role } from '../../src/domain/roles.js';
import { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrations.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createApp, type App, type AppConfig } from '../../src/server.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> & { code?: string; field?: string } }>;
}

export interface TestApp {
  app: App;
  db: Database;
  /** Sends an operation through the real yoga pipeline as a caller with this role (real API keys); any document, even when `app` runs only trusted ones. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, role?: Role): Promise<GraphQLResponse<T>>;
  /** The API key of a role, for requests built by hand. */
  key(role: 'VIEWER' | 'EDITOR' | 'ADMIN'): string;
  /** Sends an operation with this credential (a key or a token). */
  as<T = Record<string, any>>(credential: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** A unique suffix so each test's data never collides with another's. */
export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export async function createTestApp(options: { pathTimeLimitMs?: number; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const db = new Database({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: Number(process.env.TEST_QUERY_TIMEOUT_MS ?? 30_000), logger });
  const config: AppConfig = { graphiql: false, NODE_ENV: 'test', PATH_TIME_LIMIT_MS: options.pathTimeLimitMs ?? 5_000, anonymousRole: 'ANONYMOUS', ...options.config };
  const app = createApp(config, db, logger);
  // A test's own operations are documents of its own: when the app runs only trusted ones, they
  // go through a second app over the same database that runs any.
  const direct = config.trustedOperations === 'manifest' ? createApp({ ...config, trustedOperations: 'off' }, db, logger) : app;
  const keys = new Map<Role, string>();
  for (const role of ['VIEWER', 'EDITOR', 'ADMIN'] as const) {
    keys.set(role, (await app.services.stores.apiKeys.create(`test-${role.toLowerCase()}`, role)).key);
  }
  const send = async (credential: string | undefined, query: string, variables: Record<string, unknown>) => {
    const response = await direct.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(credential ? { authorization: `Bearer ${credential}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<any>;
  };
  return {
    app,
    db,
    gql: (query, variables = {}, role = 'VIEWER') => send(keys.get(role), query, variables),
    key: (role) => keys.get(role)!,
    as: (credential, query, variables = {}) => send(credential, query, variables),
    close: () => db.close(),
  };
}

/** Counts nodes and relationships: a failed write must leave both unchanged. */
export async function graphFingerprint(db: Database): Promise<string> {
  const [row] = await db.query<{ nodes: number; rels: number; props: number }>(
    'test.fingerprint',
    `MATCH (n) WHERE NOT n:ApiKey
     WITH count(n) AS nodes, sum(size(keys(n))) AS props
     MATCH ()-[r]->()
     RETURN nodes, count(r) AS rels, props`,
  );
  const [version] = await db.query<{ v: number }>('test.version', "MATCH (m:GraphMeta {id: 'graph'}) RETURN m.version AS v");
  return JSON.stringify({ ...row, version: version?.v });
}

/** Sends a write that must be refused (as EDITOR) and checks it changed nothing; returns the first error. */
export async function expectRejected(t: TestApp, query: string, variables: Record<string, unknown>) {
  const before = await graphFingerprint(t.db);
  const result = await t.gql(query, variables, 'EDITOR');
  expect(result.errors, JSON.stringify(result)).toBeDefined();
  expect(await graphFingerprint(t.db)).toBe(before);
  return result.errors![0]!;
}

/** A Neo4j of the test's own, on a fresh temporary store, migrated, with the app over it. */
export interface PrivateStore {
  dataDir: string;
  /** The running database; a test that stops and starts it again puts the new one here. */
  neo4j: EmbeddedNeo4j;
  db: Database;
  app: App;
  logger: Logger;
  /** Sends an operation through the app with this API key. */
  call<T = any>(key: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** For tests that stop the database, fill it, or compare all of it: nobody else writes there. */
export async function openPrivateStore(prefix: string, config: Partial<AppConfig> = {}, { queryTimeoutMs = 10_000 } = {}): Promise<PrivateStore> {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const dataDir = mkdtempSync(path.join(tmpdir(), `pentahelix-${prefix}-`));
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '512m', pageCache: '64m', logger });
  const db = new Database({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs, logger });
  await migrate(db, logger);
  const app = createApp({ graphiql: false, NODE_ENV: 'test', PATH_TIME_LIMIT_MS: 5_000, anonymousRole: 'VIEWER', ...config }, db, logger);
  const store: PrivateStore = {
    dataDir,
    neo4j,
    db,
    app,
    logger,
    call: async (key, query, variables = {}) => {
      const response = await app.yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    close: async () => {
      await db.close();
      await store.neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return store;
}
