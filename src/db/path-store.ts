import type { Helix, StakeholderKind } from '../domain/vocabulary.js';
import type { Database } from './database.js';
import { TIE_IN_TIME, timeParams, type TimeFilter } from './time.js';
import { z } from 'zod';
import { COLLABORATION_FIELDS } from './collaboration-store.js';
import { PROGRAM_FIELDS } from './program-store.js';
import { SOURCE_FIELDS } from './reference-store.js';
import {
  collaborationRow,
  evidenceRow,
  parseRows,
  programRow,
  sourceRow,
  stakeholderRow,
  type CollaborationRow,
  type EvidenceRow,
  type ProgramRow,
  type SourceRow,
  type StakeholderRow,
} from './rows.js';
import { STAKEHOLDER_FIELDS } from './stakeholder-store.js';

export interface CypherPathOptions extends TimeFilter {
  maxHops: number;
  onlyHelices: Helix[] | null;
  onlyKinds: StakeholderKind[] | null;
  avoid: string[];
}

/** What a hop's explanation is written from: the names (and kinds) of the facts behind it. */
export interface HopNames {
  collaborations: Array<{ name: string; kind: string }>;
  programs: Array<{ name: string }>;
}

/** A hop with the names of the facts behind it: what a read of its explanation, weight and ends needs. */
export interface HopSummary extends HopNames {
  from: string;
  to: string;
  weight: number;
}

export interface HopFacts extends HopSummary {
  /** Shared collaborations (newest first, at most 5): their rows, so reading them costs no other query. */
  collaborations: CollaborationRow[];
  /** Shared programs (newest first, at most 5). */
  programs: ProgramRow[];
  /** Quotes behind them, each with its source's row. */
  evidence: Array<EvidenceRow & { source: SourceRow }>;
}

/** Stakeholder properties a path read may fetch alone, as stored (an allow-list, in projection order). */
export const PLAIN_STAKEHOLDER_FIELDS = ['id', 'name', 'helix', 'kind', 'description', 'website'] as const;
export type PlainStakeholderField = (typeof PLAIN_STAKEHOLDER_FIELDS)[number];

/** A stakeholder on a path: its whole row, or its id and the plain properties the read asked for. */
export type PathStakeholder = Pick<StakeholderRow, 'id'> & Partial<StakeholderRow>;

/** A fewest-hop search: whether each end exists, the path (null: none found) and its hops (null: not asked). */
export interface ShortestPath {
  found: [boolean, boolean];
  /** The path's stakeholders' ids, both ends included. */
  ids: string[] | null;
  /** Their whole rows, when the shape named no properties. */
  stakeholders: StakeholderRow[] | null;
  /** Their ids and the plain properties the shape named, when it named some. */
  selected: PathStakeholder[] | null;
  /** Summaries for the `explained` detail, facts with their rows for `facts` and `evidence`. */
  hops: Array<HopSummary | HopFacts> | null;
}

const hopSummaryRow = z.object({
  from: z.string(),
  to: z.string(),
  weight: z.number(),
  collaborations: z.array(z.object({ name: z.string(), kind: z.string() })),
  programs: z.array(z.object({ name: z.string() })),
});

const hopRow = hopSummaryRow.extend({
  collaborations: z.array(collaborationRow),
  programs: z.array(programRow),
  evidence: z.array(evidenceRow.extend({ source: sourceRow })),
});

/**
 * What a path read fetches of each hop with the path: nothing; the names its explanation is
 * written from (`explained`, with its weight and ends); the facts' rows; or those and their evidence.
 */
export type HopDetail = 'none' | 'explained' | 'facts' | 'evidence';

/** The evidence behind a hop's shared collaborations `cs` and programs `ps` (at most 5 quotes). */
const HOP_EVIDENCE = `COLLECT {
            UNWIND cs AS c
            MATCH (c)-[e:EVIDENCED_BY]->(n:Source)
            RETURN {ownerId: c.id, sourceId: n.id, quote: e.quote, confidence: e.confidence, source: ${SOURCE_FIELDS}} AS ev
            UNION
            UNWIND ps AS p
            MATCH (x:Stakeholder)-[:TAKES_PART]->(pa:Participation)-[:IN]->(p)
            WHERE x = ha OR x = hb
            MATCH (pa)-[e:EVIDENCED_BY]->(n:Source)
            RETURN {ownerId: pa.id, sourceId: n.id, quote: e.quote, confidence: e.confidence, source: ${SOURCE_FIELDS}} AS ev
          }[0..5]`;

