import type { Tx } from './database.js';
import type { NodeType } from './graph-store.js';

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
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await tx.rows<{ id: string; type: NodeType }>(
    'items.lock',
    `UNWIND $ids AS id
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
     RETURN item.id AS id, [l IN labels(item) WHERE l <> 'Entity'][0] AS type`,
    { ids: wanted },
  );
  const requested = new Set(wanted);
  return new Map(rows.filter((r) => requested.has(r.id)).map((r) => [r.id, r.type]));
}
