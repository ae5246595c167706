import type { ChangedItem, ChangedItemType, ChangeReach, ItemChange } from '../domain/changes.js';
import type { Tx } from './database.js';
import { int } from './values.js';

/** What one write changed, for caches that patch themselves rather than rebuild, and for the change feed. */
export interface GraphChange {
  /** Stakeholders whose ties the write recomputed. */
  stakeholders: string[];
  /** Ids of the items written (a stakeholder or region re-describes the stakeholders below it). */
  items: string[];
  /** The write's name. */
  action: string;
  /** Each item the write created, updated or deleted, with its type. */
  changed: ChangedItem[];
  /** Where the change reaches, before and after the write (see change-reach). */
  reach: ChangeReach;
}

/** A change as the log keeps it: under the version it produced, with its commit time. */
export interface LoggedChange extends GraphChange {
  version: number;
  at: string;
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
      `CREATE (:GraphChange {version: $version, at: datetime(), action: $action, stakeholders: $stakeholders, items: $items,
                             changedIds: $changedIds, changedTypes: $changedTypes, changes: $changes,
                             regions: $regions, programs: $programs, helices: $helices})
       WITH 1 AS done MATCH (old:GraphChange) WHERE old.version <= $version - $keep DELETE old`,
      {
        version: int(version),
        action: change.action,
        stakeholders: [...new Set(change.stakeholders)],
        items: change.items,
        // Neo4j lists hold no maps: the changed items go in three parallel lists.
        changedIds: change.changed.map((c) => c.id),
        changedTypes: change.changed.map((c) => c.type),
        changes: change.changed.map((c) => c.change),
        ...change.reach,
        keep: int(CHANGE_LOG_LENGTH),
      },
    );
  }
  return version;
}

/** The changes after `since` up to `until`, or null when the log misses any of those versions. */
export async function readGraphChanges(tx: Tx, since: number, until: number): Promise<LoggedChange[] | null> {
  if (until < since) return null;
  const changes = await readChangeLog(tx, since, until);
  return changes.length === until - since ? changes : null;
}

/** The entries the log holds after `since` up to `until`, oldest first (versions it no longer keeps are absent). */
export async function readChangeLog(tx: Tx, since: number, until: number): Promise<LoggedChange[]> {
  // Entries written before the log said what changed read as changing nothing but their ties.
  const rows = await tx.rows<Omit<LoggedChange, 'changed'> & { changedIds: string[]; changedTypes: ChangedItemType[]; changes: ItemChange[] }>(
    'graph_change.since',
    `MATCH (c:GraphChange) WHERE c.version > $since AND c.version <= $until
     RETURN c.version AS version, coalesce(c.at, datetime()) AS at, coalesce(c.action, 'unknown') AS action,
            c.stakeholders AS stakeholders, c.items AS items,
            coalesce(c.changedIds, []) AS changedIds, coalesce(c.changedTypes, []) AS changedTypes, coalesce(c.changes, []) AS changes,
            {regions: coalesce(c.regions, []), programs: coalesce(c.programs, []), helices: coalesce(c.helices, [])} AS reach
     ORDER BY version`,
    { since: int(since), until: int(until) },
  );
  return rows.map(({ changedIds, changedTypes, changes, ...row }) => ({
    ...row,
    changed: changedIds.map((id, i) => ({ id, type: changedTypes[i]!, change: changes[i]! })),
  }));
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
