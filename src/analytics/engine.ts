import type { Helix } from '../domain/vocabulary.js';
import type { Logger } from '../logger.js';
import {
  communities,
  degrees,
  helixDiversity,
  rankOrder,
  standingsOf,
  strengths,
  type Csr,
  type Estimate,
  type InfluenceMetric,
  type SamplingOptions,
} from './centrality.js';
import type { Standing } from './change.js';
import { CompactProjection, tieGraphOf, withIds, type AnalysisScope, type ProjectionSource, type ScopedView } from './compact.js';
import { cutPointsOf, updateCutPoints, type CutPoints } from './cut-points.js';
import { computeMeasure, type MeasureResult, type MeasureTask } from './measure-worker.js';
import { decodeImage, encodeImage } from './projection-image.js';
import type { TieGraph } from './projection.js';
import { measureWorkers, type MeasureWorkers } from './workers.js';

export type { AnalysisScope } from './compact.js';

/** How long an estimated measure may draw sources (it always draws at least MIN_PIVOTS). */
export const DEFAULT_BUDGET_MS = 15_000;

export interface EngineOptions extends SamplingOptions {
  /** Keep at most this many scoped graphs (with their results) of the current version. */
  maxScopes?: number;
  /** The clock traversal costs are aged by (tests fix it). */
  now?: () => number;
  /** Compute long measures in a worker thread (default); false computes them in the caller's thread. */
  offThread?: boolean;
  /**
   * How each analysis learns the graph version (default: the source's, read every time). A
   * GraphVersionClock saves that round trip on most reads within its bound.
   */
  version?: () => Promise<number>;
  /** Where the projection's image is kept across restarts (absent: every start loads in full). */
  images?: ProjectionImages;
  /** How long after a delta the image is rewritten (writes in between are folded into one); default 60 s. */
  imageDelayMs?: number;
}

/** Storage for one projection image (src/db/projection-image-file.ts keeps it in a file). */
export interface ProjectionImages {
  read(): Promise<Buffer | null>;
  write(bytes: Buffer): Promise<void>;
}

/** What a scope's results at an older version lend the next version: PageRank's start, the cut points to update. */
interface Carried {
  pageRank?: { ids: string[]; values: Float64Array };
  cuts?: { csr: Csr; cuts: CutPoints };
  /** What `memoCarried` results hand on, by name (the gap report's ranked pairs). */
  more?: Record<string, unknown>;
}

/**
 * One scope of the network at one graph version: its compact view, and every result computed
 * over it, each computed when first asked (concurrent askers share one computation) and kept
 * until the version moves on.
 */
export class ScopedGraph {
  private tieGraph: TieGraph | null = null;
  private readonly results = new Map<string, Promise<unknown>>();
  readonly helices: Helix[];

  constructor(
    readonly view: ScopedView,
    readonly version: number,
    /** Stable key of (version, scope). */
    readonly key: string,
    readonly computedAt: string,
    private readonly options: EngineOptions,
    /** From the same scope at an older version; `carry` hands this version's on. */
    private readonly carried: Carried,
    private readonly carry: (update: Carried) => void,
    private readonly workers: MeasureWorkers | null,
  ) {
    this.helices = view.stakeholders.map((s) => s.helix);
  }

  get csr(): Csr {
    return this.view.csr;
  }

  get order(): number {
    return this.view.stakeholders.length;
  }

  get size(): number {
    return this.view.ties.count;
  }

  /** The graphology graph of this scope, built on first use (paths, gaps, Louvain). */
  get graph(): TieGraph {
    this.tieGraph ??= tieGraphOf(this.view);
    return this.tieGraph;
  }

  /** The names of the results computed (or under way) over this scope. */
  get computed(): string[] {
    return [...this.results.keys()];
  }

  /** Computes once per name and serves the same promise after that. */
  memo<T>(name: string, compute: () => T | Promise<T>): Promise<T> {
    let result = this.results.get(name) as Promise<T> | undefined;
    if (!result) {
      result = Promise.resolve().then(compute);
      this.results.set(name, result);
      result.catch(() => this.results.delete(name));
    }
    return result;
  }

  /** As memo, handed the result the same scope's previous version computed under that name (to update rather than redo). */
  memoCarried<T>(name: string, compute: (previous: T | undefined) => T | Promise<T>): Promise<T> {
    return this.memo(name, async () => {
      const result = await compute(this.carried.more?.[name] as T | undefined);
      this.carry({ more: { [name]: result } });
      return result;
    });
  }

  /** One measure for every stakeholder of the scope; betweenness and closeness say whether they are estimates. */
  async measure(metric: InfluenceMetric): Promise<Estimate> {
    return (await this.measured(metric)).estimate;
  }

