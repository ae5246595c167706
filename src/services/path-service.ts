import { z } from 'zod';
import type { TieGraph } from '../analytics/projection.js';
import { connectGroup, kShortestRoutes, shortestRoute } from '../analytics/routing.js';
import type { CollaborationStore } from '../db/collaboration-store.js';
import { classifyDriverError } from '../db/failures.js';
import type { HopDetail, HopFacts, HopNames, HopSummary, PathShape, PathStakeholder, PathStore, PlainStakeholderField } from '../db/path-store.js';
import type { ProgramStore } from '../db/program-store.js';
import type { StakeholderRow } from '../db/rows.js';
import type { StakeholderStore } from '../db/stakeholder-store.js';
import { badInput, notFound } from '../domain/errors.js';
import { HELICES, STAKEHOLDER_KINDS } from '../domain/vocabulary.js';
import { idSchema } from '../domain/dataset.js';
import type { AnalyticsEngine } from '../analytics/engine.js';
import { parseArgument } from './arguments.js';
import { timeFilterSchema } from '../domain/filters.js';

/** One explained hop of a path. */
export interface HopRow {
  from: string;
  to: string;
  weight: number;
  explanation: string;
  /** The rows of the facts behind it; absent when the read asked for no more than the explanation, weight and ends. */
  facts?: Pick<HopFacts, 'collaborations' | 'programs' | 'evidence'>;
}

/** A path between stakeholders with its explained hops. */
export interface PathRow {
  stakeholderIds: string[];
  /** Their whole rows, when the search fetched them with the path (the resolver primes its loader). */
  stakeholders?: StakeholderRow[];
  /** Their ids and the plain properties the read selects, when it selects no other (the resolver answers with them). */
  selected?: PathStakeholder[];
  /** Absent when the search was not asked for them: the Path resolver then explains the hops itself. */
  hops?: HopRow[];
  length: number;
  cost: number;
}

/** What a fewest-hop read fetches with the path: what of its hops, and which plain properties of its stakeholders (absent: whole rows). */
export type PathRead = Omit<PathShape, 'filtered'>;

export type { HopDetail, PlainStakeholderField };
export { PLAIN_STAKEHOLDER_FIELDS } from '../db/path-store.js';

export const MAX_HOPS = 8;
export const MAX_K = 10;
export const MAX_GROUP = 20;

export type NoPathReason = 'NO_PATH' | 'MAX_HOPS_EXCEEDED' | 'TIMED_OUT';

const optionsSchema = z.object({
  maxHops: z.number().int().min(1).max(MAX_HOPS).default(6),
  onlyHelices: z.array(z.enum(HELICES)).min(1).optional(),
  onlyKinds: z.array(z.enum(STAKEHOLDER_KINDS)).min(1).optional(),
  avoid: z.array(idSchema).max(200).default([]),
  ...timeFilterSchema.shape,
  weighted: z.boolean().default(false),
});
export type PathOptions = z.infer<typeof optionsSchema>;
/** Built once: zod compiles a schema's parser on its first use, which costs more than a path read's own work. */
const endsSchema = z.object({ from: idSchema, to: idSchema });
const kPathsSchema = endsSchema.extend({ k: z.number().int().min(1).max(MAX_K) });
const groupSchema = z.array(idSchema).min(2, 'give at least two stakeholders').max(MAX_GROUP);

/** The engine's scope for a path search: only the date conditions apply to the graph itself. */
const timeScope = ({ activeOn, asOf }: PathOptions) => ({ ...(activeOn ? { activeOn } : {}), ...(asOf ? { asOf } : {}) });

/** Explains a hop in words from the facts behind it. */
export function explainHop(facts: HopNames): string {
  const parts: string[] = [];
  const more = (n: number, shown: number) => (n > shown ? ` and ${n - shown} more` : '');
  if (facts.collaborations.length > 0) {
    const named = facts.collaborations.slice(0, 2).map((c) => `${c.name} (${c.kind})`);
    parts.push(`party to ${named.join(', ')}${more(facts.collaborations.length, 2)}`);
  }
  if (facts.programs.length > 0) {
    const named = facts.programs.slice(0, 2).map((p) => p.name);
    parts.push(`take part in ${named.join(', ')}${more(facts.programs.length, 2)}`);
  }
  return parts.length ? `Both ${parts.join('; both ')}` : 'No recorded facts (the tie was removed after the path was found)';
}

const hopRow = (hop: HopSummary | HopFacts): HopRow => {
  const row: HopRow = { from: hop.from, to: hop.to, weight: hop.weight, explanation: explainHop(hop) };
  if ('evidence' in hop) row.facts = { collaborations: hop.collaborations, programs: hop.programs, evidence: hop.evidence };
  return row;
};

export class PathService {
  constructor(
    private readonly paths: PathStore,
    private readonly stakeholders: StakeholderStore,
    private readonly programs: ProgramStore,
    private readonly collaborations: CollaborationStore,
    private readonly engine: AnalyticsEngine,
    private readonly timeLimitMs: number,
  ) {}

  private parseOptions(options: unknown): PathOptions {
    return parseArgument(optionsSchema, options ?? {}, 'options');
  }

  private async requireStakeholders(ids: string[], field: (i: number) => string): Promise<void> {
    const rows = await this.stakeholders.byIds(ids);
    rows.forEach((row, i) => {
      if (!row) throw notFound('stakeholder', ids[i]!, field(i));
    });
  }

  private checkEnds(ids: string[], options: PathOptions): void {
    const avoided = ids.find((id) => options.avoid.includes(id));
    if (avoided) throw badInput('options.avoid', `"${avoided}" is an end of the path and cannot be avoided`, 'intermediaries only');
  }

