/** `npm start`: provision and start Neo4j (unless NEO4J_URI is set), migrate, load the seed, serve. */
import { existsSync } from 'node:fs';
import { appOn, type App } from '../app.js';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { ProvisionError } from '../neo4j/provision.js';
import { SeedError } from '../seed/read-seed.js';
import { SpanMismatchError } from '../seed/source-texts.js';
import { listen, type Serving } from '../server.js';
import { connect } from '../store/connect.js';
import { loadSeed } from '../store/seed-load.js';

if (existsSync('.env')) process.loadEnvFile('.env');

let config;
try {
  config = loadConfig();
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(2);
}
const log = createLogger(config.logLevel);
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
  if (app?.local) log.info('stopping Neo4j');
  await app?.close();
  log.info({ ms: Date.now() - started }, 'stopped');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  // We provision it, so we keep it running: a crash is followed by a restart, not an outage.
  app = appOn(config, log, await connect(config, log, { supervise: true }));
  app.db.followVersion(1000);
  if (config.seedOnStart) {
    if (!config.sourcesDir) log.warn('SOURCES_DIR is not set and ../shared/seeds is absent: evidence will carry spans but no quotes');
    const summary = await loadSeed(app.db, config.seedDir, config.sourcesDir);
    log.info(summary, summary.version === null ? 'seed graph unchanged' : 'seed graph loaded');
  }
  serving = await listen(app);
  const url = `http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
  log.info({ graphql: `${url}/graphql`, ready: `${url}/ready`, explore: `${url}/explore` }, 'serving');
  console.log(`\n  GraphQL and GraphiQL: ${url}/graphql\n  Explorer:             ${url}/explore\n  Readiness:            ${url}/ready\n  Press Ctrl-C to stop.\n`);
} catch (e) {
  if (e instanceof ProvisionError || e instanceof ConfigError || e instanceof SeedError || e instanceof SpanMismatchError) {
    log.fatal(e.message);
    console.error(`\n${e.message}\n`);
  } else log.fatal({ err: e }, 'start-up failed');
  await shutdown('start-up failure', 1);
}
