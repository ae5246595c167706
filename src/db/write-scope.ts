import type { WriteScope } from '../domain/roles.js';
import type { Database, Tx } from './database.js';
import { KEYED_LABELS } from './references.js';
import { regionsWorkedIn } from './region-scope.js';

/**
 * Where an item is placed, for a scoped editor's writes: the regions and programmes it falls
 * within (each with every region or programme above it). A scope contains the item when any of
 * those places is one of the scope's regions or programmes; an item nothing places (a source no
 * fact cites yet, an organisation not yet based or active anywhere) is in no one's area.
 *
 * What an item stands for decides its places:
 * - a region, a program and a stakeholder stand for themselves;
 * - a collaboration for its parties and its program, a participation for its stakeholder and
 *   its program, a person for the stakeholders they hold office in;
 * - any other item (a source, an assessment, an interaction...) for what it is directly linked
 *   to, read by these same rules: so a new kind of item is placed without a change here.
 *
 * And the places of what it stands for:
 * - a region: itself; a program: itself, and where it or a programme above it is held;
 * - a stakeholder: where it works (the one region rule, region-scope.ts), and the programs it
 *   takes part in, directly or through a collaboration under them.
 */
const placesItself = (x: string) => `(${x}:Region OR ${x}:Program OR ${x}:Stakeholder)`;
const standsForOthers = (x: string) => `(${x}:Collaboration OR ${x}:Participation OR ${x}:Person)`;
/** Derived links say nothing about where an item belongs. */
const NOT_A_LINK = ['WORKS_WITH'];

/** What `y` stands for, as a list. */
const subjectsOf = (y: string) => `
  CASE WHEN ${placesItself(y)} THEN [${y}] ELSE [] END
  + [(${y}:Collaboration)<-[:PARTY_TO]-(s:Stakeholder) | s] + [(${y}:Collaboration)-[:UNDER]->(p:Program) | p]
  + [(${y}:Participation)<-[:TAKES_PART]-(s:Stakeholder) | s] + [(${y}:Participation)-[:IN]->(p:Program) | p]
  + [(${y}:Person)-[:HOLDS]->(s:Stakeholder) | s]`;

/** The places of `subject`, as a list. */
const placesOf = (subject: string) => `
  [(${subject}:Region)-[:PART_OF*0..10]->(r:Region) | r]
  + [(${subject}:Program)-[:PART_OF*0..10]->(p:Program) | p]
  + [(${subject}:Program)-[:PART_OF*0..10]->(:Program)-[:IN_REGION]->(:Region)-[:PART_OF*0..10]->(r:Region) | r]
  + ${regionsWorkedIn(`${subject}:Stakeholder`)}
  + [(${subject}:Stakeholder)-[:TAKES_PART]->(:Participation)-[:IN]->(:Program)-[:PART_OF*0..10]->(p:Program) | p]
  + [(${subject}:Stakeholder)-[:PARTY_TO]->(:Collaboration)-[:UNDER]->(:Program)-[:PART_OF*0..10]->(p:Program) | p]`;

/** A list, or [null] in its place when empty: UNWIND keeps the row. */
const orNull = (list: string) => `CASE WHEN size(${list}) = 0 THEN [null] ELSE ${list} END`;

/**
 * A subquery over the item bound to `item` returning `placed` (something places it) and
 * `inside` (a place of it is in the scope given as $scopeRegions and $scopePrograms). Pattern
 * comprehensions, not UNION subqueries: the statement runs in every scoped write, and plans fast.
 */
export const placementOf = (item: string): string => `
  CALL (${item}) {
    WITH ${item} AS x
    WITH x, CASE WHEN ${placesItself('x')} OR ${standsForOthers('x')} THEN [x]
                 ELSE [(x)-[link]-(linked) WHERE NOT type(link) IN $notALink | linked] END AS items
    UNWIND ${orNull('items')} AS y
    WITH x, CASE WHEN y IS NULL THEN [] ELSE ${subjectsOf('y')} END AS subjects
    UNWIND ${orNull('subjects')} AS subject
    WITH x, CASE WHEN subject IS NULL THEN [] ELSE ${placesOf('subject')} END AS places
    WITH x, reduce(all = [], list IN collect(places) | all + list) AS places
    RETURN size(places) > 0 AS placed,
           any(p IN places WHERE (p:Region AND p.id IN $scopeRegions) OR (p:Program AND p.id IN $scopePrograms)) AS inside
  }`;

/** The parameters placementOf reads. */
export const scopeParams = (scope: WriteScope) => ({
  scopeRegions: [...scope.regions],
  scopePrograms: [...scope.programs],
  notALink: NOT_A_LINK,
});

/** Where an item stood or stands: its type and name for the refusal, whether it is placed and inside the scope. */
export interface Placement {
  id: string;
  type: string;
  name: string | null;
  placed: boolean;
  inside: boolean;
}

/**
 * The scoped editor's rule on one item where it stands (before or after a write): an item some
 * place puts outside the scope is not theirs to change; one nothing places is in no one's area.
 */
export const isOutside = (p: Placement): boolean => p.placed && !p.inside;

/** A Placement of the item bound to `item`, as a map (after placementOf). */
export const placementMap = (item: string) =>
  `{id: ${item}.id, type: [l IN labels(${item}) WHERE l <> 'Entity'][0], name: ${item}.name, placed: placed, inside: inside}`;

/** A subquery finding the item of the id bound to `id` as `node`, whatever its kind (keyed items are not :Entity). */
export const itemOf = (id: string, node: string) =>
  `CALL (${id}) { MATCH (${node}:Entity {id: ${id}}) RETURN ${node} ${KEYED_LABELS.map((label) => `UNION MATCH (${node}:${label} {id: ${id}}) RETURN ${node}`).join(' ')} }`;

export const PLACE_STATEMENT = `UNWIND $ids AS id
  ${itemOf('id', 'n')}
  ${placementOf('n')}
  RETURN ${placementMap('n')} AS placement`;

/** Where each of `ids` (any item, participations included) stands now; an id no longer there is left out. */
export async function placements(tx: Tx, ids: string[], scope: WriteScope): Promise<Placement[]> {
  if (ids.length === 0) return [];
  const rows = await tx.rows<{ placement: Placement }>('write_scope.place', PLACE_STATEMENT, { ids, ...scopeParams(scope) });
  return rows.map((r) => r.placement);
}

/**
 * Where items stand now, for a read telling a scoped editor what it may change: the statement the
 * write check runs, in a read transaction. One answer per id, null for an id not there.
 */
export class PlacementStore {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[], scope: WriteScope): Promise<Array<Placement | null>> {
    const found = await this.db.read('write_scope.place', (tx) => placements(tx, [...ids], scope));
    const byId = new Map(found.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
