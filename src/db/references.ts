import type { Tx } from './database.js';
import { NODE_TYPES, type NodeType } from './graph-store.js';

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

/**
 * Creates the node of an id unless it exists and tells whether it was new. MERGE takes the
 * uniqueness constraint's lock, so of concurrent claims of one id exactly one creates it.
 */
export async function claimNode(tx: Tx, type: NodeType, id: string): Promise<boolean> {
  if (!NODE_TYPES.includes(type)) throw new Error(`not a node type: ${type}`);
  const [row] = await tx.rows<{ created: boolean }>(
    `claim.${type}`,
    `MERGE (n:${type} {id: $id}) ON CREATE SET n:Entity, n.claimedAt = datetime()
     RETURN n.createdAt IS NULL AS created`,
    { id },
  );
  return row?.created ?? false;
}

/** The same for a participation or an assessment, whose id is its natural key. */
/** Items whose id is their natural key: not :Entity, looked up by their own label. */
export const KEYED_LABELS = ['Participation', 'Assessment'] as const;

export async function claimKeyed(tx: Tx, label: (typeof KEYED_LABELS)[number], id: string): Promise<boolean> {
  if (!KEYED_LABELS.includes(label)) throw new Error(`not a keyed label: ${String(label)}`);
  const [row] = await tx.rows<{ created: boolean }>(`${label.toLowerCase()}.claim`, `MERGE (n:${label} {id: $id}) RETURN n.createdAt IS NULL AS created`, { id });
  return row?.created ?? false;
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
