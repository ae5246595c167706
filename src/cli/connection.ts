import type { Config } from '../config.js';
import { connect, type Connection } from '../db/connect.js';
import { Database } from '../db/database.js';
import { createLogger } from '../logger.js';

/**
 * The database for a command-line tool that may run beside the service: NEO4J_URI when set;
 * else the running service's embedded database on 127.0.0.1:NEO4J_EMBEDDED_PORT when it
 * answers (one process at a time can open an embedded store); else the embedded store itself.
 */
export async function connectForTool(config: Config): Promise<Connection> {
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  if (config.NEO4J_URI || config.NEO4J_EMBEDDED_PORT === 0) return connect(config, logger);
  const running = `bolt://127.0.0.1:${config.NEO4J_EMBEDDED_PORT}`;
  const probe = new Database({ uri: running, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE, queryTimeoutMs: config.QUERY_TIMEOUT_MS, logger });
  const up = await probe.ping();
  await probe.close();
  return connect(up ? { ...config, NEO4J_URI: running } : config, logger);
}
