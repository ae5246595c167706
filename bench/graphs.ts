/**
 * What the benchmarks share: the synthetic graphs, generated once per size and seed and kept
 * under bench/.cache/ (reused by later runs), and a private Python with the reference
 * libraries (NetworkX, igraph) for timings on the same graph.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrations.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/embedded/neo4j-launcher.js';
import { createLogger } from '../src/logger.js';
import { bulkLoadDataset } from '../src/seed/load.js';
import { generateDataset } from '../src/seed/synthetic.js';
import { time } from './harness.js';

export const CACHE = process.env.BENCH_CACHE ?? path.join(ROOT_DIR, 'bench', '.cache');
export const RESULTS = process.env.BENCH_RESULTS ?? path.join(ROOT_DIR, 'bench', 'results');
export const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');

export interface GraphInfo {
  size: number;
  seed: number;
  stakeholders: number;
  ties: number;
  generateMs: number;
  factsMs: number;
  tiesMs: number;
}

/** Starts the embedded Neo4j on the cached graph of this size, building it the first time. */
export async function openGraph(size: number, seed: number): Promise<{ neo4j: EmbeddedNeo4j; db: Database; info: GraphInfo }> {
  const dir = path.join(CACHE, `graph-${size}-seed-${seed}`);
  const marker = path.join(dir, 'graph.json');
  const fresh = !existsSync(marker);
  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const heap = size >= 100_000 ? '6g' : '2g';
  const embedded = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'store'), port: 0, heap, pageCache: size >= 100_000 ? '3g' : '1g', logger });
  const db = new Database({ uri: embedded.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 600_000, logger });
  await migrate(db, logger);
  if (fresh) {
    const generated = await time(() => generateDataset({ stakeholders: size, seed }));
    const report = await bulkLoadDataset(db, generated.value);
    const info: GraphInfo = { size, seed, stakeholders: report.stakeholders, ties: report.ties, generateMs: generated.ms, factsMs: report.factsMs, tiesMs: report.tiesMs };
    writeFileSync(marker, JSON.stringify(info, null, 2));
  }
  return { neo4j: embedded, db, info: JSON.parse(readFileSync(marker, 'utf8')) as GraphInfo };
}

/** A private Python with NetworkX and igraph for the reference timings (null when Python or the packages are missing). */
export function referencePython(): string | null {
  const venv = path.join(CACHE, 'venv');
  const python = path.join(venv, 'bin', 'python');
  const ready = path.join(venv, 'reference-ready');
  if (!existsSync(ready)) {
    if (!existsSync(python) && spawnSync('python3', ['-m', 'venv', venv], { stdio: 'ignore' }).status !== 0) return null;
    // NetworkX's PageRank and eigenvector run on numpy/scipy; igraph's PageRank on PRPACK.
    if (spawnSync(python, ['-m', 'pip', 'install', '--quiet', 'networkx==3.*', 'numpy', 'scipy', 'igraph==0.11.*'], { stdio: 'ignore' }).status !== 0) return null;
    writeFileSync(ready, '');
  }
  return python;
}
