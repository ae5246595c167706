import type { Config } from '../config.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../embedded/neo4j-launcher.js';
import type { Logger } from '../logger.js';
import { Database } from './database.js';
import { migrate } from './migrations.js';

export interface Connection {
  db: Database;
  /** The embedded database now running (a new one after each restart), or null with NEO4J_URI. */
  readonly embedded: EmbeddedNeo4j | null;
  /** How often the embedded database was restarted after a crash. */
  readonly restarts: number;
  close(): Promise<void>;
}

type ConnectConfig = Pick<
  Config,
  'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE' | 'NEO4J_DATA_DIR' | 'NEO4J_EMBEDDED_PORT' | 'NEO4J_HEAP' | 'NEO4J_PAGECACHE' | 'QUERY_TIMEOUT_MS'
>;

/** Restart delays of the embedded database after a crash: doubling from 1 s, at most 30 s. */
const RESTART_BACKOFF_MS = { first: 1_000, max: 30_000 };

/**
 * Connects to NEO4J_URI, or starts the embedded Neo4j when it is unset; waits until the
 * database answers and applies the migrations. The embedded database is supervised: when its
 * JVM dies, it is started again on the same store and port (so the driver reconnects by
 * itself), with a growing delay between failed attempts; meanwhile the service stays up and
 * answers SERVICE_UNAVAILABLE. `startup` runs once the store is migrated (the first seed).
 */
export async function connect(config: ConnectConfig, logger: Logger, options: { startup?: (db: Database) => Promise<void> } = {}): Promise<Connection> {
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.NEO4J_URI;
  let closing = false;
  let restarts = 0;
  /** The service's database, once connected: a crash closes its gate at once. */
  let serving: Database | null = null;
  if (!uri) {
    const start = (port: number): Promise<EmbeddedNeo4j> =>
      startEmbeddedNeo4j({
        dataDir: config.NEO4J_DATA_DIR,
        port,
        heap: config.NEO4J_HEAP,
        pageCache: config.NEO4J_PAGECACHE,
        logger,
        onUnexpectedExit: (code, lastLines) => {
          logger.error({ code, lastLines: lastLines.slice(-10) }, 'the embedded Neo4j stopped unexpectedly; restarting it');
          // Refuse requests at once rather than let each wait out the driver's retries on a
          // database that is gone; the gate's probe reopens it when the restart answers.
          serving?.markUnavailable();
          // Port 0 picked a free port at the first start: the restart takes that same one.
          void restart(embedded ? Number(new URL(embedded.uri).port) : port);
        },
      });
    const restart = async (port: number) => {
      for (let delay = RESTART_BACKOFF_MS.first; !closing; delay = Math.min(delay * 2, RESTART_BACKOFF_MS.max)) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (closing) return;
        try {
          embedded = await start(port);
          restarts++;
          logger.info({ restarts }, 'the embedded Neo4j is back');
          return;
        } catch (error) {
          logger.error({ err: error, retryInMs: Math.min(delay * 2, RESTART_BACKOFF_MS.max) }, 'the embedded Neo4j could not be restarted');
        }
      }
    };
    embedded = await start(config.NEO4J_EMBEDDED_PORT);
    uri = embedded.uri;
  }
  const database = (queryTimeoutMs: number) =>
    new Database({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE, queryTimeoutMs, logger });
  // Start-up work (migrations, the first seed) has no per-query limit: QUERY_TIMEOUT_MS bounds
  // requests, and on a busy machine this work may take longer than a request may.
  const setup = database(0);
  try {
    await waitUntilReachable(setup, logger);
    await migrate(setup, logger);
    await options.startup?.(setup);
  } finally {
    await setup.close();
  }
  const db = database(config.QUERY_TIMEOUT_MS);
  serving = db;
  return {
    db,
    get embedded() {
      return embedded;
    },
    get restarts() {
      return restarts;
    },
    close: async () => {
      closing = true;
      await db.close();
      await embedded?.stop();
    },
  };
}

async function waitUntilReachable(db: Database, logger: Logger, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    if (await db.ping()) return;
    if (Date.now() > deadline) throw new Error(`Neo4j did not answer within ${timeoutMs / 1000} s`);
    if (attempt % 10 === 0) logger.info('waiting for Neo4j');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
