import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT_DIR } from '../config.js';
import type { Database, Tx } from '../db/database.js';
import { buildTiesFromLowerIds } from '../db/ties.js';
import { parseDataset, type Dataset } from '../domain/dataset.js';
import { factSteps, mutate, mutateDataset } from '../services/mutation.js';

export const CURATED_SEED = path.join(ROOT_DIR, 'seeds', 'pentahelix.json');

export async function readCuratedSeed(file = CURATED_SEED): Promise<Dataset> {
  return parseDataset(JSON.parse(await readFile(file, 'utf8')));
}

/** Writes a whole dataset in one transaction through the one write path: all of it lands, or none of it. */
export function loadDataset(db: Database, data: Dataset): Promise<void> {
  return mutateDataset(db, 'seed.load', data, undefined, { audited: false });
}

export interface BulkLoadReport {
  stakeholders: number;
  ties: number;
  factsMs: number;
  tiesMs: number;
}

/**
 * Loads a large dataset in batches of `batchSize` rows per transaction (facts first, in the
 * order of the one write path, then the derived ties, each pair built once from its lower id;
 * the version last, through mutate). Not all-or-nothing: it is for
 * generated data, whose facts only involve its own stakeholders.
 */
export async function bulkLoadDataset(db: Database, data: Dataset, batchSize = 2_000): Promise<BulkLoadReport> {
  const started = performance.now();
  const inBatches = async <T>(name: string, rows: T[], write: (tx: Tx, batch: T[]) => Promise<unknown>, size = batchSize) => {
    for (let i = 0; i < rows.length; i += size) {
      const batch = rows.slice(i, i + size);
      await db.write(name, (tx) => write(tx, batch));
    }
  };
  for (const { collection, rows, write } of factSteps(data)) {
    // A collaboration carries its parties and evidence: half as many make a batch of the same weight.
    await inBatches(`bulk.${collection}`, rows, write, collection === 'collaborations' ? Math.max(1, Math.floor(batchSize / 2)) : batchSize);
  }
  const factsDone = performance.now();

  const ids = data.stakeholders.map((s) => s.id).sort();
  await inBatches('bulk.clear_ties', ids, clearTies, batchSize);
  await inBatches('bulk.ties', ids, buildTiesFromLowerIds, Math.max(1, Math.floor(batchSize / 4)));
  await mutate(db, 'bulk.version', () => Promise.resolve({ result: null }), { audited: false });
  const [count] = await db.query<{ ties: number }>('bulk.count_ties', 'MATCH ()-[t:WORKS_WITH]->() RETURN count(t) AS ties');
  return {
    stakeholders: data.stakeholders.length,
    ties: count?.ties ?? 0,
    factsMs: Math.round(factsDone - started),
    tiesMs: Math.round(performance.now() - factsDone),
  };
}

/** Ties of the loaded stakeholders go before they are rebuilt; nobody else's are touched. */
function clearTies(tx: Tx, ids: string[]) {
  return tx.rows('bulk.clear_ties', 'UNWIND $ids AS id MATCH (:Stakeholder {id: id})-[t:WORKS_WITH]-() DELETE t', { ids });
}
