import type { ChangedItem, ChangedItemType, ChangeReach, ItemChange } from '../domain/changes.js';
import type { Database, Tx } from './database.js';
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
    `MERGE (m:GraphMeta {id: 'graph'}) ON CREATE SET m.version = 0 SET m.version = m.version + 1, m.changedAt = datetime()
     // A version the log has no entry for keeps its stamp here (see readVersionStamp).
     FOREACH (_ IN CASE WHEN $logged THEN [] ELSE [1] END | SET m.bulkVersion = m.version, m.bulkAt = m.changedAt)
     RETURN m.version AS version`,
    { logged: change !== undefined },
  );
  const version = row?.version ?? 0;
  if (change) {
    await tx.rows(
      'graph_change.record',
      // The version node's time, not datetime() again: the log keeps the version's stamp (readVersionStamp).
      `MATCH (m:GraphMeta {id: 'graph'})
       CREATE (:GraphChange {version: $version, at: m.changedAt, action: $action, stakeholders: $stakeholders, items: $items,
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
 * When `version` was committed: the version node's time while it is the current version; the
 * change log's after (the same transaction wrote both, so the stamp stays the same), or for the
 * last version the log has no entry for (a bulk load), the version node's record of it. Null when
 * none tells it (a version the log no longer keeps, or an empty store).
 */
export async function readVersionStamp(tx: Tx, version: number): Promise<string | null> {
  const [row] = await tx.rows<{ stamp: string | null }>(
    'graph_version.stamp',
    `OPTIONAL MATCH (m:GraphMeta {id: 'graph'})
     OPTIONAL MATCH (c:GraphChange {version: $version})
     RETURN toString(CASE $version WHEN m.version THEN m.changedAt WHEN m.bulkVersion THEN m.bulkAt ELSE c.at END) AS stamp`,
    { version: int(version) },
  );
  return row?.stamp ?? null;
}

/**
 * Takes the write lock of the graph's version node without changing it: a backup holds this
 * lock for its whole read, so a write that takes it too lands wholly before or after the backup.
 */
export async function lockGraph(tx: Tx): Promise<void> {
  await tx.rows('graph_version.lock', "MATCH (m:GraphMeta {id: 'graph'}) SET m.backupLock = true REMOVE m.backupLock");
}

/**
 * The graph version as a cache key needs it, read cheaply. With `maxAgeMs` 0 every call reads
 * the version (one small query). Above 0, a version read at most `maxAgeMs` ago is reused, and
 * so is a read still in flight that started within that time, unless a write committed through
 * this process since: this replica's own writes are seen by its next read at once, other
 * replicas' writes within `maxAgeMs`.
 */
export class GraphVersionClock {
  private last: { version: Promise<number>; writes: number; at: number } | null = null;

  constructor(
    private readonly db: Database,
    private readonly maxAgeMs: number,
  ) {}

  current(): Promise<number> {
    const writes = this.db.writesCommitted;
    const now = performance.now();
    const last = this.last;
    if (last && this.maxAgeMs > 0 && last.writes === writes && now - last.at <= this.maxAgeMs) return last.version;
    const version = this.db.read('graph_version.current', readGraphVersion);
    this.last = { version, writes, at: now };
    // A failed read is not reused: the next call tries again.
    version.catch(() => {
      if (this.last?.version === version) this.last = null;
    });
    return version;
  }
}
