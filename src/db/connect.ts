import type { Config } from '../config.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../embedded/neo4j-launcher.js';
import type { Logger } from '../logger.js';
import { Database } from './database.js';
import { migrate } from './migrations.js';

export interface Connection {
  db: Database;
  embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

type ConnectConfig = Pick<
  Config,
  'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE' | 'NEO4J_DATA_DIR' | 'NEO4J_EMBEDDED_PORT' | 'NEO4J_HEAP' | 'NEO4J_PAGECACHE' | 'QUERY_TIMEOUT_MS'
>;

/**
 * Connects to NEO4J_URI, or starts the embedded Neo4j when it is unset; waits until the
 * database answers and applies the migrations. A crash of the embedded database calls
 * `onDatabaseExit` (the service exits non-zero rather than hang).
 */
export async function connect(config: ConnectConfig, logger: Logger, onDatabaseExit?: (code: number | null) => void): Promise<Connection> {
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.NEO4J_URI;
  if (!uri) {
    embedded = await startEmbeddedNeo4j({
      dataDir: config.NEO4J_DATA_DIR,
      port: config.NEO4J_EMBEDDED_PORT,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      logger,
      onUnexpectedExit: (code, lastLines) => {
        logger.fatal({ code, lastLines: lastLines.slice(-10) }, 'the embedded Neo4j stopped unexpectedly');
        onDatabaseExit?.(code);
      },
    });
    uri = embedded.uri;
  }
  const db = new Database({
    uri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    logger,
  });
  await waitUntilReachable(db, logger);
  await migrate(db, logger);
  return {
    db,
    embedded,
    close: async () => {
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
