import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ExchangeStore } from '../db/exchange-store.js';
import { connect } from '../db/connect.js';
import { createLogger } from '../logger.js';
import { ImportService } from '../services/import-service.js';
import type { ImportFormat } from '../exchange/files.js';

/**
 * `npm run import -- stakeholders.csv collaborations.csv [--dry-run] [--confirm "Badak LNG Bontang=badak-lng"]`
 * imports files (all of one format: .json, .csv or one .xlsx) all-or-nothing and prints the
 * report; exit code 1 when the import was rejected. Audited as `system`. Uses NEO4J_URI, or the
 * embedded database (stop `npm start` first).
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, confirm: { type: 'string', multiple: true, default: [] } },
});
const FORMATS: Record<string, ImportFormat> = { '.json': 'JSON', '.csv': 'CSV', '.xlsx': 'XLSX' };
const formats = new Set(positionals.map((f) => FORMATS[path.extname(f).toLowerCase()]));
const format = [...formats][0];
if (positionals.length === 0 || formats.size !== 1 || !format) {
  console.error('usage: npm run import -- <files of one format: .json, .csv or .xlsx> [--dry-run] [--confirm "text=id"]...');
  process.exit(2);
}
const files = await Promise.all(
  positionals.map(async (file) => ({ name: path.basename(file), content: await readFile(file, format === 'XLSX' ? 'base64' : 'utf8') })),
);
const confirmations = values.confirm.map((c) => {
  const at = c.lastIndexOf('=');
  return { value: c.slice(0, at), id: c.slice(at + 1) };
});

const config = loadConfig();
const connection = await connect(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL));
try {
  const report = await new ImportService(connection.db, new ExchangeStore(connection.db)).importGraph({ format, files, dryRun: values['dry-run'], confirmations });
  for (const p of report.problems) console.log(`${p.sheet}${p.row ? ` row ${p.row}` : ''}${p.column ? ` [${p.column}]` : ''}: ${p.message}`);
  for (const m of report.fuzzyMatches) console.log(`  to use it: --confirm "${m.value}=${m.candidateId}" (${m.candidateName}, similarity ${m.score})`);
  for (const c of report.counts) console.log(`${c.kind}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`);
  console.log(report.applied ? 'imported' : report.dryRun && report.problems.length === 0 ? 'dry run: nothing written' : `rejected: ${report.problems.length} problems, nothing written`);
  process.exitCode = report.problems.length > 0 ? 1 : 0;
} finally {
  await connection.close();
}
