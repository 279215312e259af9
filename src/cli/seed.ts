/** `npm run seed`: reloads the seed graph into the configured Neo4j (the project's, started if needed). */
import { existsSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { connect } from '../store/connect.js';
import { loadSeed } from '../store/seed-load.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
const log = createLogger(config.logLevel);
let exitCode = 0;
// When `npm start` is running, its Neo4j already listens on the port: use it rather than start a second one.
const store = await connect(config, log, { reuseRunning: true }).catch((e: Error) => {
  log.fatal(e.message);
  process.exit(1);
});
try {
  const summary = await loadSeed(store.db, config.seedDir, config.sourcesDir);
  log.info(summary, summary.version === null ? 'seed graph unchanged' : 'seed graph loaded');
} catch (e) {
  log.fatal((e as Error).message);
  exitCode = 1;
} finally {
  await store.close();
}
process.exit(exitCode);
