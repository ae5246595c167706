import type { Helix } from '../domain/vocabulary.js';
import { inKeyOrder } from './batch.js';
import type { Database } from './database.js';
import { luceneQuery } from './pagination.js';
import { PROGRAM_FIELDS } from './program-store.js';
import { PERSON_FIELDS } from './reference-store.js';
import { personRow, programRow, stakeholderRow, type PersonRow, type ProgramRow, type StakeholderRow } from './rows.js';
import { STAKEHOLDER_FIELDS } from './stakeholder-store.js';
import { TIE_IN_TIME, tieFigures, timeParams, type TimeFilter } from './time.js';
import { int } from './values.js';

/** Node labels that are public types: an allow-list for resolving `node(id)`. */
export const NODE_TYPES = ['Stakeholder', 'Program', 'Collaboration', 'Source', 'Region', 'Person', 'Interaction'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface TypedId {
  id: string;
  type: NodeType;
  /** The id the item has now: another one when `id` was merged into it (a redirect). */
  current: string;
}

/**
 * Properties a search hit may carry alone, by type, as stored (an allow-list, in projection
 * order): a search whose selection asks no other field of its hits fetches only these.
 */
export const PLAIN_HIT_FIELDS = {
  Stakeholder: ['id', 'name', 'aliases', 'helix', 'kind', 'description', 'website', 'tags'],
  Program: ['id', 'name', 'aliases', 'kind', 'description', 'venue'],
  Person: ['id', 'name', 'aliases'],
} as const;
export type HitType = keyof typeof PLAIN_HIT_FIELDS;

/** What a search reads of its hits: of each type the plain properties named, or (null) whole rows. */
export type HitFields = Record<HitType, readonly string[]> | null;

/** A hit's item with at least what the ranking reads (id, name and aliases). */
type Hit<R extends { id: string; name: string; aliases: string[] }> = Pick<R, 'id' | 'name' | 'aliases'> & Partial<R>;

/**
 * A search hit with its item: the row its loader would give (`whole`), so a search is one round
 * trip, or the plain properties the search was asked to read.
 */
export type SearchCandidate = { score: number } & (
  | { type: 'Stakeholder'; whole: true; row: StakeholderRow }
  | { type: 'Program'; whole: true; row: ProgramRow }
  | { type: 'Person'; whole: true; row: PersonRow }
  | { type: 'Stakeholder'; whole: false; row: Hit<StakeholderRow> }
  | { type: 'Program'; whole: false; row: Hit<ProgramRow> }
  | { type: 'Person'; whole: false; row: Hit<PersonRow> }
);

const HIT_KEYS = { id: true, name: true, aliases: true } as const;
const CANDIDATE_ROWS = {
  whole: { Stakeholder: stakeholderRow, Program: programRow, Person: personRow },
  plain: { Stakeholder: stakeholderRow.partial().required(HIT_KEYS), Program: programRow.partial().required(HIT_KEYS), Person: personRow.partial().required(HIT_KEYS) },
} as const;

export interface NetworkTie {
  source: string;
  target: string;
  weight: number;
  collaborations: number;
  programs: number;
}

/**
 * The search statement: the best `$limit` of each full-text index (organisations and
 * programmes; people), in the index's order, each with its row (`fields` null) or the plain
 * properties named of its type, id, name and aliases always (the ranking reads them).
 */
export function searchStatement(fields: HitFields): string {
  const plain = (type: HitType, v: string) => {
    const named = PLAIN_HIT_FIELDS[type].filter((f) => f in HIT_KEYS || fields![type].includes(f));
    return `${v} {${named.map((f) => `.${f}`).join(', ')}}`;
  };
  const [stakeholder, program, person] = fields ? [plain('Stakeholder', 's'), plain('Program', 'p'), plain('Person', 'n')] : [STAKEHOLDER_FIELDS, PROGRAM_FIELDS, PERSON_FIELDS];
  return `CALL db.index.fulltext.queryNodes('search', $lucene, {limit: $limit}) YIELD node, score
  WITH node AS s, node AS p, score
  RETURN CASE WHEN s:Stakeholder THEN 'Stakeholder' ELSE 'Program' END AS type, score,
         CASE WHEN s:Stakeholder THEN ${stakeholder} ELSE ${program} END AS row
  UNION ALL
  CALL db.index.fulltext.queryNodes('person_search', $lucene, {limit: $limit}) YIELD node AS n, score
  RETURN 'Person' AS type, score, ${person} AS row`;
}

/** The search with whole rows. */
export const SEARCH = searchStatement(null);

export class GraphStore {
  constructor(private readonly db: Database) {}

  /** The type of each id's item, following a merged id's redirect to the item it became. */
  async typesOf(ids: readonly string[]): Promise<(TypedId | null)[]> {
    const rows = await this.db.query<TypedId>(
      'node.types',
      `UNWIND $ids AS id MATCH (n:Entity {id: id})
       OPTIONAL MATCH (to:Entity {id: n.to}) WHERE n:Redirect
       WITH id, coalesce(to, n) AS item
       WITH id, item, [l IN labels(item) WHERE l IN $types][0] AS type WHERE type IS NOT NULL
       RETURN id, type, item.id AS current`,
      { ids, types: NODE_TYPES },
    );
    return inKeyOrder(ids, rows, (r) => r.id);
  }

  /** Candidates for a search: organisations and programmes, and people, each with its row or the plain `fields`, best first in each index. */
  async search(text: string, limit: number, fields: HitFields = null): Promise<SearchCandidate[]> {
    const lucene = luceneQuery(text);
    if (!lucene) return [];
    const whole = fields === null;
    const rows = await this.db.query<{ type: HitType; score: number; row: unknown }>(whole ? 'search' : 'search.plain', searchStatement(fields), { lucene, limit: int(limit) });
    return rows.map(({ type, score, row }, i) => {
      const parsed = CANDIDATE_ROWS[whole ? 'whole' : 'plain'][type].safeParse(row);
      if (!parsed.success) throw new Error(`row ${i} of search has an unexpected shape: ${parsed.error.message}`);
      return { type, whole, score, row: parsed.data } as SearchCandidate;
    });
  }

  /**
   * Breadth-first neighbourhood, one query per layer: bounded by `limit` at every step, where a
   * variable-length pattern would enumerate every path through the hubs.
   */
  async network(
    centers: string[],
    depth: number,
    options: TimeFilter & { helices: Helix[] | null; limit: number },
  ): Promise<{ depths: Map<string, number>; ties: NetworkTie[]; truncated: boolean }> {
    // As of a date, ties are weighed and counted from the facts started by then.
    const figures = tieFigures(Boolean(options.asOf));
    return this.db.read('network', async (tx) => {
      const present = await tx.rows<{ id: string }>('network.centers', 'UNWIND $centers AS id MATCH (s:Stakeholder {id: id}) RETURN s.id AS id', { centers });
      const depths = new Map(present.map((r) => [r.id, 0]));
      let frontier = [...depths.keys()];
      let truncated = false;
      for (let level = 1; level <= depth && frontier.length > 0; level++) {
        const remaining = options.limit - depths.size;
        if (remaining <= 0) {
          truncated = true;
          break;
        }
        const next = await tx.rows<{ id: string }>(
          'network.layer',
          `UNWIND $frontier AS id
           MATCH (:Stakeholder {id: id})-[t:WORKS_WITH]-(o:Stakeholder)
           WHERE NOT o.id IN $seen AND ($helices IS NULL OR o.helix IN $helices) AND ${TIE_IN_TIME}
           WITH o, max(${figures.weight}) AS strongest
           RETURN o.id AS id ORDER BY strongest DESC, id LIMIT $limit`,
          { frontier, seen: [...depths.keys()], helices: options.helices, ...timeParams(options), limit: int(remaining + 1) },
        );
        if (next.length > remaining) {
          truncated = true;
          next.length = remaining;
        }
        for (const row of next) depths.set(row.id, level);
        frontier = next.map((r) => r.id);
      }
      const ties = await tx.rows<NetworkTie>(
        'network.ties',
        `UNWIND $ids AS id
         MATCH (a:Stakeholder {id: id})-[t:WORKS_WITH]->(b:Stakeholder)
         WHERE b.id IN $ids AND ${TIE_IN_TIME}
         RETURN a.id AS source, b.id AS target, ${figures.weight} AS weight, ${figures.collaborations} AS collaborations, ${figures.programs} AS programs`,
        { ids: [...depths.keys()], ...timeParams(options) },
      );
      return { depths, ties, truncated };
    });
  }
}
