import type { Tx } from './database.js';
import { int } from './values.js';

/** What one write changed, for caches that patch themselves rather than rebuild. */
export interface GraphChange {
  /** Stakeholders whose ties the write recomputed. */
  stakeholders: string[];
  /** Ids of the items written (a stakeholder or region re-describes the stakeholders below it). */
  items: string[];
}

/** How many versions the change log keeps; a cache further behind reloads in full. */
export const CHANGE_LOG_LENGTH = 1000;

/**
 * A counter bumped by every write transaction that changes the graph, in that transaction.
 * Caches of derived data (the analytics projection) compare it with the version they were
 * built from, so a read after a write is never served stale, on any replica. A write that
 * says what it changed also appends that to the change log under the new version; a version
 * with no entry (bulk loads, imports) tells caches to reload.
 */
export async function bumpGraphVersion(tx: Tx, change?: GraphChange): Promise<number> {
  const [row] = await tx.rows<{ version: number }>(
    'graph_version.bump',
    "MERGE (m:GraphMeta {id: 'graph'}) ON CREATE SET m.version = 0 SET m.version = m.version + 1, m.changedAt = datetime() RETURN m.version AS version",
  );
  const version = row?.version ?? 0;
  if (change) {
    await tx.rows(
      'graph_change.record',
      `CREATE (:GraphChange {version: $version, stakeholders: $stakeholders, items: $items})
       WITH 1 AS done MATCH (old:GraphChange) WHERE old.version <= $version - $keep DELETE old`,
      { version: int(version), stakeholders: [...new Set(change.stakeholders)], items: change.items, keep: int(CHANGE_LOG_LENGTH) },
    );
  }
  return version;
}

/** The changes after `since` up to `until`, or null when the log misses any of those versions. */
export async function readGraphChanges(tx: Tx, since: number, until: number): Promise<GraphChange[] | null> {
  if (until < since) return null;
  const rows = await tx.rows<GraphChange & { version: number }>(
    'graph_change.since',
    'MATCH (c:GraphChange) WHERE c.version > $since AND c.version <= $until RETURN c.version AS version, c.stakeholders AS stakeholders, c.items AS items ORDER BY version',
    { since: int(since), until: int(until) },
  );
  return rows.length === until - since ? rows : null;
}

export async function readGraphVersion(tx: Tx): Promise<number> {
  const [row] = await tx.rows<{ version: number }>(
    'graph_version.read',
    "OPTIONAL MATCH (m:GraphMeta {id: 'graph'}) RETURN coalesce(m.version, 0) AS version",
  );
  return row?.version ?? 0;
}
