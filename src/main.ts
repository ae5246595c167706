import type { AddressInfo } from 'node:net';
import { loadConfig } from './config.js';
import { connect } from './db/connect.js';
import type { Database } from './db/database.js';
import { prepareScopeStatements } from './db/locks.js';
import { createLogger } from './logger.js';
import { loadDataset, readCuratedSeed } from './seed/load.js';
import { appConfigFrom, createApp } from './server.js';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);

async function main() {
  const connection = await connect(config, logger, config.SEED_ON_START ? { startup: seedIfEmpty } : {});
  const { db } = connection;
  const { server, services } = createApp(appConfigFrom(config), db, logger);
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  // The first analysis should not pay for loading the network.
  services.engine.start();
  // Webhook deliveries resume from where the queue stopped; a failure to start them leaves the API serving.
  services.webhookDispatcher.start().catch((error: unknown) => logger.error({ err: error }, 'webhook deliveries could not start'));
  // Nor the first scoped editor's write for planning its checks.
  prepareScopeStatements(db).catch((error: unknown) => logger.warn({ err: error }, 'could not plan the scoped editors\' statements ahead'));
  // The bound port, not the configured one: PORT=0 picks a free port.
  const { port } = server.address() as AddressInfo;
  const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  logger.info(`the Explorer on ${base}/, GraphQL and GraphiQL on ${base}/graphql`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining requests and stopping');
    // Stop accepting connections; in-flight requests finish, idle keep-alive sockets close.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => server.closeAllConnections(), 10_000);
    await closed;
    clearTimeout(timer);
    await services.webhookDispatcher.stop();
    // The next start then reads only what changes after this one stops.
    await services.engine.flush();
    await connection.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * Loads the curated seed into an empty store, in one transaction (all of it or none) on the
 * start-up connection, which has no per-query limit: a slow machine must not turn a first start
 * into a failed one. A failure leaves the service running on the empty store and says how to
 * load the seed later.
 */
async function seedIfEmpty(db: Database): Promise<void> {
  try {
    const [row] = await db.query<{ n: number }>('seed.count', 'MATCH (s:Stakeholder) RETURN count(s) AS n');
    if ((row?.n ?? 0) > 0) return;
    logger.info('loading the curated seed into the empty database');
    await loadDataset(db, await readCuratedSeed());
    logger.info('loaded the curated seed');
  } catch (error) {
    logger.error(
      { err: error },
      'the curated seed could not be loaded; the service runs on the empty store. Load it with `npm run seed` ' +
        '(stop the service first when it uses the embedded database), or restart the service to try again',
    );
  }
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
});
