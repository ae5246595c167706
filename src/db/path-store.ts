import type { Helix, StakeholderKind } from '../domain/vocabulary.js';
import type { Database } from './database.js';
import { TIE_IN_TIME, timeParams, type TimeFilter } from './time.js';
import { evidenceRow, parseRows, type EvidenceRow } from './rows.js';

export interface CypherPathOptions extends TimeFilter {
  maxHops: number;
  onlyHelices: Helix[] | null;
  onlyKinds: StakeholderKind[] | null;
  avoid: string[];
}

export interface HopFacts {
  from: string;
  to: string;
  weight: number;
  collaborations: string[];
  programs: string[];
  evidence: EvidenceRow[];
}

/** The largest hop bound a query may ask for (the API allows 8). */
export const HOP_LIMIT = 12;

/**
 * Variable-length bounds must be literals in Cypher; the bound comes from this table of
 * validated integers, never from request text.
 */
const BOUNDS = new Map(Array.from({ length: HOP_LIMIT }, (_, i) => [i + 1, `*..${i + 1}`]));

/** Intermediaries pass the helix, kind and avoid filters; the ends always pass. */
const PATH_PREDICATES = `
  all(n IN nodes(p) WHERE n = a OR n = b OR (
      ($helices IS NULL OR n.helix IN $helices) AND ($kinds IS NULL OR n.kind IN $kinds) AND NOT n.id IN $avoid))
  AND all(t IN relationships(p) WHERE ${TIE_IN_TIME})`;

/** The fewest-hop query, exported so a test can EXPLAIN exactly what runs. */
export function shortestPathCypher(maxHops: number): string {
  const bound = BOUNDS.get(maxHops);
  if (!bound) throw new RangeError(`maxHops must be 1..${HOP_LIMIT}`);
  return `MATCH (a:Stakeholder {id: $from}), (b:Stakeholder {id: $to})
          MATCH p = shortestPath((a)-[:WORKS_WITH${bound}]-(b))
          WHERE ${PATH_PREDICATES}
          RETURN [n IN nodes(p) | n.id] AS ids`;
}

export class PathStore {
  constructor(private readonly db: Database) {}

  /**
   * Fewest-hop path by Neo4j's own shortestPath: the planner runs a bidirectional BFS and
   * checks these all() predicates during the search. Returns the ids along the path, or null.
   */
  async shortest(from: string, to: string, options: CypherPathOptions, timeoutMs: number): Promise<string[] | null> {
    const cypher = shortestPathCypher(options.maxHops);
    const rows = await this.db.read(
      'path.shortest',
      (tx) =>
        tx.rows<{ ids: string[] }>('path.shortest', cypher, {
          from,
          to,
          helices: options.onlyHelices,
          kinds: options.onlyKinds,
          avoid: options.avoid,
          ...timeParams(options),
        }),
      timeoutMs,
    );
    return rows[0]?.ids ?? null;
  }

  /** The facts behind each consecutive pair of a path: shared collaborations, programs, evidence. */
  async hopFacts(pairs: Array<[string, string]>): Promise<HopFacts[]> {
    if (pairs.length === 0) return [];
    const rows = await this.db.query<Omit<HopFacts, 'evidence'> & { evidence: unknown[] }>(
      'path.hop_facts',
      `UNWIND $pairs AS pair
       MATCH (a:Stakeholder {id: pair[0]}), (b:Stakeholder {id: pair[1]})
       OPTIONAL MATCH (a)-[t:WORKS_WITH]-(b)
       WITH a, b, t,
            COLLECT { MATCH (a)-[:PARTY_TO]->(c:Collaboration)<-[:PARTY_TO]-(b)
                      RETURN c ORDER BY c.startedOn DESC, c.strength DESC LIMIT 5 } AS cs,
            COLLECT { MATCH (a)-[:TAKES_PART]->(pa:Participation)-[:IN]->(p:Program)<-[:IN]-(pb:Participation)<-[:TAKES_PART]-(b)
                      WITH DISTINCT p RETURN p ORDER BY p.startsOn DESC LIMIT 5 } AS ps
       RETURN a.id AS from, b.id AS to, coalesce(t.weight, 0.0) AS weight,
              [c IN cs | c.id] AS collaborations, [p IN ps | p.id] AS programs,
              COLLECT {
                UNWIND cs AS c
                MATCH (c)-[e:EVIDENCED_BY]->(src:Source)
                RETURN {ownerId: c.id, sourceId: src.id, quote: e.quote, confidence: e.confidence} AS ev
                UNION
                UNWIND ps AS p
                MATCH (x:Stakeholder)-[:TAKES_PART]->(pa:Participation)-[:IN]->(p)
                WHERE x = a OR x = b
                MATCH (pa)-[e:EVIDENCED_BY]->(src:Source)
                RETURN {ownerId: pa.id, sourceId: src.id, quote: e.quote, confidence: e.confidence} AS ev
              }[0..5] AS evidence`,
      { pairs },
    );
    const byPair = new Map(rows.map((r) => [`${r.from}\u0000${r.to}`, r]));
    return pairs.map(([from, to]) => {
      const row = byPair.get(`${from}\u0000${to}`);
      return {
        from,
        to,
        weight: row?.weight ?? 0,
        collaborations: row?.collaborations ?? [],
        programs: row?.programs ?? [],
        evidence: parseRows(evidenceRow, row?.evidence ?? [], 'path.hop_facts'),
      };
    });
  }
}
