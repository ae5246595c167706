import { loadConfig } from './config.js';
import { connect } from './db/connect.js';
import { createLogger } from './logger.js';
import { loadDataset, readCuratedSeed } from './seed/load.js';
import { appConfigFrom, createApp } from './server.js';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);

async function main() {
  const connection = await connect(config, logger, () => process.exit(1));
  const { db } = connection;
  if (config.SEED_ON_START) {
    const [row] = await db.query<{ n: number }>('seed.count', 'MATCH (s:Stakeholder) RETURN count(s) AS n');
    if ((row?.n ?? 0) === 0) {
      await loadDataset(db, await readCuratedSeed());
      logger.info('loaded the curated seed into the empty database');
    }
  }
  const { server, services } = createApp(appConfigFrom(config), db, logger);
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  // The first analysis should not pay for loading the network.
  services.engine.start();
  const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
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
    await connection.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
});
