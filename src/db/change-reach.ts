import type { ChangedItemType, ChangeReach } from '../domain/changes.js';
import type { Helix } from '../domain/vocabulary.js';
import type { Tx } from './database.js';
import { worksIn } from './region-scope.js';

/** Labels of the items a write changes, with the type the change log calls them. */
const ITEM_TYPE_OF_LABEL: Record<string, ChangedItemType> = {
  Stakeholder: 'STAKEHOLDER',
  Collaboration: 'COLLABORATION',
  Participation: 'PARTICIPATION',
  Program: 'PROGRAM',
  Region: 'REGION',
  Source: 'SOURCE',
  Person: 'PERSON',
  Assessment: 'ASSESSMENT',
  Interaction: 'INTERACTION',
};

/**
 * For each item: its type, the regions and programs it lies in (a program's, a collaboration's
 * or a participation's program with its parents, and that program's region with the regions
 * around it; a region with the regions around it), and the stakeholders it is about (itself,
 * a collaboration's parties, a participant, a person's organisations, the one assessed, those
 * taking part in an interaction).
 */
const ITEMS = `UNWIND $ids AS wanted
  CALL (wanted) { MATCH (n:Entity {id: wanted}) RETURN n UNION MATCH (n:Participation {id: wanted}) RETURN n }
  WITH n, COLLECT { MATCH (n)-[:UNDER|IN|SERVES|WITHIN*0..1]->(:Program)-[:PART_OF*0..10]->(p:Program) RETURN DISTINCT p.id } AS programs
  RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, programs,
    COLLECT {
      MATCH (n)-[:UNDER|IN|SERVES|WITHIN*0..1]->(:Program)-[:IN_REGION]->(:Region)-[:PART_OF*0..10]->(r:Region) RETURN r.id AS id
      UNION
      MATCH (n:Region)-[:PART_OF*0..10]->(r:Region) RETURN r.id AS id
    } AS regions,
    COLLECT {
      MATCH (n)<-[:PARTY_TO|TAKES_PART*0..1]-(s:Stakeholder) RETURN s.id AS id
      UNION
      MATCH (n:Person)-[:HOLDS]->(s:Stakeholder) RETURN s.id AS id
      UNION
      MATCH (n:Assessment)-[:ASSESSES]->(s:Stakeholder) RETURN s.id AS id
      UNION
      MATCH (n:Interaction)<-[:INVOLVED_IN]-(s:Stakeholder) RETURN s.id AS id
    } AS stakeholders`;

/** For each stakeholder: its helix, every region it works in (the region rule) and every program it takes part in, with parents. */
const STAKEHOLDERS = `UNWIND $ids AS wanted
  MATCH (s:Stakeholder {id: wanted})
  RETURN s.helix AS helix,
    COLLECT { ${worksIn('s', 'r:Region', 'r.id AS id')} } AS regions,
    COLLECT {
      MATCH (s)-[:TAKES_PART]->(:Participation)-[:IN]->(:Program)-[:PART_OF*0..10]->(p:Program) RETURN p.id AS id
      UNION
      MATCH (s)-[:PARTY_TO]->(:Collaboration)-[:UNDER]->(:Program)-[:PART_OF*0..10]->(p:Program) RETURN p.id AS id
    } AS programs`;

export interface ReachRead {
  /** The type of each of the items that exists. */
  types: Map<string, ChangedItemType>;
  reach: ChangeReach;
}

/**
 * Where the given items and stakeholders reach in the graph as it stands in `tx`: a write reads
 * it before its work (what a delete or a move takes away) and after (what it brings), so a
 * subscriber of either side hears of the change.
 */
export async function readReach(tx: Tx, items: readonly string[], stakeholders: readonly string[]): Promise<ReachRead> {
  const regions = new Set<string>();
  const programs = new Set<string>();
  const helices = new Set<Helix>();
  const types = new Map<string, ChangedItemType>();
  const people = new Set(stakeholders);
  if (items.length) {
    const rows = await tx.rows<{ id: string; label: string; programs: string[]; regions: string[]; stakeholders: string[] }>('change.reach_items', ITEMS, { ids: [...new Set(items)] });
    for (const row of rows) {
      const type = ITEM_TYPE_OF_LABEL[row.label];
      if (type) types.set(row.id, type);
      row.programs.forEach((p) => programs.add(p));
      row.regions.forEach((r) => regions.add(r));
      row.stakeholders.forEach((s) => people.add(s));
    }
  }
  if (people.size) {
    const rows = await tx.rows<{ helix: Helix; regions: string[]; programs: string[] }>('change.reach_stakeholders', STAKEHOLDERS, { ids: [...people] });
    for (const row of rows) {
      helices.add(row.helix);
      row.regions.forEach((r) => regions.add(r));
      row.programs.forEach((p) => programs.add(p));
    }
  }
  return { types, reach: { regions: [...regions].sort(), programs: [...programs].sort(), helices: [...helices].sort() } };
}
