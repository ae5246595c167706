import { z } from 'zod';
import { groupCounts, type Grouping } from '../analytics/grouped-counts.js';
import {
  BROKERAGE_ROLES,
  brokerage,
  brokeredHelixPairs,
  helixAssortativity,
  helixMask,
  helixSynergy,
  indexNetwork,
  openness,
  roleCounts,
  type Brokerage,
  type EiFigures,
  type NetworkIndex,
  type RoleCounts,
  type ScopeNetwork,
  type TriadSynergy,
} from '../analytics/indicators.js';
import type { IndicatorFacts, IndicatorStore } from '../db/indicator-store.js';
import { epochDay as toEpochDay } from '../analytics/time.js';
import { badInput } from '../domain/errors.js';
import { HELICES, type Helix } from '../domain/vocabulary.js';
import type { AnalysisScope } from '../analytics/engine.js';
import { parseArgument } from './arguments.js';

export const SYNERGY_UNITS = ['COLLABORATIONS', 'PROGRAMS'] as const;
export type SynergyUnit = (typeof SYNERGY_UNITS)[number];
export const COUNTED_ITEMS = ['STAKEHOLDERS', 'COLLABORATIONS', 'PARTICIPATIONS'] as const;
export const COUNT_DIMENSIONS = ['HELIX', 'KIND', 'REGION_LEVEL', 'STATUS'] as const;
type CountDimension = (typeof COUNT_DIMENSIONS)[number];

/** A scope's stakeholders and ties as plain lists, with the key of the graph they come from. */
export interface PlainScopeNetwork extends ScopeNetwork {
  /** Stable key of (graph version, scope). */
  key: string;
  version: number;
  computedAt: string;
}

/** Where the scope's plain network comes from (the analytics backend). */
export interface PlainNetworkSource {
  plainNetwork(scope: AnalysisScope): Promise<PlainScopeNetwork>;
}

export const BROKERAGE_DEFINITION =
  'A stakeholder brokers two of its partners that are not tied to each other (an open two-path on the undirected ties; each pair once). ' +
  'Role by helices: coordinator (all three one helix), itinerant (the two partners share a helix the broker is not in), ' +
  'gatekeeper/representative (the broker shares its helix with one of the two; direction would tell which, undirected ties cannot), ' +
  'liaison (three different helices). Gould and Fernandez 1989.';

const countsRow = (c: RoleCounts) => ({
  coordinator: c.COORDINATOR,
  itinerant: c.ITINERANT,
  gatekeeperRepresentative: c.GATEKEEPER_REPRESENTATIVE,
  liaison: c.LIAISON,
  total: c.COORDINATOR + c.ITINERANT + c.GATEKEEPER_REPRESENTATIVE + c.LIAISON,
});

/** A group of a grouped count: the values of the vocabulary enums it groups by, and the count. */
export type GroupCountRow = { count: number } & Partial<Record<'helix' | 'stakeholderKind' | 'collaborationKind' | 'programKind' | 'regionLevel' | 'status', string | null>>;

export interface BrokerEntryRow {
  rank: number;
  stakeholderId: string;
  pairs: number;
  roles: ReturnType<typeof countsRow>;
}

export interface StakeholderIndicatorsRow {
  openness: EiFigures & { expected: null };
  brokerage: ReturnType<typeof countsRow>;
  brokeredPairs: ReturnType<typeof brokeredHelixPairs>;
}

const helixOf = (network: ScopeNetwork) => new Map(network.stakeholders.map((s) => [s.id, s.helix]));

/**
 * The indicators of issue "helix synergy, openness, brokerage, grouped counts": it takes the
 * scope's plain network from the analytics backend, and the collaborations and participations
 * (loaded once per graph version) from its own store, and memoises results per scope.
 */
export class IndicatorService {
  private facts: IndicatorFacts | null = null;
  private loading: Promise<IndicatorFacts> | null = null;
  private readonly results = new Map<string, unknown>();

  constructor(
    private readonly source: PlainNetworkSource,
    private readonly store: IndicatorStore,
    /** Validates a scope argument and its references (the analytics service's rule). */
    private readonly parseScope: (raw: unknown, at?: string) => Promise<AnalysisScope>,
  ) {}

  private memo<T>(key: string, compute: () => T): T {
    if (this.results.has(key)) return this.results.get(key) as T;
    const value = compute();
    if (this.results.size > 500) this.results.clear();
    this.results.set(key, value);
    return value;
  }

