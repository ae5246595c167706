import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { writeBackup } from '../db/backup.js';
import { connectForTool } from './connection.js';

/**
 * `npm run backup -- [--out backups/pentahelix-<time>.jsonl.gz]` writes a gzipped backup of the
 * whole database (graph, evidence, audit trail, snapshots, API key hashes) while the service
 * runs: it connects to NEO4J_URI, or to the running service's embedded database on
 * 127.0.0.1:NEO4J_EMBEDDED_PORT, or (service stopped) starts the embedded store itself.
 * The file appears under its name only once complete.
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? path.join('backups', `pentahelix-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`);
const partial = `${out}.partial`;
const config = loadConfig();
const connection = await connectForTool(config);
try {
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  const lines = new PassThrough();
  const written = pipeline(lines, createGzip(), createWriteStream(partial));
  const started = performance.now();
  const counts = await writeBackup(
    connection.db,
    async (line) => {
      if (!lines.write(line)) await once(lines, 'drain');
    },
    (c) => process.stderr.write(`\r${c.nodes} nodes, ${c.relationships} relationships`.padEnd(50)),
  );
  lines.end();
  await written;
  await rename(partial, out);
  process.stderr.write('\n');
  console.log(
    `backed up ${counts.nodes} nodes and ${counts.relationships} relationships (graph version ${counts.graphVersion}) ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s to ${out}`,
  );
} catch (error) {
  process.exitCode = 1;
  await rm(partial, { force: true });
  console.error(`\nthe backup failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
} finally {
  await connection.close();
}
