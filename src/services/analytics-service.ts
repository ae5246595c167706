import { z } from 'zod';
import { brokeredPairs, computeInfluence, helixMix, INFLUENCE_METRICS, personalizedPageRank, rank, type InfluenceMetric, type InfluenceTable } from '../analytics/centrality.js';
import { absentHelices, balanceScore, helixBrokers, helixMatrix, isolatedStakeholders, siloedStakeholders, suggestPartnerships } from '../analytics/gap-analysis.js';
import { describeChange, type NetworkChangeRow, type NetworkFigures, type Standing } from '../analytics/change.js';
import type { Database } from '../db/database.js';
import type { NetworkTie } from '../db/graph-store.js';
import type { ProgramStore } from '../db/program-store.js';
import type { CollaborationGapsRow, InfluenceEntryRow, InfluencerEntryRow, StakeholderInfluenceRow } from '../db/rows.js';
import { badInput, notFound } from '../domain/errors.js';
import { HELICES } from '../domain/vocabulary.js';
import { idSchema, isoDateSchema } from '../domain/dataset.js';
import type { AnalysisScope, AnalyticsEngine, ScopedGraph } from './analytics-engine.js';
import type { IndicatorService, PlainNetworkSource, PlainScopeNetwork } from './indicator-service.js';
import { parseArgument } from './arguments.js';
import { requireReferences } from './mutation.js';

export interface InfluenceRankingRow {
  metric: InfluenceMetric;
  entries: InfluenceEntryRow[];
  stakeholderCount: number;
  tieCount: number;
  betweennessExact: boolean;
  normalisation: string;
  computedAt: string;
}

/**
 * What serves influence and gap analyses. The in-memory backend below (graphology over a
 * projection cached per graph version) fits graphs that fit one process; a Neo4j Graph Data
 * Science backend would implement the same interface over projected graphs in the database.
 */
export interface AnalyticsBackend extends PlainNetworkSource {
  ranking(scope: AnalysisScope, metric: InfluenceMetric, first: number): Promise<InfluenceRankingRow>;
  stakeholderInfluence(ids: readonly string[], scope: AnalysisScope): Promise<(StakeholderInfluenceRow | null)[]>;
  influencers(target: string, scope: AnalysisScope, first: number): Promise<InfluencerEntryRow[]>;
  gaps(scope: AnalysisScope, suggestions: number): Promise<CollaborationGapsRow>;
  /** Every stakeholder of the scope with its rank and score by one measure. */
  standings(scope: AnalysisScope, metric: InfluenceMetric): Promise<Standing[]>;
  /** The scope's stakeholders and the ties among them, the best-connected `limit` when larger. */
  scopeNetwork(scope: AnalysisScope, limit: number): Promise<ScopeNetworkRow>;
}

export interface ScopeNetworkRow {
  nodes: Array<{ id: string; depth: number }>;
  edges: NetworkTie[];
  truncated: boolean;
}


export const NORMALISATION: Record<InfluenceMetric, string> = {
  DEGREE: 'number of partners',
  WEIGHTED_DEGREE: 'sum of tie weights',
  PAGERANK: 'weighted PageRank, damping 0.85, sums to 1 over the scope',
  BETWEENNESS: 'share of shortest paths between other pairs through the stakeholder, in [0, 1]; sampled from 256 sources above 5,000 stakeholders',
  CLOSENESS: 'Wasserman-Faust closeness in [0, 1]; estimated from 256 pivots above 5,000 stakeholders',
  EIGENVECTOR: 'weighted eigenvector centrality, largest = 1',
  REACH: 'stakeholders within two hops',
  HELIX_DIVERSITY: "normalised entropy of the partners' helices, in [0, 1]",
};

const helixCounts = (counts: Record<string, number>) => HELICES.map((helix) => ({ helix, count: counts[helix] ?? 0 }));

export class InMemoryAnalytics implements AnalyticsBackend {
  constructor(
    private readonly engine: AnalyticsEngine,
    private readonly programs: ProgramStore,
  ) {}

  private table(scoped: ScopedGraph): InfluenceTable {
    return this.engine.memo(scoped, 'influence', () => computeInfluence(scoped.graph));
  }

  /** Everyone in the scope ranked by a measure, sorted once per scoped graph (100k scores take ~0.3 s to sort). */
  private ranked(scoped: ScopedGraph, metric: InfluenceMetric): Standing[] {
    return this.engine.memo(scoped, `ranked:${metric}`, () => rank(this.table(scoped), metric, scoped.graph.order));
  }

