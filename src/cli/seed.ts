import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { createLogger } from '../logger.js';
import { bulkLoadDataset, loadDataset, readCuratedSeed } from '../seed/load.js';
import { generateDataset } from '../seed/synthetic.js';

/**
 * `npm run seed` loads seeds/pentahelix.json (idempotent: twice changes nothing).
 * `npm run seed -- --file other.json` loads another dataset in the same format.
 * `npm run seed -- --synthetic 100000 --seed 7` generates and bulk-loads a synthetic network.
 * Uses NEO4J_URI, or the embedded database in NEO4J_DATA_DIR (stop `npm start` first: one
 * process at a time can open an embedded store).
 */
const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    synthetic: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const connection = await connect(config, logger);
try {
  if (values.synthetic) {
    const stakeholders = Number(values.synthetic);
    const seed = Number(values.seed);
    if (!Number.isInteger(stakeholders) || stakeholders < 1 || !Number.isInteger(seed)) {
      throw new Error('--synthetic takes a number of stakeholders and --seed an integer');
    }
    const started = performance.now();
    const data = generateDataset({ stakeholders, seed });
    const generatedMs = performance.now() - started;
    const report = await bulkLoadDataset(connection.db, data);
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    console.log(
      `generated ${stakeholders} stakeholders in ${seconds(generatedMs)} s; facts loaded in ${seconds(report.factsMs)} s ` +
        `(${Math.round((stakeholders / report.factsMs) * 1000)} stakeholders/s); ${report.ties} ties built in ${seconds(report.tiesMs)} s ` +
        `(${Math.round((report.ties / report.tiesMs) * 1000)} ties/s)`,
    );
  } else {
    const data = await readCuratedSeed(values.file);
    const started = performance.now();
    await loadDataset(connection.db, data);
    console.log(
      `loaded ${data.stakeholders.length} stakeholders, ${data.programs.length} programs, ${data.participations.length} participations, ` +
        `${data.collaborations.length} collaborations in ${Math.round(performance.now() - started)} ms`,
    );
  }
} finally {
  await connection.close();
}
