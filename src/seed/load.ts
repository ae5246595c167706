import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT_DIR } from '../config.js';
import type { Database, Tx } from '../db/database.js';
import { bumpGraphVersion } from '../db/graph-version.js';
import { buildTiesFromLowerIds, recomputeTies } from '../db/ties.js';
import {
  upsertCollaborations,
  upsertParticipations,
  upsertPeople,
  upsertPrograms,
  upsertRegions,
  upsertSources,
  upsertStakeholders,
} from '../db/writes.js';
import { REGION_LEVELS } from '../domain/vocabulary.js';
import { parseDataset, type Dataset } from '../domain/dataset.js';

export const CURATED_SEED = path.join(ROOT_DIR, 'seeds', 'pentahelix.json');

export async function readCuratedSeed(file = CURATED_SEED): Promise<Dataset> {
  return parseDataset(JSON.parse(await readFile(file, 'utf8')));
}

/** Writes a whole dataset inside one transaction: all of it lands, or none of it. */
export async function writeDataset(tx: Tx, data: Dataset): Promise<void> {
  await upsertSources(tx, data.sources);
  await upsertRegions(tx, sortRegions(data.regions));
  await upsertStakeholders(tx, sortByDepth(data.stakeholders, (s) => s.unitOf));
  await upsertPeople(tx, data.people);
  const touched = [
    ...(await upsertPrograms(tx, sortByDepth(data.programs, (p) => p.partOf))),
    ...(await upsertParticipations(tx, data.participations)),
    ...(await upsertCollaborations(tx, data.collaborations)),
  ];
  await recomputeTies(tx, touched);
  await bumpGraphVersion(tx);
}

export async function loadDataset(db: Database, data: Dataset): Promise<void> {
  await db.write('seed.load', (tx) => writeDataset(tx, data));
}

export interface BulkLoadReport {
  stakeholders: number;
  ties: number;
  factsMs: number;
  tiesMs: number;
}

/**
 * Loads a large dataset in batches of `batchSize` rows per transaction (facts first, then the
 * derived ties, each pair built once from its lower id). Not all-or-nothing: it is for
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
  await inBatches('bulk.sources', data.sources, upsertSources);
  await inBatches('bulk.regions', sortRegions(data.regions), upsertRegions);
  await inBatches('bulk.stakeholders', sortByDepth(data.stakeholders, (s) => s.unitOf), upsertStakeholders);
  await inBatches('bulk.people', data.people, upsertPeople);
  await inBatches('bulk.programs', sortByDepth(data.programs, (p) => p.partOf), upsertPrograms);
  await inBatches('bulk.participations', data.participations, upsertParticipations);
  await inBatches('bulk.collaborations', data.collaborations, upsertCollaborations, Math.max(1, Math.floor(batchSize / 2)));
  const factsDone = performance.now();

  const ids = data.stakeholders.map((s) => s.id).sort();
  await inBatches('bulk.clear_ties', ids, clearTies, batchSize);
  await inBatches('bulk.ties', ids, buildTiesFromLowerIds, Math.max(1, Math.floor(batchSize / 4)));
  await db.write('bulk.version', (tx) => bumpGraphVersion(tx));
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

/** Parents before children, so each batch can link to what is already written. */
function sortRegions<T extends { level: (typeof REGION_LEVELS)[number] }>(regions: T[]): T[] {
  return [...regions].sort((a, b) => REGION_LEVELS.indexOf(a.level) - REGION_LEVELS.indexOf(b.level));
}

function sortByDepth<T extends { id: string }>(rows: T[], parentOf: (row: T) => string | undefined): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const depth = new Map<string, number>();
  const depthOf = (row: T): number => {
    let d = 0;
    const seen = new Set<string>();
    for (let parent = parentOf(row); parent && byId.has(parent) && !seen.has(parent); parent = parentOf(byId.get(parent)!)) {
      seen.add(parent);
      d++;
    }
    return d;
  };
  for (const row of rows) depth.set(row.id, depthOf(row));
  return [...rows].sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
}