  async ranking(scope: AnalysisScope, metric: InfluenceMetric, first: number): Promise<InfluenceRankingRow> {
    const scoped = await this.engine.graph(scope);
    const table = this.table(scoped);
    return {
      metric,
      entries: this.ranked(scoped, metric).slice(0, first).map((r) => ({
        rank: r.rank,
        score: r.score,
        stakeholderId: r.id,
        partnersByHelix: helixCounts(helixMix(scoped.graph, r.id).partnersByHelix),
        brokers: brokeredPairs(scoped.graph, r.id, 3).map(([a, b]) => ({ a, b })),
      })),
      stakeholderCount: scoped.graph.order,
      tieCount: scoped.graph.size,
      betweennessExact: table.betweennessExact,
      normalisation: NORMALISATION[metric],
      computedAt: scoped.computedAt,
    };
  }

  async stakeholderInfluence(ids: readonly string[], scope: AnalysisScope): Promise<(StakeholderInfluenceRow | null)[]> {
    const scoped = await this.engine.graph(scope);
    const table = this.table(scoped);
    return ids.map((id) => {
      const i = table.csr.index.get(id);
      if (i === undefined) return null;
      return {
        degree: table.degree[i]!,
        weightedDegree: table.weightedDegree[i]!,
        pageRank: table.pageRank[i]!,
        betweenness: table.betweenness[i]!,
        closeness: table.closeness[i]!,
        eigenvector: table.eigenvector[i]!,
        reach: table.reach[i]!,
        helixDiversity: table.helixDiversity[i]!,
        partnersByHelix: helixCounts(helixMix(scoped.graph, id).partnersByHelix),
        articulationPoint: table.articulation[i] === 1,
        community: table.community[i]!,
        computedAt: scoped.computedAt,
      };
    });
  }

  async influencers(target: string, scope: AnalysisScope, first: number): Promise<InfluencerEntryRow[]> {
    const scoped = await this.engine.graph(scope);
    const table = this.table(scoped);
    const index = table.csr.index.get(target);
    if (index === undefined) return [];
    const scores = this.engine.memo(scoped, `ppr:${target}`, () => personalizedPageRank(table.csr, index));
    return table.csr.ids
      .map((id, i) => ({ id, score: scores[i]! }))
      .filter((e) => e.id !== target && e.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, first)
      .map((e, i) => ({ rank: i + 1, score: e.score, stakeholderId: e.id }));
  }

  async standings(scope: AnalysisScope, metric: InfluenceMetric): Promise<Standing[]> {
    return this.ranked(await this.engine.graph(scope), metric);
  }

  async scopeNetwork(scope: AnalysisScope, limit: number): Promise<ScopeNetworkRow> {
    const scoped = await this.engine.graph(scope);
    const { graph } = scoped;
    // Over the limit, keep those with the strongest ties: the map's backbone rather than its fringe.
    const kept = new Set(graph.order <= limit ? graph.nodes() : this.ranked(scoped, 'WEIGHTED_DEGREE').slice(0, limit).map((r) => r.id));
    const edges: NetworkTie[] = [];
    graph.forEachEdge((_edge, tie, source, target) => {
      if (kept.has(source) && kept.has(target)) edges.push({ source, target, weight: tie.weight, collaborations: tie.collaborations, programs: tie.programs });
    });
    return { nodes: [...kept].sort().map((id) => ({ id, depth: 0 })), edges, truncated: kept.size < graph.order };
  }

  /** The scope's stakeholders (id, helix) and ties as plain lists, for the indicators. */
  async plainNetwork(scope: AnalysisScope): Promise<PlainScopeNetwork> {
    const scoped = await this.engine.graph(scope);
    return this.engine.memo(scoped, 'plain', () => ({
      key: scoped.key,
      version: scoped.version,
      computedAt: scoped.computedAt,
      stakeholders: scoped.graph.mapNodes((id, s) => ({ id, helix: s.helix })),
      ties: scoped.graph.mapEdges((_edge, _tie, source, target) => ({ source, target })),
    }));
  }

  async gaps(scope: AnalysisScope, suggestions: number): Promise<CollaborationGapsRow> {
    const scoped = await this.engine.graph(scope);
    const { graph } = scoped;
    const report = this.engine.memo(scoped, 'gaps', () => {
      const matrix = helixMatrix(graph);
      return { matrix, brokers: helixBrokers(graph), balance: balanceScore(graph, matrix), suggestions: suggestPartnerships(graph, 100, matrix) };
    });
    const programs = await this.programs.helicesInScope(scope);
    return {
      matrix: report.matrix,
      missingPairs: report.matrix.filter((c) => c.a !== c.b && c.gap).map(({ a, b }) => ({ a, b })),
      absentHelices: absentHelices(graph),
      programsMissingHelices: programs
        .map((p) => ({ programId: p.id, missingHelices: HELICES.filter((h) => !p.helices.includes(h)) }))
        .filter((p) => p.missingHelices.length > 0),
      siloed: siloedStakeholders(graph),
      isolated: isolatedStakeholders(graph),
      brokers: report.brokers.map((b) => ({ stakeholderId: b.id, separates: b.separates.map(([a, c]) => ({ a, b: c })) })),
      suggestions: report.suggestions.slice(0, suggestions),
      balance: report.balance,
      stakeholderCount: graph.order,
      tieCount: graph.size,
      computedAt: scoped.computedAt,
    };
  }
}