  /** Collaborations and participations of the graph version the network came from (or newer). */
  private async factsFor(version: number): Promise<IndicatorFacts> {
    // A load already under way may have read an older version: then one more, started now.
    for (let attempt = 0; attempt < 2 && (!this.facts || this.facts.version < version); attempt++) {
      this.loading ??= this.store.load().then(
        (facts) => {
          this.facts = facts;
          this.loading = null;
          return facts;
        },
        (error: unknown) => {
          this.loading = null;
          throw error;
        },
      );
      await this.loading;
    }
    return this.facts!;
  }

  /** Presence masks of the units in the scope: members in the scope whose part started by asOf. */
  private async units(scope: AnalysisScope, network: PlainScopeNetwork, over: readonly SynergyUnit[]): Promise<number[]> {
    const facts = await this.factsFor(network.version);
    return this.memo(`${network.key}|units:${[...over].sort().join()}`, () => {
      const helices = helixOf(network);
      const asOf = scope.asOf ? toEpochDay(scope.asOf) : null;
      const started = (day: number | null) => asOf === null || day === null || day <= asOf;
      const masks: number[] = [];
      if (over.includes('COLLABORATIONS')) {
        for (const c of facts.collaborations) {
          if (!started(c.startDay)) continue;
          const present = c.parties.flatMap((p) => helices.get(p) ?? []);
          if (present.length > 0) masks.push(helixMask(present));
        }
      }
      if (over.includes('PROGRAMS')) {
        const programs = new Map<string, number>();
        for (const p of facts.participations) {
          const helix = helices.get(p.stakeholder);
          if (helix && started(p.startDay)) programs.set(p.program, (programs.get(p.program) ?? 0) | helixMask([helix]));
        }
        masks.push(...programs.values());
      }
      return masks;
    });
  }

  /** Synergy of the ten triads over a validated scope (for comparisons and snapshots). */
  async synergy(scope: AnalysisScope, over: readonly SynergyUnit[] = ['COLLABORATIONS']): Promise<TriadSynergy[]> {
    const network = await this.source.plainNetwork(scope);
    const masks = await this.units(scope, network, over);
    return this.memo(`${network.key}|synergy:${[...over].sort().join()}`, () => helixSynergy(masks));
  }

  async helixIndicators(rawScope: unknown, rawOver: unknown) {
    const over = parseArgument(z.array(z.enum(SYNERGY_UNITS)).min(1, 'must name at least one unit'), rawOver ?? ['COLLABORATIONS'], 'synergyOver');
    const scope = await this.parseScope(rawScope);
    const network = await this.source.plainNetwork(scope);
    const units = [...new Set(over)];
    const open = this.memo(`${network.key}|openness`, () => openness(network));
    return {
      synergy: await this.synergy(scope, units),
      synergyOver: units,
      openness: open.scope,
      opennessByHelix: open.byHelix.map(({ helix, stakeholders, ...figures }) => ({ helix, stakeholders, openness: figures })),
      assortativity: this.memo(`${network.key}|assortativity`, () => helixAssortativity(network)),
      stakeholderCount: network.stakeholders.length,
      tieCount: network.ties.length,
      computedAt: network.computedAt,
    };
  }

  private async brokerage(scope: AnalysisScope): Promise<{ network: PlainScopeNetwork; brokers: Brokerage }> {
    const network = await this.source.plainNetwork(scope);
    return { network, brokers: this.memo(`${network.key}|brokerage`, () => brokerage(this.index(network))) };
  }

  private index(network: PlainScopeNetwork): NetworkIndex {
    return this.memo(`${network.key}|index`, () => indexNetwork(network));
  }

  async brokers(rawScope: unknown, role: string, between: unknown, first: number | null | undefined) {
    const args = parseArgument(
      z.object({
        role: z.enum(BROKERAGE_ROLES),
        between: z.array(z.enum(HELICES)).length(2, 'must name two helices').optional(),
        first: z.number().int().min(1).max(200),
      }),
      { role, between, first: first ?? 20 },
      'arguments',
    );
    const { network, brokers } = await this.brokerage(await this.parseScope(rawScope));
    const pair = args.between ? ([args.between[0]!, args.between[1]!] as const) : undefined;
    const ranked = this.memo(`${network.key}|brokers:${args.role}:${pair?.join() ?? ''}`, () =>
      brokers.ids
        .map((id, i) => ({ id, i, pairs: roleCounts(brokers, i, pair)[args.role] }))
        .filter((e) => e.pairs > 0)
        .sort((a, b) => b.pairs - a.pairs || (a.id < b.id ? -1 : 1)),
    );
    return {
      role: args.role,
      between: args.between ?? null,
      entries: ranked.slice(0, args.first).map((e, r): BrokerEntryRow => ({ rank: r + 1, stakeholderId: e.id, pairs: e.pairs, roles: countsRow(roleCounts(brokers, e.i)) })),
      brokerCount: ranked.length,
      stakeholderCount: network.stakeholders.length,
      definition: BROKERAGE_DEFINITION,
      computedAt: network.computedAt,
    };
  }