  /** A measure, with its ranking order when a worker computed it (sorted there). */
  private measured(metric: InfluenceMetric): Promise<{ estimate: Estimate; order?: Int32Array }> {
    const exact = (values: ArrayLike<number>) => ({ estimate: { values: Float64Array.from(values), exact: true, samples: this.order, errorBound: null } });
    return this.memo<{ estimate: Estimate; order?: Int32Array }>(`measure:${metric}`, () => {
      const { csr } = this;
      switch (metric) {
        case 'DEGREE':
          return exact(degrees(csr));
        case 'WEIGHTED_DEGREE':
          return exact(strengths(csr));
        case 'HELIX_DIVERSITY':
          return exact(helixDiversity(csr, this.helices));
        case 'PAGERANK':
          return this.pageRank();
        default:
          return this.offThread({ metric, csr: this.adjacency, options: this.sampling });
      }
    });
  }

  /** The options a worker needs (plain data: they are posted to it). */
  private get sampling(): SamplingOptions {
    const { exactLimit, pivots, seed, budgetMs = DEFAULT_BUDGET_MS } = this.options;
    return { exactLimit, pivots, seed, budgetMs };
  }

  private get adjacency() {
    const { offsets, targets, weights } = this.csr;
    return { offsets, targets, weights };
  }

  private offThread(task: Omit<MeasureTask, 'id'>): Promise<MeasureResult> {
    if (this.workers) return this.workers.run(task);
    const estimate = computeMeasure(task);
    return Promise.resolve({ estimate, order: rankOrder(estimate.values) });
  }

  /** PageRank, started from the previous version's vector for this scope when there is one. */
  private async pageRank(): Promise<MeasureResult> {
    let start: Float64Array | undefined;
    const warm = this.carried.pageRank;
    if (warm) {
      const n = this.order;
      start = new Float64Array(n).fill(1 / Math.max(n, 1));
      warm.ids.forEach((id, i) => {
        const at = this.csr.index.get(id);
        if (at !== undefined) start![at] = warm.values[i]!;
      });
      const sum = start.reduce((s, x) => s + x, 0);
      if (sum > 0) for (let i = 0; i < n; i++) start[i] = start[i]! / sum;
    }
    const result = await this.offThread({ metric: 'PAGERANK', csr: this.adjacency, options: this.sampling, ...(start ? { start } : {}) });
    this.carry({ pageRank: { ids: this.csr.ids, values: result.estimate.values } });
    return result;
  }

  /** Everyone in the scope ranked by a measure, sorted once. */
  ranked(metric: InfluenceMetric): Promise<Standing[]> {
    return this.memo(`ranked:${metric}`, async () => {
      const { estimate, order } = await this.measured(metric);
      return standingsOf(this.csr.ids, estimate.values, order ?? rankOrder(estimate.values));
    });
  }

  /** Articulation points and bridges: updated from the previous version's where a write left them be. */
  cuts(): Promise<CutPoints> {
    return this.memo('cuts', () => {
      const before = this.carried.cuts;
      const cuts = before ? updateCutPoints(before, this.csr) : cutPointsOf(this.csr);
      this.carry({ cuts: { csr: this.csr, cuts } });
      return cuts;
    });
  }

  communities(): Promise<{ community: Int32Array; modularity: number }> {
    return this.memo('communities', () => communities(this.graph, this.csr, this.options.seed));
  }
}

/**
 * The in-memory side of analytics: the whole stakeholder-tie network in a compact projection,
 * kept at the current graph version by applying the change log's deltas (a full load only at
 * start and when the log no longer covers the gap), and scoped per request.
 */
export class AnalyticsEngine {
  private projection = new CompactProjection();
  private refreshing: Promise<void> | null = null;
  /** The last version the engine was told and caught up to (a clock may tell it again after the projection moved on). */
  private confirmed: number | null = null;
  private readonly scopes = new Map<string, ScopedGraph>();
  private readonly carried = new Map<string, Carried>();
  /** How often the whole projection was read, how often a delta was applied instead, and how often an image stood for a load. */
  readonly loads = { full: 0, delta: 0, image: 0 };
  private readonly workers: MeasureWorkers | null;
  /** The image write waiting for writes to settle, and the one under way. */
  private imageTimer: NodeJS.Timeout | null = null;
  private imageWrite: Promise<void> | null = null;

  constructor(
    private readonly source: ProjectionSource,
    private readonly logger: Logger,
    private readonly options: EngineOptions = {},
  ) {
    this.workers = options.offThread === false ? null : measureWorkers();
  }

  /** Bytes the projection's columns take (the benchmark reports it). */
  get projectionBytes(): number {
    return this.projection.columnBytes;
  }

  /** The graph version the projection holds (null before the first load). */
  get loadedVersion(): number | null {
    return this.projection.version >= 0 ? this.projection.version : null;
  }

  /** Loads the projection in the background, so the first analysis does not pay for it. */
  start(): void {
    this.refresh().catch((error: unknown) => this.logger.warn({ err: error }, 'analytics projection not loaded at start'));
  }

