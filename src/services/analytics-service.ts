import { z } from 'zod';
import { brokeredPairs, EXACT_LIMIT, helixMix, INFLUENCE_METRICS, personalizedPageRank, type InfluenceMetric } from '../analytics/centrality.js';
import {
  absentHelices,
  balanceScore,
  fillAbsentHelices,
  gapsFirst,
  helixBrokers,
  helixMatrix,
  isolatedStakeholders,
  programsMissingHelices,
  rankPartnerships,
  siloedStakeholders,
  suggestPartnerships,
  type PartnershipRanking,
} from '../analytics/gap-analysis.js';
import { indexAdjacency, liaisonsBetween } from '../analytics/indicators.js';
import { describeChange, type NetworkChangeRow, type NetworkFigures, type Standing } from '../analytics/change.js';
import type { AnalysisScope, AnalyticsEngine } from '../analytics/engine.js';
import type { Database } from '../db/database.js';
import type { NetworkTie } from '../db/graph-store.js';
import type { CollaborationGapsRow, InfluenceEntryRow, InfluenceFigures, InfluencerEntryRow, StakeholderInfluenceRow } from './analytics-results.js';
import { badInput, notFound } from '../domain/errors.js';
import { HELICES } from '../domain/vocabulary.js';
import { idSchema, isoDateSchema } from '../domain/dataset.js';
import { scopeSchema } from '../domain/filters.js';
import type { IndicatorService, PlainNetworkSource, PlainScopeNetwork } from './indicator-service.js';
import { parseArgument } from './arguments.js';
import { requireReferences } from './mutation.js';

export interface InfluenceRankingRow {
  metric: InfluenceMetric;
  entries: InfluenceEntryRow[];
  stakeholderCount: number;
  tieCount: number;
  betweennessExact: boolean;
  /** Whether the ranked scores are estimates (betweenness or closeness sampled from pivots). */
  estimated: boolean;
  /** For an estimate, the half-width of a 95% interval around each score; null when exact. */
  errorBound: number | null;
  normalisation: string;
  computedAt: string;
}

/**
 * What serves influence and gap analyses. The in-memory backend below (the engine's compact
 * projection, kept current by deltas) fits graphs that fit one process; a Neo4j Graph Data
 * Science backend would implement the same interface over projected graphs in the database.
 * A new measure is a case of `InfluenceMetric` computed in `ScopedGraph.measure`.
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

/** Suggestions a gap report ranks (a request shows up to this many). */
const SUGGESTIONS = 100;

const helixCounts = (counts: Record<string, number>) => HELICES.map((helix) => ({ helix, count: counts[helix] ?? 0 }));

export class InMemoryAnalytics implements AnalyticsBackend {
  constructor(
    private readonly engine: AnalyticsEngine,
    private readonly exactLimit = EXACT_LIMIT,
  ) {}

  async ranking(scope: AnalysisScope, metric: InfluenceMetric, first: number): Promise<InfluenceRankingRow> {
    const scoped = await this.engine.graph(scope);
    const { csr, helices } = scoped;
    // The page with its explanations is built once per size: a hub's brokered pairs take milliseconds.
    const [measure, entries] = await Promise.all([
      scoped.measure(metric),
      scoped.memo(`entries:${metric}:${first}`, async () =>
        (await scoped.ranked(metric)).slice(0, first).map((r): InfluenceEntryRow => {
          const u = csr.index.get(r.id)!;
          return {
            rank: r.rank,
            score: r.score,
            stakeholderId: r.id,
            partnersByHelix: helixCounts(helixMix(csr, helices, u).partnersByHelix),
            brokers: brokeredPairs(csr, u, 3).map(([a, b]) => ({ a, b })),
          };
        }),
      ),
    ]);
    return {
      metric,
      entries,
      stakeholderCount: scoped.order,
      tieCount: scoped.size,
      betweennessExact: scoped.order <= this.exactLimit,
      estimated: !measure.exact,
      errorBound: measure.errorBound,
      normalisation: NORMALISATION[metric],
      computedAt: scoped.computedAt,
    };
  }

  async stakeholderInfluence(ids: readonly string[], scope: AnalysisScope): Promise<(StakeholderInfluenceRow | null)[]> {
    const scoped = await this.engine.graph(scope);
    const { csr, helices } = scoped;
    const figures: InfluenceFigures = {
      score: async (metric, at) => (await scoped.measure(metric)).values[at]!,
      partnersByHelix: (at) => helixCounts(helixMix(csr, helices, at).partnersByHelix),
      articulationPoint: async (at) => (await scoped.cuts()).articulation[at] === 1,
      community: async (at) => (await scoped.communities()).community[at]!,
      computedAt: scoped.computedAt,
    };
    return ids.map((id) => {
      const at = csr.index.get(id);
      return at === undefined ? null : { at, figures };
    });
  }

