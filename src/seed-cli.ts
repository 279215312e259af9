/** `npm run seed`: reloads the seed graph into the configured Neo4j (the project's, started if needed). */
import { existsSync } from 'node:fs';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { migrate } from './data/migrate.js';
import { createLogger } from './logger.js';
import { startLocalNeo4j, type RunningNeo4j } from './neo4j/local-neo4j.js';
import { localPassword } from './neo4j/provision.js';
import { loadSeedFromConfig } from './seed/load-seed.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
const log = createLogger(config.logLevel);
let local: RunningNeo4j | null = null;
let exitCode = 0;
try {
  let connection;
  if (config.neo4j.uri) {
    connection = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password! };
  } else {
    const password = localPassword(config.neo4j.home, config.neo4j.password);
    // When `npm start` is running, its Neo4j already listens on the port: use it rather than start a second one.
    const direct = { uri: `bolt://127.0.0.1:${config.neo4j.boltPort}`, user: 'neo4j', password };
    const probe = createApp(config, log, direct);
    const up = await probe.driver.verifyConnectivity().then(() => true, () => false);
    await probe.driver.close();
    if (!up) {
      local = await startLocalNeo4j({ home: config.neo4j.home, instance: 'dev', boltPort: config.neo4j.boltPort, password, heap: config.neo4j.heap, pageCacheMb: config.neo4j.pageCacheMb, log: (m) => log.info(m) });
    }
    connection = direct;
  }
  const app = createApp(config, log, connection);
  await migrate(app.driver, config.neo4j.database);
  const summary = await loadSeedFromConfig(app);
  log.info(summary, 'seed graph loaded');
  await app.driver.close();
} catch (e) {
  log.fatal((e as Error).message);
  exitCode = 1;
} finally {
  await local?.stop();
}
process.exit(exitCode);
