import { buildTieGraph, type Projection, type ProjectedTie, type TieGraph } from '../analytics/projection.js';
import { OPEN_END_DAY, OPEN_START_DAY, toEpochDay, type ProjectionStore, type StoredGraph, type StoredTie } from '../db/projection-store.js';
import type { Helix } from '../domain/vocabulary.js';
import type { Logger } from '../logger.js';

/** Which part of the network an analysis runs over. */
export interface AnalysisScope {
  region?: string;
  program?: string;
  helices?: Helix[];
  /** The network as it stood on this date: facts started by then (undated facts count). */
  asOf?: string;
  /** Only facts active on this date (paths: "collaborations active on a date"). */
  activeOn?: string;
}

export interface ScopedGraph {
  graph: TieGraph;
  version: number;
  /** Stable key of (version, scope) for memoising results computed over this graph. */
  key: string;
  computedAt: string;
}

const DAY_MS = 86_400_000;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The facts of a tie that count under a scope, folded into one projected tie (or null). */
function projectTie(tie: StoredTie, scope: AnalysisScope, todayDay: number): ProjectedTie | null {
  const asOf = scope.asOf ? toEpochDay(scope.asOf) : null;
  const activeOn = scope.activeOn ? toEpochDay(scope.activeOn) : null;
  const horizon = asOf ?? todayDay;
  let weight = 0;
  let collaborations = 0;
  let last = -Infinity;
  let dated = false;
  let facts = 0;
  for (let i = 0; i < tie.factStarts.length; i++) {
    const start = tie.factStarts[i]!;
    const end = tie.factEnds[i]!;
    if (asOf !== null && start !== OPEN_START_DAY && start > asOf) continue;
    if (activeOn !== null && (start > activeOn || end < activeOn)) continue;
    weight += tie.factWeights[i]!;
    facts++;
    if (tie.factIsCollaboration[i]) collaborations++;
    if (start !== OPEN_START_DAY || end !== OPEN_END_DAY) {
      dated = true;
      // An open-ended fact is active up to the horizon; an ended one up to its end.
      last = Math.max(last, Math.min(end === OPEN_END_DAY ? horizon : end, horizon));
    }
  }
  if (weight === 0) return null;
  return {
    source: tie.source,
    target: tie.target,
    weight,
    collaborations,
    programs: facts - collaborations,
    evidence: tie.evidence,
    lastActiveOn: dated ? isoDay(last) : null,
  };
}

/**
 * The in-memory side of analytics: the whole stakeholder-tie graph, loaded once per graph
 * version (concurrent readers share one load) and scoped per request. Results computed over a
 * scoped graph are memoised under its key, so repeated reads are cheap and a write (which
 * bumps the version) invalidates them all at once.
 */
export class AnalyticsEngine {
  private stored: StoredGraph | null = null;
  private loading: Promise<StoredGraph> | null = null;
  private readonly scoped = new Map<string, ScopedGraph>();
  private readonly results = new Map<string, unknown>();

  constructor(
    private readonly store: ProjectionStore,
    private readonly logger: Logger,
  ) {}

  /** The graph version the projection holds (null before the first analysis). */
  get loadedVersion(): number | null {
    return this.stored?.version ?? null;
  }

  /** The current graph version and its stored projection, reloading when a write moved it. */
  private async current(): Promise<StoredGraph> {
    const version = await this.store.version();
    if (this.stored?.version === version) return this.stored;
    if (!this.loading) {
      const started = performance.now();
      this.loading = this.store
        .load()
        .then((stored) => {
          this.stored = stored;
          this.scoped.clear();
          this.results.clear();
          this.logger.info({ version: stored.version, stakeholders: stored.stakeholders.length, ties: stored.ties.length, ms: Math.round(performance.now() - started) }, 'analytics projection loaded');
          return stored;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    const loaded = await this.loading;
    // A write may have landed during the load; the next call will see the newer version.
    return loaded;
  }

  async graph(scope: AnalysisScope = {}): Promise<ScopedGraph> {
    const stored = await this.current();
    const key = JSON.stringify([stored.version, scope.region ?? null, scope.program ?? null, scope.helices ? [...scope.helices].sort() : null, scope.asOf ?? null, scope.activeOn ?? null]);
    const cached = this.scoped.get(key);
    if (cached) return cached;
    const today = scope.asOf ? new Date(scope.asOf) : new Date();
    const todayDay = Math.floor(today.getTime() / DAY_MS);
    const members = scope.program ? (stored.programMembers.get(scope.program) ?? new Set<string>()) : null;
    const helices = scope.helices ? new Set(scope.helices) : null;
    const stakeholders = stored.stakeholders.filter(
      (s) => (!scope.region || s.regions.includes(scope.region)) && (!members || members.has(s.id)) && (!helices || helices.has(s.helix)),
    );
    const kept = new Set(stakeholders.map((s) => s.id));
    const ties: ProjectedTie[] = [];
    for (const tie of stored.ties) {
      if (!kept.has(tie.source) || !kept.has(tie.target)) continue;
      const projected = projectTie(tie, scope, todayDay);
      if (projected) ties.push(projected);
    }
    const projection: Projection = { stakeholders, ties };
    const result = { graph: buildTieGraph(projection, today), version: stored.version, key, computedAt: new Date().toISOString() };
    if (this.scoped.size > 50) this.scoped.clear();
    this.scoped.set(key, result);
    return result;
  }

  /** Computes once per (scoped graph, name) and serves the cached value after that. */
  memo<T>(scoped: ScopedGraph, name: string, compute: () => T): T {
    const key = `${scoped.key}|${name}`;
    if (this.results.has(key)) return this.results.get(key) as T;
    const value = compute();
    if (this.results.size > 500) this.results.clear();
    this.results.set(key, value);
    return value;
  }
}
