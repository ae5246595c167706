import type { LoggedChange } from '../db/graph-version.js';
import type { GraphChangeEvent, GraphFeedEvent } from '../domain/changes.js';
import type { Logger } from '../logger.js';
import { SerialRun } from './serial-run.js';

/** What the feed reads: the graph version and the change log (src/db/change-log-store.ts over Neo4j). */
export interface ChangeLogSource {
  version(): Promise<number>;
  /** The log's entries after `since` up to `until`, oldest first; versions it does not hold are absent. */
  entries(since: number, until: number): Promise<LoggedChange[]>;
  /** Calls `wake` after each write this process commits. */
  onLocalCommit(wake: () => void): void;
}

/** How many times, and how far apart, a log found short of its version is read again before a RELOAD. */
const GAP_READS = 3;
const GAP_PAUSE_MS = 100;

export type FeedListener = (event: GraphFeedEvent) => void;

export interface ChangeFeedOptions {
  /** How often the graph version is read while anyone listens (writes of other replicas are seen this late at most). */
  pollMs?: number;
}

interface Subscriber {
  listener: FeedListener;
  /** The last version this subscriber was told about; null until the feed first reads the version. */
  cursor: number | null;
}

const eventOf = (c: LoggedChange): GraphChangeEvent => ({
  kind: 'CHANGED',
  version: c.version,
  since: c.version - 1,
  action: c.action,
  at: c.at,
  items: c.changed,
  stakeholders: c.stakeholders,
  reach: c.reach,
});

/**
 * The committed changes of the graph, as events, for everyone in this process who listens
 * (subscriptions, webhooks). Events come from the change log after the writes committed: a write
 * that rolled back is never told, and a write another replica took is told here too. One poller
 * per process, whatever the number of listeners: it reads the graph version every `pollMs` while
 * anyone listens, at once after a local commit, and stops (no timer left) when the last listener
 * goes. Each listener has its own cursor, so one that asked to start from an older version is
 * caught up from the log; when the log no longer covers a listener's versions (a bulk import,
 * the seed, or more than CHANGE_LOG_LENGTH writes), it gets one RELOAD event instead.
 *
 *     const unsubscribe = feed.subscribe((event) => ..., sinceVersion);
 */
export class ChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  private timer: NodeJS.Timeout | null = null;
  private readonly reads = new SerialRun(
    () => this.poll(),
    (error: unknown) => this.logger.warn({ err: error }, 'change feed could not read the change log'),
    () => this.subscribers.size > 0,
  );
  /** The newest version read; listeners without a starting version start here. */
  private position: number | null = null;
  private readonly pollMs: number;
  /** Reads in a row that found the log short of the version (see poll). */
  private gapReads = 0;

  constructor(
    private readonly source: ChangeLogSource,
    private readonly logger: Logger,
    options: ChangeFeedOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1_000;
    source.onLocalCommit(() => this.wake());
  }

  /**
   * Calls `listener` with every change committed after `since` (default: from now), in version
   * order, until the returned function is called.
   */
  subscribe(listener: FeedListener, since?: number): () => void {
    const subscriber: Subscriber = { listener, cursor: since ?? this.position };
    this.subscribers.add(subscriber);
    if (!this.timer) {
      this.timer = setInterval(() => this.wake(), this.pollMs);
      this.timer.unref();
    }
    if (subscriber.cursor === null || subscriber.cursor !== this.position) this.wake();
    return () => {
      if (!this.subscribers.delete(subscriber) || this.subscribers.size > 0) return;
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      this.position = null;
    };
  }

  /** The graph's current version, read now: a client that reads it, then the graph, then subscribes from it misses nothing. */
  version(): Promise<number> {
    return this.source.version();
  }

  get listenerCount(): number {
    return this.subscribers.size;
  }

  /** Reads the log now rather than at the next tick; a read under way is followed by one more. */
  wake(): void {
    this.reads.run();
  }

  /** A promise of the read under way (tests and shutdown wait for it). */
  settled(): Promise<void> {
    return this.reads.current ?? Promise.resolve();
  }

  private async poll(): Promise<void> {
    const version = await this.source.version();
    this.position = version;
    const behind = [...this.subscribers].filter((s) => s.cursor !== version);
    if (behind.length === 0) return;
    for (const s of behind) if (s.cursor === null) s.cursor = version;
    const cursors = behind.map((s) => s.cursor!).filter((c) => c < version);
    const from = Math.min(...cursors);
    const entries = cursors.length ? await this.source.entries(from, version) : [];
    const complete = (since: number) => since < version && entries.filter((e) => e.version > since).length === version - since;
    // A reader may see a write's version before the rest of that write (Neo4j reads committed
    // data, not one snapshot): a missing entry is read again a few times before it means RELOAD.
    if (behind.some((s) => s.cursor! < version && !complete(s.cursor!)) && this.gapReads < GAP_READS) {
      this.gapReads++;
      setTimeout(() => this.wake(), GAP_PAUSE_MS).unref();
      return;
    }
    this.gapReads = 0;
    for (const s of behind) {
      // A subscriber that left, or started, while the log was read is served from the next read.
      if (!this.subscribers.has(s) || s.cursor === version) continue;
      const since = s.cursor!;
      const events: GraphFeedEvent[] = complete(since) ? entries.filter((e) => e.version > since).map(eventOf) : [{ kind: 'RELOAD', since, version }];
      s.cursor = version;
      for (const event of events) this.tell(s, event);
    }
  }

  private tell(subscriber: Subscriber, event: GraphFeedEvent): void {
    try {
      subscriber.listener(event);
    } catch (error) {
      // One listener's failure must not keep the event from the others.
      this.logger.error({ err: error, version: event.version }, 'change feed listener failed');
    }
  }
}
