import neo4j, { isRetryableError, Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type Session, type Transaction } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { classifyDriverError } from './failures.js';
import { toNative } from './values.js';

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  /** How long the driver retries a unit of work on transient failures (default 3 s). */
  maxRetryMs?: number;
  /**
   * How long a unit of work that clashed with others (deadlock, an item deleted under it) is run
   * again, after the driver's own retries (default 20 s).
   */
  contentionBudgetMs?: number;
  logger: Logger;
}

/** One statement and its parameters. */
interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** An auto-commit attempt that failed in a way worth running again as a transaction function. */
const RETRY = Symbol('retry');

/** While the database is down, how often one probe checks whether it is back. */
const PROBE_INTERVAL_MS = 500;

/** A transaction that names every query it runs and returns plain rows. */
export interface Tx {
  /** Runs one parameterised query; `name` goes into the transaction metadata and the logs. */
  rows<T = Record<string, unknown>>(name: string, cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  /** The raw managed transaction, for the rare caller that needs driver results. */
  raw: ManagedTransaction;
}

/**
 * One driver per process; every unit of work goes through executeRead/executeWrite so it is
 * retried on transient failures and routed correctly on a cluster (reads to followers, writes
 * to the leader). A write bumps the graph version in the same transaction (see graph-version).
 */
/** What one unit of work reports to observers: its name (a constant of the code), mode, time, outcome. */
export type TransactionObserver = (done: { operation: string; mode: 'READ' | 'WRITE'; seconds: number; ok: boolean }) => void;

export class Database {
  readonly driver: Driver;
  readonly name: string;
  private readonly logger: Logger;
  private readonly timeoutMs: number;
  private readonly contentionBudgetMs: number;
  /** Units of work run again after a clash with other transactions; tests and metrics read it. */
  contentionRetries = 0;
  /** Number of queries sent since start; tests use it to prove batching. */
  queryCount = 0;
  /** Write transactions committed through this object: a version read older than the last one is stale. */
  writesCommitted = 0;
  /** Set when a unit of work found the database unreachable; cleared by a successful probe. */
  private down = false;
  /** Units of work refused at once because the database was known to be down. */
  refusedWhileDown = 0;
  private probe: Promise<void> | null = null;
  private readonly observers: TransactionObserver[] = [];

