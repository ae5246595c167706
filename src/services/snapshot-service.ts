import { z } from 'zod';
import { INFLUENCE_METRICS, type InfluenceMetric } from '../analytics/centrality.js';
import { describeChange, standingsOf, type NetworkChangeRow, type NetworkFigures } from '../analytics/change.js';
import { currentActor } from '../domain/actor.js';
import type { Database } from '../db/database.js';
import { existingStakeholders, type SnapshotRecord, type SnapshotStore } from '../db/snapshot-store.js';
import { badInput, notFound } from '../domain/errors.js';
import { idSchema } from '../domain/dataset.js';
import type { AnalyticsService } from './analytics-service.js';
import { parseArgument } from './arguments.js';

export interface SnapshotEntryRow {
  rank: number;
  score: number;
  stakeholderId: string;
}

const inputSchema = z.object({
  scope: z.unknown().optional(),
  label: z.string().trim().min(1, 'must not be empty').max(200).optional(),
});

const today = () => new Date().toISOString().slice(0, 10);
const sameScope = (a: SnapshotRecord, b: SnapshotRecord) =>
  a.region === b.region && a.program === b.program && JSON.stringify([...(a.helices ?? [])].sort()) === JSON.stringify([...(b.helices ?? [])].sort());

/** Takes snapshots (figures computed by the analytics service, then kept) and compares them. */
export class SnapshotService {
  constructor(
    private readonly db: Database,
    readonly store: SnapshotStore,
    private readonly analytics: AnalyticsService,
  ) {}

  async take(input: unknown): Promise<SnapshotRecord> {
    const parsed = parseArgument(inputSchema, input, 'input');
    const scope = await this.analytics.scope(parsed.scope ?? {}, 'input.scope');
    const byMetric = new Map<InfluenceMetric, Map<string, number>>();
    for (const metric of INFLUENCE_METRICS) {
      byMetric.set(metric, new Map((await this.analytics.backend.standings(scope, metric)).map((s) => [s.id, s.score])));
    }
    const gaps = await this.analytics.backend.gaps(scope, 1);
    const stakeholderIds = [...byMetric.get('DEGREE')!.keys()].sort();
    const id = await this.store.create(
      {
        label: parsed.label ?? null,
        region: scope.region ?? null,
        program: scope.program ?? null,
        helices: scope.helices ?? null,
        asOf: scope.asOf ?? today(),
        stakeholderIds,
        scores: Object.fromEntries(INFLUENCE_METRICS.map((m) => [m, stakeholderIds.map((s) => byMetric.get(m)!.get(s)!)])) as SnapshotRecord['scores'],
        missingPairs: gaps.missingPairs,
        balance: gaps.balance.score,
        tieCount: gaps.tieCount,
        synergy: await this.analytics.indicators.synergy(scope),
      },
      currentActor(),
    );
    return (await this.store.byIds([id]))[0]!;
  }

  list(first: number) {
    return this.store.list(first);
  }

  /** The snapshot's ranking by a measure, top `first` of the stakeholders that still exist. */
  async ranking(snapshot: SnapshotRecord, metric: InfluenceMetric, first: number): Promise<SnapshotEntryRow[]> {
    const standings = standingsOf(snapshot.stakeholderIds, snapshot.scores[metric]);
    const entries: SnapshotEntryRow[] = [];
    // Check existence page by page (usually the first page is the answer); ranks count only
    // those still there, as if the deleted had never been.
    for (let start = 0; start < standings.length && entries.length < first; start += first) {
      const page = standings.slice(start, start + first);
      const existing = await existingStakeholders(this.db, page.map((s) => s.id));
      for (const s of page) if (existing.has(s.id) && entries.length < first) entries.push({ rank: entries.length + 1, score: s.score, stakeholderId: s.id });
    }
    return entries;
  }

  async change(from: string, to: string | null | undefined, metric: string, first: number): Promise<NetworkChangeRow> {
    const args = parseArgument(
      z.object({ from: idSchema, to: idSchema.optional(), metric: z.enum(INFLUENCE_METRICS) }),
      { from, to: to ?? undefined, metric },
      'arguments',
    );
    const [before, later] = await this.store.byIds(args.to ? [args.from, args.to] : [args.from]);
    if (!before) throw notFound('snapshot', args.from, 'from');
    if (args.to && !later) throw notFound('snapshot', args.to, 'to');
    if (later && !sameScope(before, later)) throw badInput('to', 'covers another scope than from', 'a snapshot of the same region, program and helices');
    if (later && later.asOf < before.asOf) throw badInput('to', 'describes an earlier date than from', 'the later snapshot');
    const after: NetworkFigures = later
      ? this.figuresOf(later, args.metric)
      : await this.analytics.figures({ ...(before.region ? { region: before.region } : {}), ...(before.program ? { program: before.program } : {}), ...(before.helices ? { helices: before.helices } : {}) }, args.metric);
    const figures = [this.figuresOf(before, args.metric), after];
    const existing = await existingStakeholders(this.db, [...new Set(figures.flatMap((f) => f.standings.map((s) => s.id)))]);
    // Stakeholders deleted since are left out as if they had never been: ranks close up.
    const [b, a] = figures.map((f) => ({
      ...f,
      standings: f.standings.filter((s) => existing.has(s.id)).map((s, i) => ({ ...s, rank: i + 1 })),
      connected: new Set([...f.connected].filter((id) => existing.has(id))),
    }));
    return describeChange(b!, a!, args.metric, first);
  }

  private figuresOf(snapshot: SnapshotRecord, metric: InfluenceMetric): NetworkFigures {
    return {
      on: snapshot.asOf,
      standings: standingsOf(snapshot.stakeholderIds, snapshot.scores[metric]),
      connected: new Set(snapshot.stakeholderIds.filter((_, i) => snapshot.scores.DEGREE[i]! > 0)),
      missingPairs: snapshot.missingPairs,
      balance: snapshot.balance,
      stakeholderCount: snapshot.stakeholderCount,
      tieCount: snapshot.tieCount,
      synergy: snapshot.synergy,
    };
  }
}
