/**
 * `npm run bench:export [-- --size 10000] [--rounds 2]`: streams every export format of the
 * cached synthetic graph to files through the service's batched reader (under the default
 * 15 s per-query limit, as the service runs), against the floor: a raw neo4j-driver read of
 * the same labels and ties, in one unbounded transaction per collection, records counted and
 * dropped. Rows/s of each, interleaved in the same run, and their ratio.
 */
import { createWriteStream } from 'node:fs';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { Database } from '../src/db/database.js';
import { EXPORT_FORMATS } from '../src/exchange/formats.js';
import { ExportService } from '../src/services/export-service.js';
import { CACHE, logger, openGraph } from './graphs.js';
import { table, time } from './harness.js';

const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '2' } } });
const size = Number(values.size);
const rounds = Number(values.rounds);
const OUT = path.join(CACHE, 'export-out');

const { neo4j: embedded, db: setup, info } = await openGraph(size, 7);
await setup.close();
// The service's own limit: no single query of an export may need more.
const db = new Database({ uri: embedded.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 15_000, logger });
const driver = neo4j.driver(embedded.uri);
const exports = new ExportService(db);

/** What each format reads, as raw Cypher: the floor. */
const RAW: Record<(typeof EXPORT_FORMATS)[number], string[]> = {
  JSON: ['Source', 'Region', 'Stakeholder', 'Person', 'Participation', 'Collaboration', 'Program'].map((label) => `MATCH (n:${label}) RETURN n`),
  CSV: ['Source', 'Region', 'Stakeholder', 'Participation', 'Collaboration', 'Program'].map((label) => `MATCH (n:${label}) RETURN n`),
  GRAPHML: ['MATCH (n:Stakeholder) RETURN n', 'MATCH (a:Stakeholder)-[t:WORKS_WITH]->(b:Stakeholder) RETURN a.id, b.id, t'],
};

async function raw(format: (typeof EXPORT_FORMATS)[number]): Promise<number> {
  let rows = 0;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for (const cypher of RAW[format]) {
      const tx = await session.beginTransaction();
      for await (const _record of tx.run(cypher)) rows++;
      await tx.commit();
    }
  } finally {
    await session.close();
  }
  return rows;
}

async function streamed(format: (typeof EXPORT_FORMATS)[number]): Promise<{ rows: number; bytes: number }> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const streams: ReturnType<typeof createWriteStream>[] = [];
  const report = await exports.stream(exports.parse({ format }), true, (target) => {
    const stream = createWriteStream(path.join(OUT, target.name));
    streams.push(stream);
    return { write: async (chunk) => void (stream.write(chunk) || (await once(stream, 'drain'))) };
  });
  await Promise.all(streams.map((stream) => new Promise((resolve) => stream.end(resolve))));
  const bytes = report.files.reduce((sum, file) => sum + statSync(path.join(OUT, file)).size, 0);
  return { rows: Object.values(report.counts).reduce((a, b) => a + b, 0), bytes };
}

const rows: Array<Record<string, string | number>> = [];
try {
  for (const format of EXPORT_FORMATS) {
    const ours: number[] = [];
    const floor: number[] = [];
    let exported = { rows: 0, bytes: 0 };
    let read = 0;
    for (let round = 0; round < rounds; round++) {
      const a = await time(() => raw(format));
      const b = await time(() => streamed(format));
      read = a.value;
      exported = b.value;
      floor.push(a.value / (a.ms / 1000));
      ours.push(b.value.rows / (b.ms / 1000));
    }
    const best = (xs: number[]) => Math.max(...xs);
    rows.push({
      format,
      'rows exported': exported.rows,
      'MB written': (exported.bytes / 1024 / 1024).toFixed(1),
      'export rows/s': Math.round(best(ours)),
      'raw read rows': read,
      'raw read rows/s': Math.round(best(floor)),
      'ratio (export / raw)': (best(ours) / best(floor)).toFixed(2),
    });
  }
  console.log(`synthetic graph: ${info.stakeholders} stakeholders, ${info.ties} ties; best of ${rounds} interleaved rounds\n`);
  console.log(table(rows));
} finally {
  await driver.close();
  await db.close();
  await embedded.stop();
  rmSync(OUT, { recursive: true, force: true });
}