  async influencers(target: string, scope: AnalysisScope, first: number): Promise<InfluencerEntryRow[]> {
    const scoped = await this.engine.graph(scope);
    const { csr } = scoped;
    const index = csr.index.get(target);
    if (index === undefined) return [];
    const scores = await scoped.memo(`ppr:${target}`, () => personalizedPageRank(csr, index));
    return csr.ids
      .map((id, i) => ({ id, score: scores[i]! }))
      .filter((e) => e.id !== target && e.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, first)
      .map((e, i) => ({ rank: i + 1, score: e.score, stakeholderId: e.id }));
  }

  async standings(scope: AnalysisScope, metric: InfluenceMetric): Promise<Standing[]> {
    return (await this.engine.graph(scope)).ranked(metric);
  }

  async scopeNetwork(scope: AnalysisScope, limit: number): Promise<ScopeNetworkRow> {
    const scoped = await this.engine.graph(scope);
    const { view } = scoped;
    // Over the limit, keep those with the strongest ties: the map's backbone rather than its fringe.
    const keptIds = scoped.order <= limit ? scoped.csr.ids : (await scoped.ranked('WEIGHTED_DEGREE')).slice(0, limit).map((r) => r.id);
    const kept = new Uint8Array(scoped.order);
    for (const id of keptIds) kept[scoped.csr.index.get(id)!] = 1;
    const edges: NetworkTie[] = [];
    const { ties } = view;
    for (let t = 0; t < ties.count; t++) {
      if (!kept[ties.a[t]!] || !kept[ties.b[t]!]) continue;
      edges.push({ source: scoped.csr.ids[ties.a[t]!]!, target: scoped.csr.ids[ties.b[t]!]!, weight: ties.weight[t]!, collaborations: ties.collaborations[t]!, programs: ties.programs[t]! });
    }
    return { nodes: [...keptIds].sort().map((id) => ({ id, depth: 0 })), edges, truncated: keptIds.length < scoped.order };
  }

  /** The scope's stakeholders (id, helix) and ties as plain lists, for the indicators. */
  async plainNetwork(scope: AnalysisScope): Promise<PlainScopeNetwork> {
    const scoped = await this.engine.graph(scope);
    return scoped.memo('plain', () => {
      const { ids } = scoped.csr;
      const { ties } = scoped.view;
      return {
        key: scoped.key,
        version: scoped.version,
        computedAt: scoped.computedAt,
        stakeholders: ids.map((id, i) => ({ id, helix: scoped.helices[i]! })),
        ties: Array.from({ length: ties.count }, (_, t) => ({ source: ids[ties.a[t]!]!, target: ids[ties.b[t]!]! })),
      };
    });
  }

  async gaps(scope: AnalysisScope, suggestions: number): Promise<CollaborationGapsRow> {
    const scoped = await this.engine.graph(scope);
    // Everything comes from the projection of this version: no query of its own. Cut points are
    // the engine's, updated from the previous version's where a write left them be.
    const report = await scoped.memo('gaps', async () => {
      const { view } = scoped;
      const absent = absentHelices(view);
      // Who could fill a helix the scope lacks comes from the whole network as of the same date.
      const fills = absent.length ? fillAbsentHelices(view, (await this.engine.graph(scope.asOf ? { asOf: scope.asOf } : {})).view) : [];
      const matrix = helixMatrix(view);
      const index = indexAdjacency(scoped.csr, scoped.helices);
      // Ranked pairs: after a write, only those of the stakeholders it touched are scored again.
      const ranking = await scoped.memoCarried<PartnershipRanking>('partnerRanking', (previous) => rankPartnerships(view, SUGGESTIONS * 4, matrix, previous));
      return {
        matrix,
        brokers: helixBrokers(view, await scoped.cuts()),
        balance: balanceScore(view, matrix),
        suggestions: gapsFirst(fills, suggestPartnerships(view, SUGGESTIONS, matrix, ranking)).map((s) => ({ ...s, liaisons: liaisonsBetween(index, s.a, s.b) })),
        absent,
        programs: programsMissingHelices(view.programs.values(), scope),
        siloed: siloedStakeholders(view),
        isolated: isolatedStakeholders(view),
      };
    });
    return {
      matrix: report.matrix,
      missingPairs: report.matrix.filter((c) => c.a !== c.b && c.gap).map(({ a, b }) => ({ a, b })),
      absentHelices: report.absent,
      programsMissingHelices: report.programs,
      siloed: report.siloed,
      isolated: report.isolated,
      brokers: report.brokers.map((b) => ({ stakeholderId: b.id, separates: b.separates.map(([a, c]) => ({ a, b: c })) })),
      suggestions: report.suggestions.slice(0, suggestions),
      balance: report.balance,
      stakeholderCount: scoped.order,
      tieCount: scoped.size,
      computedAt: scoped.computedAt,
    };
  }
}

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
    return this.backend.gaps(scope, limit);
  }
}
