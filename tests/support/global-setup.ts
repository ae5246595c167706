import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrations.js';
import { startEmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { createLogger } from '../../src/logger.js';
import { loadDataset, readCuratedSeed } from '../../src/seed/load.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

interface SharedDatabase {
  started: Promise<{ uri: string; stop(): Promise<void> }>;
  users: number;
}

/** Where the projects of one run find the database: each project runs its own global setup. */
const SHARED = Symbol.for('pentahelix.tests.neo4j');
const registry = globalThis as { [SHARED]?: SharedDatabase };

async function startDatabase() {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pentahelix-test-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '1g', pageCache: '256m', logger });
  const db = new Database({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 30_000, logger });
  await migrate(db, logger);
  await loadDataset(db, await readCuratedSeed());
  await db.close();
  return {
    uri: neo4j.uri,
    async stop() {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One real Neo4j for the whole run: a fresh store in a temporary directory, on a free port,
 * with the schema migrated and the curated seed loaded. The integration and e2e projects both
 * use this setup and share the one database (the last to finish stops it). Test files isolate
 * by their own ids rather than wiping, so they can share it.
 */
export default async function setup(project: TestProject) {
  const shared = (registry[SHARED] ??= { started: startDatabase(), users: 0 });
  shared.users++;
  const database = await shared.started;
  project.provide('neo4jUri', database.uri);
  return async () => {
    if (--shared.users > 0) return;
    delete registry[SHARED];
    await database.stop();
  };
}