  /** Brings the projection to the current graph version (one refresh at a time, shared). */
  private async current(): Promise<void> {
    const version = await (this.options.version ?? (() => this.source.version()))();
    if (this.projection.version === version || this.confirmed === version) return;
    await this.refresh();
    // A refresh already under way may have read the version before the one this caller was told.
    if (this.projection.version < version) await this.refresh();
    this.confirmed = version;
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.catchUp().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async catchUp(): Promise<void> {
    const started = performance.now();
    if (this.projection.version < 0) await this.restore();
    const held = this.projection;
    if (held.version >= 0) {
      try {
        const version = await this.source.changes(held.version, held.patcher());
        // Nothing committed since (a clock told an older version than a load read): the results stand.
        if (version === held.version) return;
        if (version !== null) {
          held.version = version;
          held.compactIfSparse();
          this.loads.delta++;
          this.scopes.clear();
          this.logger.debug({ version, ms: Math.round(performance.now() - started) }, 'analytics projection patched');
          this.saveImage(this.options.imageDelayMs ?? 60_000);
          return;
        }
      } catch (error) {
        // A delta that failed half-way (a read racing a delete, say) leaves the projection
        // unknown: it is loaded in full at once, and a failure of that load is the request's.
        this.projection = new CompactProjection();
        this.logger.warn({ err: error }, 'analytics delta failed: loading the projection in full');
      }
    }
    const fresh = new CompactProjection();
    fresh.version = await this.source.load(fresh.loader());
    this.projection = fresh;
    this.loads.full++;
    this.scopes.clear();
    this.logger.info({ version: fresh.version, stakeholders: fresh.stakeholderCount, ties: fresh.liveTieCount, ms: Math.round(performance.now() - started) }, 'analytics projection loaded');
    this.saveImage(0);
  }

  /** Takes the kept image for the first load when storage tells its version's stamp still; the delta since then follows. */
  private async restore(): Promise<void> {
    if (!this.options.images) return;
    const started = performance.now();
    try {
      const bytes = await this.options.images.read();
      const stamped = bytes && decodeImage(bytes);
      if (!stamped) {
        if (bytes) this.logger.warn('analytics projection image unreadable: loading in full');
        return;
      }
      const stamp = await this.source.stamp(stamped.image.version);
      if (stamp !== stamped.stamp) {
        this.logger.info({ version: stamped.image.version }, 'analytics projection image is of another history: loading in full');
        return;
      }
      this.projection = CompactProjection.fromImage(stamped.image);
      this.loads.image++;
      this.logger.info({ version: stamped.image.version, ms: Math.round(performance.now() - started) }, 'analytics projection taken from its image');
    } catch (error) {
      this.logger.warn({ err: error }, 'analytics projection image not used: loading in full');
    }
  }

  /** Writes the projection's image after `delayMs` (a write already waiting keeps its time), off the request's path. */
  private saveImage(delayMs: number): void {
    if (!this.options.images || this.imageTimer) return;
    this.imageTimer = setTimeout(() => this.writeImageNow(), delayMs);
    this.imageTimer.unref();
  }

  /** Queues the write of the image as it stands, after one under way. */
  private writeImageNow(): void {
    if (this.imageTimer) clearTimeout(this.imageTimer);
    this.imageTimer = null;
    this.imageWrite = (this.imageWrite ?? Promise.resolve()).then(() => this.writeImage());
  }

  private async writeImage(): Promise<void> {
    const held = this.projection;
    const version = held.version;
    try {
      const stamp = await this.source.stamp(version);
      // A refresh under way may be between applying a delta and naming its version: try again after.
      if (this.refreshing) {
        this.saveImage(1_000);
        return;
      }
      if (stamp === null || this.projection !== held || held.version !== version) return;
      const started = performance.now();
      await this.options.images!.write(await encodeImage({ image: held.image(), stamp }));
      this.logger.debug({ version, ms: Math.round(performance.now() - started) }, 'analytics projection image written');
    } catch (error) {
      this.logger.warn({ err: error }, 'analytics projection image not written');
    }
  }

  /** Writes a pending image now (at shutdown), and waits for one under way. */
  async flush(): Promise<void> {
    if (this.imageTimer) this.writeImageNow();
    await this.imageWrite;
  }

  async graph(scope: AnalysisScope = {}): Promise<ScopedGraph> {
    await this.current();
    const projection = this.projection;
    const scopeKey = JSON.stringify([scope.region ?? null, scope.program ?? null, scope.helices ? [...scope.helices].sort() : null, scope.asOf ?? null, scope.activeOn ?? null]);
    const key = `${projection.version}|${scopeKey}`;
    let scoped = this.scopes.get(key);
    if (!scoped) {
      if (this.scopes.size >= (this.options.maxScopes ?? 50)) this.scopes.clear();
      if (this.carried.size > 50) this.carried.clear();
      const carried = { ...this.carried.get(scopeKey) };
      const carry = (update: Carried) => {
        const held = this.carried.get(scopeKey);
        this.carried.set(scopeKey, { ...held, ...update, more: { ...held?.more, ...update.more } });
      };
      scoped = new ScopedGraph(withIds(projection.view(scope, (this.options.now ?? Date.now)())), projection.version, key, new Date().toISOString(), this.options, carried, carry, this.workers);
      this.scopes.set(key, scoped);
    }
    return scoped;
  }
}
