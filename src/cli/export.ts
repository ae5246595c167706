import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ExportService } from '../services/export-service.js';
import { connectForTool } from './connection.js';

/**
 * `npm run export -- --format json|csv|graphml [--region kota-bontang] [--as-of 2024-12-31] [--out exports]`
 * streams the export's files into the folder, batch by batch (no size limit, no single query
 * timeout), printing its progress; contact details are included (this is the database owner's
 * tool). Runs beside the service (see connectForTool), which serves the same files at
 * GET /export/<file>.
 */
const { values } = parseArgs({ options: { format: { type: 'string', default: 'json' }, region: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string', default: 'exports' } } });
const config = loadConfig();
const connection = await connectForTool(config);
const exports = new ExportService(connection.db);
const streams: WriteStream[] = [];
try {
  const request = exports.parse({ format: values.format.toUpperCase(), scope: { region: values.region, asOf: values['as-of'] } });
  await mkdir(values.out, { recursive: true });
  const started = performance.now();
  const report = await exports.stream(
    request,
    true,
    (target) => {
      const stream = createWriteStream(path.join(values.out, target.name));
      streams.push(stream);
      return { write: async (chunk) => void (stream.write(chunk) || (await once(stream, 'drain'))) };
    },
    {
      progress: (batch, counts) =>
        process.stderr.write(`\r${batch.collection}: ${counts[batch.collection]} (${((performance.now() - started) / 1000).toFixed(1)} s)`.padEnd(60)),
    },
  );
  await Promise.all(streams.map((stream) => new Promise((resolve) => stream.end(resolve))));
  process.stderr.write('\n');
  const items = Object.values(report.counts).reduce((a, b) => a + b, 0);
  const seconds = (performance.now() - started) / 1000;
  for (const file of report.files) console.log(`wrote ${path.join(values.out, file)}`);
  console.log(`${items} items in ${seconds.toFixed(1)} s (${Math.round(items / seconds)} items/s): ${Object.entries(report.counts).map(([c, n]) => `${n} ${c}`).join(', ')}`);
  if (!report.unchanged) console.warn('the graph changed while it was exported: items written meanwhile may be missing or refer to missing items; export again for a settled copy');
} catch (error) {
  process.exitCode = 1;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nthe export failed: ${message.split('\n')[0]}`);
} finally {
  for (const stream of streams) stream.destroy();
  await connection.close();
}
