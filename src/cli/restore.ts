import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { restoreBackup } from '../db/backup.js';
import { connectForTool } from './connection.js';

/**
 * `npm run restore -- backups/pentahelix-....jsonl.gz` loads a backup into an empty store (it
 * refuses one with data): NEO4J_URI, the running service's embedded database, or the embedded
 * store in NEO4J_DATA_DIR. Restore into a fresh NEO4J_DATA_DIR, then start the service on it.
 */
const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error('usage: npm run restore -- <backup file (.jsonl.gz)>');
  process.exit(2);
}
const file = positionals[0]!;
const config = loadConfig();
const connection = await connectForTool(config);
try {
  const input = createReadStream(file);
  const lines = createInterface({ input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  const started = performance.now();
  const counts = await restoreBackup(connection.db, lines, (c) => process.stderr.write(`\r${c.nodes} nodes, ${c.relationships} relationships`.padEnd(50)));
  process.stderr.write('\n');
  console.log(`restored ${counts.nodes} nodes and ${counts.relationships} relationships (graph version ${counts.graphVersion}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  process.exitCode = 1;
  console.error(`\nthe restore failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
} finally {
  await connection.close();
}
