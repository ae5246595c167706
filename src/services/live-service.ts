import { z } from 'zod';
import { INFLUENCE_METRICS } from '../analytics/centrality.js';
import { coalesce, concerns, type GraphFeedEvent, type LiveScope } from '../domain/changes.js';
import { badInput, DomainError } from '../domain/errors.js';
import type { AnalyticsService, InfluenceRankingRow } from './analytics-service.js';
import { parseArgument } from './arguments.js';
import type { ChangeFeed } from './change-feed.js';
import { LiveStream, mapStream } from './live-stream.js';

export interface LiveLimits {
  /** Open subscriptions per client (API key or token subject; address when anonymous). */
  perClient: number;
  /** Events per second per subscription; faster changes are merged into the next event. */
  eventsPerSecond: number;
  /** A subscription told nothing for this long ends; the client subscribes again (with `since`). */
  idleMs: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = { perClient: 20, eventsPerSecond: 2, idleMs: 30 * 60_000 };

export interface InfluenceChangeRow {
  version: number;
  ranking: InfluenceRankingRow;
  entered: string[];
  left: string[];
}

/**
 * Subscriptions: the change feed filtered to a scope, and rankings recomputed after changes in
 * their scope, each under the limits (a bounded number per client, a bounded rate of events,
 * an idle end). Everything a subscription holds is released when its stream ends, however.
 */
export class LiveService {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly feed: ChangeFeed,
    private readonly analytics: AnalyticsService,
    readonly limits: LiveLimits = DEFAULT_LIVE_LIMITS,
  ) {}

  /** Open subscriptions (all clients); tests check it returns to zero. */
  get openCount(): number {
    let n = 0;
    for (const count of this.open.values()) n += count;
    return n;
  }

  /** Clients with open subscriptions (an entry per client, removed with its last subscription). */
  get clientCount(): number {
    return this.open.size;
  }

  version(): Promise<number> {
    return this.feed.version();
  }

  async graphChanged(client: string, rawScope: unknown, since: number | null | undefined): Promise<AsyncIterableIterator<GraphFeedEvent>> {
    const scope = await this.scope(rawScope);
    const start = parseArgument(z.number().int().min(0).nullish(), since, 'since');
    const tell = (stream: LiveStream<GraphFeedEvent>) => (event: GraphFeedEvent) => {
      if (concerns(event, scope)) stream.push(event);
    };
    return this.stream(client, (stream) => this.feed.subscribe(tell(stream), start ?? undefined), (a, b) => coalesce([a, b])!);
  }

  async influenceChanged(client: string, rawScope: unknown, metric: string, first: number | null | undefined): Promise<AsyncIterableIterator<InfluenceChangeRow>> {
    const scope = await this.scope(rawScope);
    const args = parseArgument(z.object({ metric: z.enum(INFLUENCE_METRICS), first: z.number().int().min(1).max(50) }), { metric, first: first ?? 10 }, 'arguments');
    const version = await this.feed.version();
    // Changes in the scope (merged when they come fast) each trigger one ranking; the first is now.
    const tell = (stream: LiveStream<number>) => (event: GraphFeedEvent) => {
      if (concerns(event, scope)) stream.push(event.version);
    };
    const changes = this.stream<number>(client, (stream) => this.feed.subscribe(tell(stream)), (_older, newer) => newer);
    changes.push(version);
    let top: string[] | null = null;
    return mapStream(changes, async (at) => {
      const ranking = await this.analytics.backend.ranking(scope, args.metric, args.first);
      const ids = ranking.entries.map((e) => e.stakeholderId);
      const before = top;
      if (before && before.length === ids.length && before.every((id, i) => id === ids[i])) return undefined;
      top = ids;
      return { version: at, ranking, entered: ids.filter((id) => !before?.includes(id)), left: (before ?? []).filter((id) => !ids.includes(id)) };
    });
  }

  /** A live scope: the analytics scope rule and its references, without a date. */
  private async scope(raw: unknown): Promise<LiveScope> {
    const { asOf, ...scope } = await this.analytics.scope(raw);
    if (asOf) throw badInput('scope.asOf', 'does not apply to live updates', 'no asOf: live updates follow the network as it is now');
    return scope;
  }

  /** A stream under the limits, counted against its client until it ends; `attach` subscribes it and returns how to detach. */
  private stream<T>(client: string, attach: (stream: LiveStream<T>) => () => void, merge: (older: T, newer: T) => T): LiveStream<T> {
    const count = this.open.get(client) ?? 0;
    if (count >= this.limits.perClient) {
      throw new DomainError('RATE_LIMITED', `this client already has ${count} open subscriptions, the most allowed; close one first`, {
        retryable: true,
        expected: `at most ${this.limits.perClient} open subscriptions per client`,
      });
    }
    this.open.set(client, count + 1);
    let detach: (() => void) | null = null;
    const stream = new LiveStream<T>({
      minGapMs: 1_000 / this.limits.eventsPerSecond,
      idleMs: this.limits.idleMs,
      merge,
      onClose: () => {
        detach?.();
        const left = (this.open.get(client) ?? 1) - 1;
        if (left > 0) this.open.set(client, left);
        else this.open.delete(client);
      },
    });
    detach = attach(stream);
    return stream;
  }
}
