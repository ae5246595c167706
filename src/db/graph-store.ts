import type { Helix } from '../domain/vocabulary.js';
import { inKeyOrder } from './batch.js';
import type { Database } from './database.js';
import { luceneQuery } from './pagination.js';
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

export interface SearchCandidate {
  id: string;
  type: 'Stakeholder' | 'Program' | 'Person';
  score: number;
  name: string;
  aliases: string[];
}

export interface NetworkTie {
  source: string;
  target: string;
  weight: number;
  collaborations: number;
  programs: number;
}

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

  /** Candidates for a search: organisations and programmes, and people, each with their names. */
  async search(text: string, limit: number): Promise<SearchCandidate[]> {
    const lucene = luceneQuery(text);
    if (!lucene) return [];
    return this.db.query(
      'search',
      `CALL db.index.fulltext.queryNodes('search', $lucene, {limit: $limit}) YIELD node, score
       RETURN node.id AS id, CASE WHEN node:Stakeholder THEN 'Stakeholder' ELSE 'Program' END AS type, score, node.name AS name, coalesce(node.aliases, []) AS aliases
       UNION ALL
       CALL db.index.fulltext.queryNodes('person_search', $lucene, {limit: $limit}) YIELD node, score
       RETURN node.id AS id, 'Person' AS type, score, node.name AS name, coalesce(node.aliases, []) AS aliases`,
      { lucene, limit: int(limit) },
    );
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
