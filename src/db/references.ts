import type { Tx } from './database.js';
import type { NodeType } from './graph-store.js';

export interface Reference {
  id: string;
  type: NodeType;
  /** Input path of the field that holds the reference, for the error. */
  field: string;
}

/** The references that do not resolve to an item of the expected type, checked in one query. */
export async function missingReferences(tx: Tx, refs: Reference[]): Promise<Reference[]> {
  if (refs.length === 0) return [];
  const rows = await tx.rows<{ index: number; ok: boolean }>(
    'references.check',
    `UNWIND range(0, size($refs) - 1) AS index
     WITH index, $refs[index] AS r
     OPTIONAL MATCH (n:Entity {id: r.id})
     RETURN index, n IS NOT NULL AND r.type IN labels(n) AS ok`,
    { refs },
  );
  return rows.filter((r) => !r.ok).map((r) => refs[r.index]!);
}

/** The public type of the item holding an id, or null when the id is free. */
export async function typeOfId(tx: Tx, id: string): Promise<NodeType | null> {
  const [row] = await tx.rows<{ type: NodeType }>(
    'references.type_of',
    "MATCH (n:Entity {id: $id}) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type",
    { id },
  );
  return row?.type ?? null;
}

/** Whether making `id` point at `parent` through `relation` would close a cycle. */
export async function wouldCycle(tx: Tx, relation: 'UNIT_OF' | 'PART_OF', id: string, parent: string): Promise<boolean> {
  const cypher = {
    UNIT_OF: 'MATCH (p:Stakeholder {id: $parent}) RETURN EXISTS { (p)-[:UNIT_OF*0..]->(:Stakeholder {id: $id}) } AS cycle',
    PART_OF: 'MATCH (p:Entity {id: $parent}) RETURN EXISTS { (p)-[:PART_OF*0..]->(:Entity {id: $id}) } AS cycle',
  }[relation];
  const [row] = await tx.rows<{ cycle: boolean }>(`references.cycle.${relation}`, cypher, { id, parent });
  return row?.cycle ?? false;
}
