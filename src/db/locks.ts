import type { Database, Tx } from './database.js';
import type { WriteScope } from '../domain/roles.js';
import type { NodeType } from './graph-store.js';
import { itemOf, PLACE_STATEMENT, placementMap, placementOf, scopeParams, type Placement } from './write-scope.js';

/**
 * Takes the write locks a write's checks depend on, at the start of its transaction, so that
 * what it checks cannot change before it commits (Neo4j reads are read-committed: without a
 * lock, a concurrent delete can land between a check and the write it guards).
 *
 * Locked with each item: a stakeholder's collaborations and partners, and a collaboration's
 * parties. These are what a delete checks ("would a collaboration be left with one party?")
 * and what the tie recomputation rewrites, so two writes sharing any of them wait for each
 * other. Everything is locked in one statement in id order: two writes lock their common items
 * in the same order, which keeps deadlocks rare (those left are retried; see Database).
 *
 * A write to a node (a property set and removed at once) is how Neo4j 5 takes a node's lock
 * without APOC. Returns the type of each item found among `ids`; an id missing from the
 * answer does not exist (any more).
 */
export async function lockItems(tx: Tx, ids: Iterable<string>): Promise<Map<string, NodeType>> {
  return (await lockAndPlace(tx, ids, [], null)).found;
}

/**
 * lockItems, and in the same statement, once every lock is held, where each of `written` (items
 * among `ids` the write changes) stands before the write, for a scoped editor's check.
 */
export async function lockAndPlace(
  tx: Tx,
  ids: Iterable<string>,
  written: string[],
  scope: WriteScope | null,
): Promise<{ found: Map<string, NodeType>; before: Placement[] }> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return { found: new Map(), before: [] };
  const placing = scope !== null && written.length > 0;
  const rows = await tx.rows<{ id: string | null; type: NodeType | null; placement: Placement | null }>(
    placing ? 'items.lock_and_place' : 'items.lock',
    lockStatement(placing),
    { ids: wanted, written, ...(placing ? scopeParams(scope) : {}) },
  );
  const requested = new Set(wanted);
  return {
    found: new Map(rows.flatMap((r) => (r.id !== null && r.type !== null && requested.has(r.id) ? [[r.id, r.type] as const] : []))),
    before: rows.flatMap((r) => (r.placement ? [r.placement] : [])),
  };
}

function lockStatement(placing: boolean): string {
  return `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       RETURN n AS item
       UNION
       MATCH (n:Stakeholder)-[:PARTY_TO|WORKS_WITH]-(item) RETURN item
       UNION
       MATCH (n:Collaboration)<-[:PARTY_TO]-(item) RETURN item
     }
     WITH DISTINCT item ORDER BY item.id
     SET item.locking = true
     REMOVE item.locking
     ${
       placing
         ? // collect() holds every lock before anything is placed.
           `WITH collect(item) AS locked
            CALL (locked) {
              UNWIND locked AS item
              RETURN item.id AS id, [l IN labels(item) WHERE l <> 'Entity'][0] AS type, null AS placement
              UNION ALL
              UNWIND $written AS writtenId
              // An item this write has just claimed (no createdAt yet) was not there before it.
              ${itemOf('writtenId', 'w')}
              WITH w WHERE w.createdAt IS NOT NULL
              ${placementOf('w')}
              RETURN null AS id, null AS type, ${placementMap('w')} AS placement
            }
            RETURN id, type, placement`
         : "RETURN item.id AS id, [l IN labels(item) WHERE l <> 'Entity'][0] AS type, null AS placement"
     }`;
}

/**
 * Plans the scoped editors' two statements ahead (EXPLAIN runs nothing): they are long, and
 * their first plan takes a moment the first scoped write should not wait for.
 */
export async function prepareScopeStatements(db: Database): Promise<void> {
  const params = { ids: ['-'], written: ['-'], ...scopeParams({ regions: ['-'], programs: ['-'] }) };
  // No time limit: planning is not a query's work, and a loaded machine may take long over it.
  await db.write(
    'write_scope.prepare',
    async (tx) => {
      await tx.rows('items.lock_and_place', `EXPLAIN ${lockStatement(true)}`, params);
      await tx.rows('write_scope.place', `EXPLAIN ${PLACE_STATEMENT}`, params);
    },
    0,
  );
}
