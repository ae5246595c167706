import type { Tx } from './database.js';

/**
 * A counter bumped by every write transaction that changes the graph, in that transaction.
 * Caches of derived data (the analytics projection) compare it with the version they were
 * built from, so a read after a write is never served stale, on any replica.
 */
export async function bumpGraphVersion(tx: Tx): Promise<number> {
  const [row] = await tx.rows<{ version: number }>(
    'graph_version.bump',
    "MERGE (m:GraphMeta {id: 'graph'}) ON CREATE SET m.version = 0 SET m.version = m.version + 1, m.changedAt = datetime() RETURN m.version AS version",
  );
  return row?.version ?? 0;
}

export async function readGraphVersion(tx: Tx): Promise<number> {
  const [row] = await tx.rows<{ version: number }>(
    'graph_version.read',
    "OPTIONAL MATCH (m:GraphMeta {id: 'graph'}) RETURN coalesce(m.version, 0) AS version",
  );
  return row?.version ?? 0;
}

/**
 * Takes the write lock of the graph's version node without changing it: a backup holds this
 * lock for its whole read, so a write that takes it too lands wholly before or after the backup.
 */
export async function lockGraph(tx: Tx): Promise<void> {
  await tx.rows('graph_version.lock', "MATCH (m:GraphMeta {id: 'graph'}) SET m.backupLock = true REMOVE m.backupLock");
}