const scopeSchema = z
  .object({
    region: idSchema,
    program: idSchema,
    helices: z.array(z.enum(HELICES)).min(1),
    asOf: isoDateSchema,
  })
  .partial();

/** Validates arguments and the scope's references, then asks the backend. */
export class AnalyticsService {
  constructor(
    private readonly db: Database,
    readonly backend: AnalyticsBackend,
    readonly indicators: IndicatorService,
  ) {}

  /** Validates a scope and its references; `at` names the argument in errors. */
  async scope(raw: unknown, at = 'scope'): Promise<AnalysisScope> {
    const scope = parseArgument(scopeSchema, raw ?? {}, at);
    if (scope.region || scope.program) {
      await this.db.read('analytics.scope', (tx) =>
        requireReferences(tx, [
          ...(scope.region ? [{ id: scope.region, type: 'Region' as const, field: `${at}.region` }] : []),
          ...(scope.program ? [{ id: scope.program, type: 'Program' as const, field: `${at}.program` }] : []),
        ]),
      );
    }
    return scope;
  }

  async ranking(rawScope: unknown, metric: string, first: number | null | undefined) {
    const args = parseArgument(z.object({ metric: z.enum(INFLUENCE_METRICS), first: z.number().int().min(1).max(200) }), { metric, first: first ?? 20 }, 'arguments');
    return this.backend.ranking(await this.scope(rawScope), args.metric, args.first);
  }

  async scopeNetwork(rawScope: unknown, limit: number | null | undefined) {
    const args = parseArgument(z.object({ limit: z.number().int().min(1).max(2000) }), { limit: limit ?? 500 }, 'arguments');
    return this.backend.scopeNetwork(await this.scope(rawScope), args.limit);
  }

  async influencers(target: string, rawScope: unknown, first: number | null | undefined) {
    const args = parseArgument(z.object({ target: idSchema, first: z.number().int().min(1).max(200) }), { target, first: first ?? 10 }, 'arguments');
    const scope = await this.scope(rawScope);
    const known = await this.db.query('analytics.target', 'MATCH (s:Stakeholder {id: $id}) RETURN s.id AS id', { id: args.target });
    if (known.length === 0) throw notFound('stakeholder', args.target, 'target');
    return this.backend.influencers(args.target, scope, args.first);
  }

  /**
   * What changed in a scope between two dates: the network as it stood on `from` against the
   * network on `to` (each an `asOf` analysis): who rose and fell by a measure, who joined and
   * left, which helix-pair gaps closed and opened, and the balance score before and after.
   */
  async change(rawScope: unknown, from: string, to: string, metric: string, first: number | null | undefined): Promise<NetworkChangeRow> {
    const args = parseArgument(
      z
        .object({ from: isoDateSchema, to: isoDateSchema, metric: z.enum(INFLUENCE_METRICS), first: z.number().int().min(1).max(100) })
        .refine((a) => a.to > a.from, { message: 'must be after from', path: ['to'] }),
      { from, to, metric, first: first ?? 10 },
      'arguments',
    );
    const scope = await this.scope(rawScope);
    if (scope.asOf) throw badInput('scope.asOf', 'is set by from and to here', 'no asOf in the scope of a comparison');
    const before = await this.figures({ ...scope, asOf: args.from }, args.metric);
    const after = await this.figures({ ...scope, asOf: args.to }, args.metric);
    return describeChange(before, after, args.metric, args.first);
  }

  /** A scope's standings by one measure and its gap figures, as of `scope.asOf` (default today). */
  async figures(scope: AnalysisScope, metric: InfluenceMetric): Promise<NetworkFigures> {
    const standings = await this.backend.standings(scope, metric);
    const degrees = await this.backend.standings(scope, 'DEGREE');
    const gaps = await this.backend.gaps(scope, 1);
    return {
      on: scope.asOf ?? new Date().toISOString().slice(0, 10),
      standings,
      connected: new Set(degrees.filter((d) => d.score > 0).map((d) => d.id)),
      missingPairs: gaps.missingPairs,
      balance: gaps.balance.score,
      stakeholderCount: gaps.stakeholderCount,
      tieCount: gaps.tieCount,
      synergy: await this.indicators.synergy(scope),
    };
  }

  async gaps(rawScope: unknown, suggestions: number | null | undefined) {
    const limit = parseArgument(z.number().int().min(1).max(100), suggestions ?? 10, 'suggestions');
    const scope = await this.scope(rawScope);
    return this.indicators.withLiaisons(scope, await this.backend.gaps(scope, limit));
  }
}
