import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Database } from '../src/db/database.js';
import { ExchangeStore } from '../src/db/exchange-store.js';
import { migrate } from '../src/db/migrations.js';
import { startEmbeddedNeo4j } from '../src/embedded/neo4j-launcher.js';
import { toCsv } from '../src/exchange/formats.js';
import { createLogger } from '../src/logger.js';
import { loadDataset } from '../src/seed/load.js';
import { generateDataset } from '../src/seed/synthetic.js';
import { ImportService } from '../src/services/import-service.js';

/**
 * Import throughput: `npm run bench:import -- [--stakeholders 20000]` generates a synthetic
 * register (stakeholders, collaborations, participations: about 5 rows per stakeholder), writes
 * it as the importer's CSV sheets, and imports it all-or-nothing into a fresh embedded Neo4j;
 * the baseline is the raw single-transaction loader (no parsing, matching or counting) on
 * another fresh store, in the same run. Prints rows/s and the ratio.
 */
const { values } = parseArgs({ options: { stakeholders: { type: 'string', default: '20000' }, seed: { type: 'string', default: '7' } } });
const logger = createLogger('warn');
const data = generateDataset({ stakeholders: Number(values.stakeholders), seed: Number(values.seed) });
const rows = data.sources.length + data.regions.length + data.stakeholders.length + data.programs.length + data.participations.length + data.collaborations.length;
const files = toCsv(data).map(({ name, content }) => ({ name, content }));

async function withFreshDatabase(work: (db: Database) => Promise<void>): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pentahelix-import-bench-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir: dir, port: 0, heap: '4g', pageCache: '1g', logger });
  const db = new Database({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 3_600_000, maxRetryMs: 0, logger });
  try {
    await migrate(db, logger);
    const started = performance.now();
    await work(db);
    return performance.now() - started;
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const baselineMs = await withFreshDatabase((db) => loadDataset(db, data));
const importMs = await withFreshDatabase(async (db) => {
  const report = await new ImportService(db, new ExchangeStore(db)).importGraph({ format: 'CSV', files });
  if (!report.applied) throw new Error(`import rejected: ${JSON.stringify(report.problems.slice(0, 5))}`);
});
const perSecond = (ms: number) => Math.round((rows / ms) * 1000);
console.log(
  `${rows} rows (${data.stakeholders.length} stakeholders, ${data.collaborations.length} collaborations, ${data.participations.length} participations) as CSV\n` +
    `import (parse, match, validate, one transaction, counts): ${(importMs / 1000).toFixed(1)} s, ${perSecond(importMs)} rows/s\n` +
    `baseline (raw loader, one transaction): ${(baselineMs / 1000).toFixed(1)} s, ${perSecond(baselineMs)} rows/s\n` +
    `import / baseline: ${(importMs / baselineMs).toFixed(2)}x`,
);