/**
 * The facts behind the hop from `ha` to `hb` over the tie `t` (all bound; `t` null when the tie is
 * gone): its weight, shared collaborations and programs (newest first, ties in id order, at most 5
 * each) and, when asked, up to 5 quotes behind them (the quotes are most of the statement's work).
 * For `explained`, only the names the explanation is written from.
 */
const hopFactsCall = (detail: Exclude<HopDetail, 'none'>) => `CALL (ha, hb, t) {
  WITH ha, hb, t,
       COLLECT { MATCH (ha)-[:PARTY_TO]->(c:Collaboration)<-[:PARTY_TO]-(hb)
                 RETURN c ORDER BY c.startedOn DESC, c.strength DESC, c.id LIMIT 5 } AS cs,
       COLLECT { MATCH (ha)-[:TAKES_PART]->(:Participation)-[:IN]->(p:Program)<-[:IN]-(:Participation)<-[:TAKES_PART]-(hb)
                 WITH DISTINCT p RETURN p ORDER BY p.startsOn DESC, p.id LIMIT 5 } AS ps
  RETURN {from: ha.id, to: hb.id, weight: coalesce(t.weight, 0.0),
          ${
            detail === 'explained'
              ? 'collaborations: [c IN cs | c {.name, .kind}], programs: [p IN ps | p {.name}]}'
              : `collaborations: [c IN cs | ${COLLABORATION_FIELDS}], programs: [p IN ps | ${PROGRAM_FIELDS}],
          evidence: ${detail === 'evidence' ? HOP_EVIDENCE : '[]'}}`
          } AS hop
}`;

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

/** The shape of a fewest-hop read: the statement's text depends on these alone (values are parameters). */
export interface PathShape {
  /** Whether any filter (helices, kinds, avoid, dates) applies: without one, the search has no predicates to check. */
  filtered: boolean;
  /** What of each hop to fetch with the path. */
  hops: HopDetail;
  /** The stakeholders' properties to fetch (id always), when the read asks for plain ones alone; absent: whole rows. */
  stakeholders?: readonly PlainStakeholderField[];
}

/** The map projection of a path's stakeholder `s`: the named plain properties, or the whole row. */
const stakeholderProjection = (fields: readonly PlainStakeholderField[] | undefined) =>
  fields ? `s {${PLAIN_STAKEHOLDER_FIELDS.filter((f) => f === 'id' || fields.includes(f)).map((f) => `.${f}`).join(', ')}}` : STAKEHOLDER_FIELDS;

/**
 * The fewest-hop query, exported so a test can EXPLAIN exactly what runs. One statement says
 * whether each end exists (the same index seeks that start the search), finds the path and
 * returns its stakeholders and, as the shape asks, what is behind each hop, the tie's weight
 * read off the path itself (one round trip for a path and its explanation).
 */
export function shortestPathCypher(maxHops: number, shape: PathShape = { filtered: true, hops: 'none' }): string {
  const bound = BOUNDS.get(maxHops);
  if (!bound) throw new RangeError(`maxHops must be 1..${HOP_LIMIT}`);
  const hops =
    shape.hops === 'none'
      ? ''
      : `CALL (ns, ts) {
            UNWIND range(0, size(coalesce(ns, [])) - 2) AS i
            WITH i, ns[i] AS ha, ns[i + 1] AS hb, ts[i] AS t
            ${hopFactsCall(shape.hops)}
            WITH i, hop ORDER BY i
            RETURN collect(hop) AS hops
          }`;
  return `OPTIONAL MATCH (a:Stakeholder {id: $from})
          OPTIONAL MATCH (b:Stakeholder {id: $to})
          OPTIONAL CALL (a, b) {
            MATCH p = shortestPath((a)-[:WORKS_WITH${bound}]-(b))
            ${shape.filtered ? `WHERE ${PATH_PREDICATES}` : ''}
            RETURN nodes(p) AS ns${shape.hops === 'none' ? '' : ', relationships(p) AS ts'}
          }
          ${hops}
          RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, [s IN ns | ${stakeholderProjection(shape.stakeholders)}] AS stakeholders${shape.hops === 'none' ? '' : ', hops'}`;
}

