import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { createLogger } from '../logger.js';
import { loadDataset, readCuratedSeed } from './load.js';

/**
 * `npm run seed` loads seeds/pentahelix.json (idempotent: twice changes nothing).
 * `npm run seed -- --file other.json` loads another dataset in the same format.
 * Uses NEO4J_URI, or the embedded database in NEO4J_DATA_DIR (stop `npm start` first: one
 * process at a time can open an embedded store).
 */
const { values } = parseArgs({
  options: {
    file: { type: 'string' },
  },
});

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const connection = await connect(config, logger);
try {
  const data = await readCuratedSeed(values.file);
  const started = performance.now();
  await loadDataset(connection.db, data);
  console.log(
    `loaded ${data.stakeholders.length} stakeholders, ${data.programs.length} programs, ${data.participations.length} participations, ` +
      `${data.collaborations.length} collaborations in ${Math.round(performance.now() - started)} ms`,
  );
} finally {
  await connection.close();
}