  /** Openness and brokerage of stakeholders in a validated scope (null when outside it). */
  async stakeholderIndicators(ids: readonly string[], scope: AnalysisScope): Promise<(StakeholderIndicatorsRow | null)[]> {
    const { network, brokers } = await this.brokerage(scope);
    const open = this.memo(`${network.key}|openness`, () => openness(network));
    return ids.map((id) => {
      const i = brokers.index.get(id);
      if (i === undefined) return null;
      return {
        openness: { ...open.byStakeholder.get(id)!, expected: null },
        brokerage: countsRow(roleCounts(brokers, i)),
        brokeredPairs: brokeredHelixPairs(brokers, i).sort((x, y) => y.pairs - x.pairs),
      };
    });
  }

  async groupedCounts(rawScope: unknown, items: string, groupBy: unknown) {
    const args = parseArgument(
      z.object({
        items: z.enum(COUNTED_ITEMS),
        groupBy: z.array(z.enum(COUNT_DIMENSIONS)).refine((d) => new Set(d).size === d.length, 'names a dimension twice'),
      }),
      { items, groupBy },
      'arguments',
    );
    if (args.items === 'STAKEHOLDERS' && args.groupBy.includes('STATUS')) {
      throw badInput('groupBy', 'STATUS applies to collaborations and participations, not stakeholders', 'HELIX, KIND or REGION_LEVEL');
    }
    const scope = await this.parseScope(rawScope);
    const network = await this.source.plainNetwork(scope);
    const facts = await this.factsFor(network.version);
    const grouped = this.memo(`${network.key}|counts:${args.items}:${args.groupBy.join()}`, () => {
      const rows = [...this.countedItems(args.items, scope, network, facts)];
      return { total: rows.length, groups: groupCounts(rows, args.groupBy) };
    });
    const kindField = { STAKEHOLDERS: 'stakeholderKind', COLLABORATIONS: 'collaborationKind', PARTICIPATIONS: 'programKind' }[args.items];
    return {
      items: args.items,
      groupBy: args.groupBy,
      total: grouped.total,
      groups: grouped.groups.map((g): GroupCountRow => ({
        count: g.count,
        ...(g.values.HELIX !== undefined ? { helix: g.values.HELIX } : {}),
        ...(g.values.KIND !== undefined ? { [kindField]: g.values.KIND } : {}),
        ...(g.values.REGION_LEVEL !== undefined ? { regionLevel: g.values.REGION_LEVEL } : {}),
        ...(g.values.STATUS !== undefined ? { status: g.values.STATUS } : {}),
      })),
      computedAt: network.computedAt,
    };
  }

  /** Each counted item with its values on every dimension. */
  private *countedItems(items: (typeof COUNTED_ITEMS)[number], scope: AnalysisScope, network: ScopeNetwork, facts: IndicatorFacts): Generator<Grouping<CountDimension>> {
    const helices = helixOf(network);
    const levelOf = (id: string) => facts.stakeholders.get(id)?.regionLevel ?? null;
    const onDay = scope.asOf ? toEpochDay(scope.asOf) : Math.floor(Date.now() / 86_400_000);
    const started = (day: number | null) => !scope.asOf || day === null || day <= onDay;
    if (items === 'STAKEHOLDERS') {
      for (const s of network.stakeholders) yield { HELIX: [s.helix], KIND: [facts.stakeholders.get(s.id)?.kind ?? null], REGION_LEVEL: [levelOf(s.id)], STATUS: [] };
    } else if (items === 'COLLABORATIONS') {
      for (const c of facts.collaborations) {
        const parties = c.parties.filter((p) => helices.has(p));
        if (parties.length === 0 || !started(c.startDay)) continue;
        yield { HELIX: parties.map((p) => helices.get(p)!), KIND: [c.kind], REGION_LEVEL: parties.map(levelOf), STATUS: [c.status] };
      }
    } else {
      for (const p of facts.participations) {
        const helix: Helix | undefined = helices.get(p.stakeholder);
        if (!helix || !started(p.startDay)) continue;
        const status = p.startDay !== null && p.startDay > onDay ? 'PLANNED' : p.endDay !== null && p.endDay < onDay ? 'ENDED' : 'ACTIVE';
        yield { HELIX: [helix], KIND: [p.programKind], REGION_LEVEL: [levelOf(p.stakeholder)], STATUS: [status] };
      }
    }
  }
}
