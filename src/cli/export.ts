import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { createLogger } from '../logger.js';
import { ExportService } from '../services/export-service.js';

/**
 * `npm run export -- --format json|csv|graphml [--region kota-bontang] [--as-of 2024-12-31] [--out exports]` writes
 * the export's files into the folder (contact details included: this is the database owner's
 * tool). Uses NEO4J_URI, or the embedded database (stop `npm start` first).
 */
const { values } = parseArgs({ options: { format: { type: 'string', default: 'json' }, region: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string', default: 'exports' } } });
const config = loadConfig();
const connection = await connect(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL));
try {
  const files = await new ExportService(connection.db).exportGraph(
    { format: values.format.toUpperCase(), scope: { region: values.region, asOf: values['as-of'] } },
    true,
  );
  await mkdir(values.out, { recursive: true });
  for (const file of files) {
    await writeFile(path.join(values.out, file.name), file.content);
    console.log(`wrote ${path.join(values.out, file.name)} (${file.content.length} bytes)`);
  }
} finally {
  await connection.close();
}
