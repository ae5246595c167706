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

async function startDatabase() {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pentahelix-test-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '1g', pageCache: '256m', logger });
  // Setting up has no per-query limit (0): a busy machine must not fail the run before it starts.
  const db = new Database({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 0, logger });
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
 * A real Neo4j for each project of the run: a fresh store in a temporary directory, on a free
 * port, with the schema migrated and the curated seed loaded. Test files of a project isolate
 * by their own ids rather than wiping; the integration and e2e projects run at the same time,
 * so each has a database of its own (what an integration file writes and deletes must not
 * appear, then vanish, on the page an e2e test is reading).
 */
export default async function setup(project: TestProject) {
  const database = await startDatabase();
  project.provide('neo4jUri', database.uri);
  return () => database.stop();
}
