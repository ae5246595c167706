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

/** A search hit with its item's row (what the item's loader would give), so a search is one round trip. */
export type SearchCandidate = { score: number } & (
  | { type: 'Stakeholder'; row: StakeholderRow }
  | { type: 'Program'; row: ProgramRow }
  | { type: 'Person'; row: PersonRow }
);

const CANDIDATE_ROWS = { Stakeholder: stakeholderRow, Program: programRow, Person: personRow } as const;

export interface NetworkTie {
  source: string;
  target: string;
  weight: number;
  collaborations: number;
  programs: number;
}

/**
 * The search statement: the best `$limit` of each full-text index (organisations and
 * programmes; people), in the index's order, each with the row its loader would read.
 */
export const SEARCH = `CALL db.index.fulltext.queryNodes('search', $lucene, {limit: $limit}) YIELD node, score
  WITH node AS s, node AS p, score
  RETURN CASE WHEN s:Stakeholder THEN 'Stakeholder' ELSE 'Program' END AS type, score,
         CASE WHEN s:Stakeholder THEN ${STAKEHOLDER_FIELDS} ELSE ${PROGRAM_FIELDS} END AS row
  UNION ALL
  CALL db.index.fulltext.queryNodes('person_search', $lucene, {limit: $limit}) YIELD node AS n, score
  RETURN 'Person' AS type, score, ${PERSON_FIELDS} AS row`;

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

  /** Candidates for a search: organisations and programmes, and people, each with its row, best first in each index. */
  async search(text: string, limit: number): Promise<SearchCandidate[]> {
    const lucene = luceneQuery(text);
    if (!lucene) return [];
    const rows = await this.db.query<{ type: SearchCandidate['type']; score: number; row: unknown }>('search', SEARCH, { lucene, limit: int(limit) });
    return rows.map(({ type, score, row }, i) => {
      const parsed = CANDIDATE_ROWS[type].safeParse(row);
      if (!parsed.success) throw new Error(`row ${i} of search has an unexpected shape: ${parsed.error.message}`);
      return { type, score, row: parsed.data } as SearchCandidate;
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