  /** The path from `from` to `to`; `read` says what the caller will read of it (the fewest-hop search fetches it with the path). */
  async path(from: string, to: string, rawOptions: unknown, read: PathRead = { hops: 'evidence' }): Promise<{ path: PathRow | null; reason: NoPathReason | null; timedOut: boolean }> {
    const options = this.parseOptions(rawOptions);
    parseArgument(endsSchema, { from, to }, 'arguments');
    if (from === to || options.weighted) {
      await this.requireStakeholders([from, to], (i) => (i === 0 ? 'from' : 'to'));
      this.checkEnds([from, to], options);
    }
    if (from === to) return { path: { stakeholderIds: [from], hops: [], length: 0, cost: 0 }, reason: null, timedOut: false };

    if (options.weighted) {
      const { graph } = await this.engine.graph(timeScope(options));
      const found = shortestRoute(graph, from, to, options, Date.now() + this.timeLimitMs);
      if (!found.ids) return { path: null, reason: found.reason ?? 'NO_PATH', timedOut: found.timedOut };
      return { path: await this.explain(found.ids, graph), reason: null, timedOut: found.timedOut };
    }

    const cypherOptions = {
      maxHops: options.maxHops,
      onlyHelices: options.onlyHelices ?? null,
      onlyKinds: options.onlyKinds ?? null,
      avoid: options.avoid,
      activeOn: options.activeOn ?? null,
      asOf: options.asOf ?? null,
    };
    try {
      // One statement: both ends' existence, the path, its stakeholders and what is asked of its hops.
      const shortest = await this.paths.shortest(from, to, cypherOptions, read, this.timeLimitMs);
      shortest.found.forEach((exists, i) => {
        if (!exists) throw notFound('stakeholder', i === 0 ? from : to, i === 0 ? 'from' : 'to');
      });
      this.checkEnds([from, to], options);
      if (shortest.ids) {
        const ids = shortest.ids;
        const path: PathRow = { stakeholderIds: ids, length: ids.length - 1, cost: ids.length - 1 };
        if (shortest.stakeholders) path.stakeholders = shortest.stakeholders;
        if (shortest.selected) path.selected = shortest.selected;
        if (shortest.hops) path.hops = shortest.hops.map(hopRow);
        return { path, reason: null, timedOut: false };
      }
      // Tell "not connected" from "connected, but further than asked" on the in-memory graph,
      // whose search has no hop bound (a Cypher probe stops at its largest bound, 12 hops).
      const { graph } = await this.engine.graph(timeScope(options));
      const found = shortestRoute(graph, from, to, { ...options, weighted: false }, Date.now() + this.timeLimitMs);
      return { path: null, reason: found.ids ? 'MAX_HOPS_EXCEEDED' : (found.reason ?? 'NO_PATH'), timedOut: found.timedOut };
    } catch (error) {
      if (classifyDriverError(error) === 'timeout') return { path: null, reason: 'TIMED_OUT', timedOut: true };
      throw error;
    }
  }

  async kPaths(from: string, to: string, k: number | null | undefined, rawOptions: unknown) {
    const options = this.parseOptions(rawOptions);
    const args = parseArgument(kPathsSchema, { from, to, k: k ?? 3 }, 'arguments');
    await this.requireStakeholders([from, to], (i) => (i === 0 ? 'from' : 'to'));
    this.checkEnds([from, to], options);
    if (from === to) return { paths: [{ stakeholderIds: [from], hops: [], length: 0, cost: 0 }], reason: null, timedOut: false };
    const { graph } = await this.engine.graph(timeScope(options));
    const found = kShortestRoutes(graph, from, to, args.k, options, Date.now() + this.timeLimitMs);
    const paths = await Promise.all(found.paths.map((ids) => this.explain(ids, options.weighted ? graph : null)));
    return { paths, reason: found.paths.length < args.k ? (found.reason ?? 'NO_PATH') : null, timedOut: found.timedOut };
  }

  async connectors(ids: string[], rawOptions: unknown) {
    const options = this.parseOptions(rawOptions);
    const group = parseArgument(groupSchema, ids, 'stakeholders');
    await this.requireStakeholders(group, (i) => `stakeholders.${i}`);
    this.checkEnds(group, options);
    const { graph } = await this.engine.graph(timeScope(options));
    const found = connectGroup(graph, [...new Set(group)], options, Date.now() + this.timeLimitMs);
    return {
      ...found,
      edges: found.edges.map(([source, target]) => {
        const attributes = graph.hasEdge(source, target) ? graph.getEdgeAttributes(source, target) : null;
        return { source, target, weight: attributes?.weight ?? 0, collaborations: attributes?.collaborations ?? 0, programs: attributes?.programs ?? 0 };
      }),
    };
  }

  /** The facts behind one hop that was read without them. */
  async hopFacts(hop: { from: string; to: string }): Promise<HopFacts> {
    const [facts] = await this.paths.hopFacts([hop.from, hop.to]);
    return facts!;
  }

  /** The hops of a path of these stakeholders, each explained from the facts behind it (one query). */
  async hops(ids: string[]): Promise<HopRow[]> {
    return (await this.paths.hopFacts(ids)).map(hopRow);
  }

  /** A path with its hops explained, and its cost: hops, or the weighted graph's tie costs. */
  private async explain(ids: string[], weightedGraph: TieGraph | null): Promise<PathRow> {
    const hops = await this.hops(ids);
    const cost = weightedGraph
      ? hops.reduce((sum, { from, to }) => sum + (weightedGraph.hasEdge(from, to) ? weightedGraph.getEdgeAttribute(from, to, 'cost') : 0), 0)
      : hops.length;
    return { stakeholderIds: ids, hops, length: hops.length, cost };
  }
}
