/** `npm start`: provision and start Neo4j (unless NEO4J_URI is set), migrate, load the seed, serve. */
import { existsSync } from 'node:fs';
import { createApp, type App } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { migrate } from './data/migrate.js';
import { createLogger } from './logger.js';
import { startLocalNeo4j, type RunningNeo4j } from './neo4j/local-neo4j.js';
import { localPassword, ProvisionError } from './neo4j/provision.js';
import { loadSeedFromConfig } from './seed/load-seed.js';
import { SeedError } from './seed/read-seed.js';
import { SpanMismatchError } from './seed/source-texts.js';
import { listen, type Serving } from './server.js';

if (existsSync('.env')) process.loadEnvFile('.env');

let config;
try {
  config = loadConfig();
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(2);
}
const log = createLogger(config.logLevel);
let neo4jServer: RunningNeo4j | null = null;
let app: App | null = null;
let serving: Serving | null = null;
let stopping = false;

/**
 * Ctrl-C or SIGTERM: stop accepting, answer what is in flight (keep-alive clients are told to
 * close), then close the driver and stop Neo4j. The forced exit is a safety net, not the plan.
 */
async function shutdown(signal: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  const started = Date.now();
  log.info({ signal }, 'shutting down: finishing in-flight requests');
  const force = setTimeout(() => {
    log.error('shutdown took longer than 20 s; forcing exit');
    process.exit(1);
  }, 20_000);
  force.unref();
  if (serving) {
    await serving.drain();
    log.info({ ms: Date.now() - started }, 'every request answered; connections closed');
  }
  await app?.driver.close().catch(() => {});
  if (neo4jServer) {
    log.info('stopping Neo4j');
    await neo4jServer.stop();
  }
  log.info({ ms: Date.now() - started }, 'stopped');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  let connection: { uri: string; user: string; password: string };
  if (config.neo4j.uri) {
    connection = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password! };
    log.info({ uri: config.neo4j.uri, database: config.neo4j.database }, 'using your Neo4j (NEO4J_URI)');
  } else {
    const password = localPassword(config.neo4j.home, config.neo4j.password);
    log.info({ home: config.neo4j.home, port: config.neo4j.boltPort }, 'starting the project Neo4j');
    neo4jServer = await startLocalNeo4j({
      home: config.neo4j.home,
      instance: 'dev',
      boltPort: config.neo4j.boltPort,
      password,
      heap: config.neo4j.heap,
      pageCacheMb: config.neo4j.pageCacheMb,
      // We provisioned it, so we keep it running: a crash is followed by a restart, not an outage.
      supervise: true,
      log: (msg, level = 'info') => log[level](msg),
    });
    log.info({ version: neo4jServer.version, uri: neo4jServer.uri, data: neo4jServer.dataDir, pid: neo4jServer.pid, startMs: neo4jServer.startMs }, 'Neo4j is up');
    connection = { uri: neo4jServer.uri, user: 'neo4j', password };
  }
  app = createApp(config, log, connection);
  const applied = await migrate(app.driver, config.neo4j.database);
  log.info({ statements: applied }, 'schema migrations applied');
  if (config.seedOnStart) {
    const summary = await loadSeedFromConfig(app);
    log.info(summary, 'seed graph loaded');
  }
  serving = await listen(app);
  const url = `http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
  log.info({ graphql: `${url}/graphql`, ready: `${url}/ready`, explore: `${url}/explore` }, 'serving');
  console.log(`\n  GraphQL and GraphiQL: ${url}/graphql\n  Explorer:             ${url}/explore\n  Readiness:            ${url}/ready\n  Press Ctrl-C to stop.\n`);
} catch (e) {
  if (e instanceof ProvisionError || e instanceof ConfigError || e instanceof SeedError || e instanceof SpanMismatchError) {
    log.fatal(e.message);
    console.error(`\n${e.message}\n`);
  }
  else log.fatal({ err: e }, 'start-up failed');
  await shutdown('start-up failure', 1);
}