/** Hops in the order of the pairs asked; a pair without a row (a tie gone meanwhile) has no facts. */
function inPairOrder<S extends z.ZodType<{ from: string; to: string }>>(schema: S, pairs: Array<[string, string]>, raw: unknown[], statement: string, empty: (from: string, to: string) => z.infer<S>): Array<z.infer<S>> {
  const byPair = new Map(parseRows(schema, raw, statement).map((r) => [`${r.from}\u0000${r.to}`, r]));
  return pairs.map(([from, to]) => byPair.get(`${from}\u0000${to}`) ?? empty(from, to));
}

const noFacts = (from: string, to: string): HopFacts => ({ from, to, weight: 0, collaborations: [], programs: [], evidence: [] });

const consecutive = (ids: string[]) => ids.slice(1).map((id, i) => [ids[i]!, id] as [string, string]);

const partialStakeholderRow = stakeholderRow.partial().required({ id: true });

export class PathStore {
  constructor(private readonly db: Database) {}

  /**
   * Fewest-hop path by Neo4j's own shortestPath: the planner runs a bidirectional BFS and
   * checks these all() predicates during the search. With the path, its stakeholders and, as
   * `shape` asks, what is behind each hop. One statement, sent as an auto-commit transaction.
   */
  async shortest(from: string, to: string, options: CypherPathOptions, shape: Omit<PathShape, 'filtered'>, timeoutMs: number): Promise<ShortestPath> {
    const filtered = options.onlyHelices !== null || options.onlyKinds !== null || options.avoid.length > 0 || !!options.activeOn || !!options.asOf;
    const cypher = shortestPathCypher(options.maxHops, { ...shape, filtered });
    const [row] = await this.db.query<{ fromFound: boolean; toFound: boolean; stakeholders: unknown[] | null; hops?: unknown[] }>(
      'path.shortest',
      cypher,
      { from, to, helices: options.onlyHelices, kinds: options.onlyKinds, avoid: options.avoid, ...timeParams(options) },
      timeoutMs,
    );
    const raw = row?.stakeholders ?? null;
    const stakeholders = raw && !shape.stakeholders ? parseRows(stakeholderRow, raw, 'path.shortest') : null;
    const selected = raw && shape.stakeholders ? parseRows(partialStakeholderRow, raw, 'path.shortest') : null;
    const ids = (stakeholders ?? selected)?.map((s) => s.id) ?? null;
    const pairs = ids ? consecutive(ids) : [];
    const hops =
      !ids || !row?.hops
        ? null
        : shape.hops === 'explained'
          ? inPairOrder(hopSummaryRow, pairs, row.hops, 'path.shortest', noFacts)
          : inPairOrder(hopRow, pairs, row.hops, 'path.shortest', noFacts);
    return { found: [row?.fromFound ?? false, row?.toFound ?? false], ids, stakeholders, selected, hops };
  }

  /**
   * The facts behind each consecutive pair of a path: shared collaborations, programs, evidence.
   * (One path a statement: Neo4j plans a list parameter anew for each size class, and a batch of
   * k routes' pairs would keep meeting new sizes, each costing a plan of ~1 s.)
   */
  async hopFacts(ids: string[]): Promise<HopFacts[]> {
    const pairs = consecutive(ids);
    if (pairs.length === 0) return [];
    const rows = await this.db.query<{ hop: unknown }>(
      'path.hop_facts',
      `UNWIND $pairs AS pair
       MATCH (ha:Stakeholder {id: pair[0]}), (hb:Stakeholder {id: pair[1]})
       OPTIONAL MATCH (ha)-[t:WORKS_WITH]-(hb)
       ${hopFactsCall('evidence')}
       RETURN hop`,
      { pairs },
    );
    return inPairOrder(hopRow, pairs, rows.map((r) => r.hop), 'path.hop_facts', noFacts);
  }
}