  constructor(options: DatabaseOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      // Fail fast when the database is gone rather than queueing requests for a minute.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: options.maxRetryMs ?? 3_000,
      maxConnectionPoolSize: 50,
      logging: {
        level: 'warn',
        logger: (level, message) => options.logger[level === 'error' ? 'error' : 'warn']({ driver: message }, 'neo4j driver'),
      },
    });
    this.name = options.database;
    this.logger = options.logger;
    this.timeoutMs = options.queryTimeoutMs;
    this.contentionBudgetMs = options.contentionBudgetMs ?? 20_000;
  }

  /** A read transaction; `timeoutMs` overrides the default limit (path searches use their own). */
  read<T>(name: string, work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.session('READ', name, work, timeoutMs);
  }

  /** A write transaction; `timeoutMs` overrides the default limit (0: none, for the start-up seed). */
  write<T>(name: string, work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.session('WRITE', name, work, timeoutMs);
  }

  /**
   * One long transaction with no time limit and no retries, for work that streams what it reads
   * to a file (a backup): a retry would write twice. The work's changes are always rolled back.
   */
  async unbounded<T>(name: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
    this.checkAvailable();
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    const tx = session.beginTransaction({ timeout: 0, metadata: { app: 'pentahelix-graph', operation: name } });
    try {
      return await work(tx);
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
    }
  }

  /**
   * A read of one query, sent as an auto-commit transaction: RUN and PULL in one write and one
   * round trip, where a transaction function also sends BEGIN and COMMIT (three writes, two more
   * waits for the database). The driver does not retry auto-commit work, so a retriable failure
   * runs the query again as a transaction function, with the driver's retries, as every read did.
   * `timeoutMs` overrides the default limit (path searches use their own).
   */
  query<T = Record<string, unknown>>(name: string, cypher: string, params: Record<string, unknown> = {}, timeoutMs?: number): Promise<T[]> {
    return this.session('READ', name, (tx) => tx.rows<T>(name, cypher, params), timeoutMs, { cypher, params });
  }

  /** Whether the last unit of work reached the database (false until a probe sees it back). */
  get available(): boolean {
    return !this.down;
  }

  /** Closes the gate until a probe sees the database answer again (its process is known to have died). */
  markUnavailable(): void {
    this.down = true;
  }

  /** Calls `observer` after every unit of work (metrics). */
  observe(observer: TransactionObserver): void {
    this.observers.push(observer);
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.name });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /**
   * Fails at once while the database is known to be down, instead of letting every request
   * wait out the driver's retries; a background ping (at most one per interval) reopens the
   * gate when the database is back, so the service recovers without a restart.
   */
  private checkAvailable(): void {
    if (!this.down) return;
    this.probe ??= this.ping()
      .then((up) => {
        if (up) this.down = false;
      })
      .finally(() => setTimeout(() => (this.probe = null), PROBE_INTERVAL_MS).unref());
    this.refusedWhileDown++;
    throw new Neo4jError('the database is unavailable', 'ServiceUnavailable', '08000', 'connection exception');
  }

  /**
   * Runs a unit of work, and runs it again (short, growing, jittered pauses) while it fails on
   * contention or on an item deleted under it, within the contention budget. The driver retries
   * transient failures too, but with pauses of 1 s and more and a short budget meant for outages;
   * under a burst of writes to the same items a deadlock can recur past it.
   */
  private async session<T>(mode: 'READ' | 'WRITE', name: string, work: (tx: Tx) => Promise<T>, timeoutMs?: number, single?: Statement): Promise<T> {
    const started = performance.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(mode, name, work, timeoutMs, attempt === 0 ? single : undefined);
      } catch (error) {
        const failure = classifyDriverError(error);
        const pause = Math.min(1_000, 20 * 2 ** attempt) * (0.5 + Math.random());
        if ((failure !== 'contention' && failure !== 'vanished') || performance.now() - started + pause > this.contentionBudgetMs) throw error;
        this.contentionRetries++;
        this.logger.debug({ operation: name, attempt, failure }, 'retrying after contention');
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  /** One unit of work; `single`: its one read statement, tried first as an auto-commit transaction (see query). */
  private async once<T>(mode: 'READ' | 'WRITE', name: string, work: (tx: Tx) => Promise<T>, timeoutMs?: number, single?: Statement): Promise<T> {
    this.checkAvailable();
    const open = () => this.driver.session({ database: this.name, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { timeout: timeoutMs ?? this.timeoutMs, metadata: { app: 'pentahelix-graph', operation: name } };
    const started = performance.now();
    let ok = false;
    try {
      const auto = single ? await this.autoCommit<T>(open(), name, single, config) : RETRY;
      let result: T;
      if (auto !== RETRY) {
        result = auto;
      } else {
        // A session of its own: the failed auto-commit's session may be left in any state.
        const session = open();
        try {
          const run = (tx: ManagedTransaction) => work(this.wrap(tx));
          result = mode === 'READ' ? await session.executeRead(run, config) : await session.executeWrite(run, config);
        } finally {
          await session.close();
        }
      }
      ok = true;
      if (mode === 'WRITE') this.writesCommitted++;
      return result;
    } catch (error) {
      if (classifyDriverError(error) === 'unavailable') this.down = true;
      throw error;
    } finally {
      const ms = performance.now() - started;
      this.logger.trace({ operation: name, mode, ms: Math.round(ms) }, 'transaction');
      for (const observer of this.observers) {
        // An observer (metrics) must never change the outcome of the work it observes.
        try {
          observer({ operation: name, mode, seconds: ms / 1000, ok });
        } catch (error) {
          this.logger.warn({ err: error }, 'transaction observer failed');
        }
      }
    }
  }

  /** Runs one statement in an auto-commit transaction; RETRY when it failed in a way a transaction function retries. */
  private async autoCommit<T>(session: Session, name: string, { cypher, params }: Statement, config: { timeout: number; metadata: Record<string, unknown> }): Promise<T | typeof RETRY> {
    this.queryCount++;
    try {
      return this.rowsOf(await session.run(cypher, params, config)) as T;
    } catch (error) {
      this.logger.debug({ query: name, err: error }, 'query failed');
      if (isRetryableError(error)) return RETRY;
      throw error;
    } finally {
      await session.close();
    }
  }

  private rowsOf<T>(result: QueryResult): T[] {
    return result.records.map((record) => toNative(record.toObject()) as T);
  }

  private wrap(tx: ManagedTransaction): Tx {
    return {
      raw: tx,
      rows: async <T>(name: string, cypher: string, params: Record<string, unknown> = {}) => {
        this.queryCount++;
        let result: QueryResult;
        try {
          result = await tx.run(cypher, params);
        } catch (error) {
          this.logger.debug({ query: name, err: error }, 'query failed');
          throw error;
        }
        return this.rowsOf<T>(result);
      },
    };
  }
}
