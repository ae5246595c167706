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

/**
 * One real Neo4j for the whole integration run: a fresh store in a temporary directory, on a
 * free port, with the schema migrated and the curated seed loaded. Test files isolate by their
 * own ids rather than wiping, so they can share it.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pentahelix-test-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '1g', pageCache: '256m', logger });
  const db = new Database({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 30_000, logger });
  await migrate(db, logger);
  await loadDataset(db, await readCuratedSeed());
  await db.close();
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
