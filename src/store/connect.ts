import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startLocalNeo4j, type RunningNeo4j } from '../neo4j/local-neo4j.js';
import { localPassword } from '../neo4j/provision.js';
import { createDriver, createExecutor, type Executor } from './executor.js';
import { migrate } from './migrate.js';

export interface Credentials {
  uri: string;
  user: string;
  password: string;
}

/** A connected store: the driver, the executor, and the project's own Neo4j when it started one. */
export interface Store {
  driver: Driver;
  db: Executor;
  credentials: Credentials;
  local: RunningNeo4j | null;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Data folder of the project's Neo4j (under NEO4J_HOME/data). */
  instance?: string;
  /** Use the project's Neo4j if one already listens on the port (`npm run seed` beside `npm start`). */
  reuseRunning?: boolean;
  /** Apply the schema migrations (every start does; they are idempotent). */
  migrate?: boolean;
  /** Restart the project's Neo4j when it exits on its own (the server does; one-off CLIs need not). */
  supervise?: boolean;
}

/** A store on given credentials: what tests and tools use when a Neo4j is already running. */
export function openStore(config: Config, credentials: Credentials, local: RunningNeo4j | null = null): Store {
  const driver = createDriver(credentials.uri, credentials.user, credentials.password);
  const db = createExecutor(driver, { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  return {
    driver,
    db,
    credentials,
    local,
    async close() {
      await driver.close().catch(() => {});
      await local?.stop();
    },
  };
}

/**
 * The one way into the graph, for the server, the CLIs and the benchmarks: the Neo4j at NEO4J_URI,
 * or the project's own (provisioned and started here when nothing listens on its port).
 */
export async function connect(config: Config, log: Logger, opts: ConnectOptions = {}): Promise<Store> {
  let credentials: Credentials;
  let local: RunningNeo4j | null = null;
  if (config.neo4j.uri) {
    credentials = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password! };
    log.info({ uri: config.neo4j.uri, database: config.neo4j.database }, 'using your Neo4j (NEO4J_URI)');
  } else {
    const password = localPassword(config.neo4j.home, config.neo4j.password);
    credentials = { uri: `bolt://127.0.0.1:${config.neo4j.boltPort}`, user: 'neo4j', password };
    const running = opts.reuseRunning && (await reachable(config, credentials));
    if (!running) {
      log.info({ home: config.neo4j.home, port: config.neo4j.boltPort }, 'starting the project Neo4j');
      local = await startLocalNeo4j({
        home: config.neo4j.home,
        instance: opts.instance ?? 'dev',
        boltPort: config.neo4j.boltPort,
        password,
        heap: config.neo4j.heap,
        pageCacheMb: config.neo4j.pageCacheMb,
        supervise: opts.supervise ?? false,
        log: (msg, level = 'info') => log[level](msg),
      });
      log.info({ version: local.version, uri: local.uri, data: local.dataDir, pid: local.pid }, 'Neo4j is up');
    }
  }
  const store = openStore(config, credentials, local);
  try {
    if (opts.migrate ?? true) {
      const applied = await migrate(store.db, { log: (msg, detail) => log.info(detail, msg) });
      log.info({ statements: applied }, 'schema migrations applied');
    }
    await store.db.refreshVersion();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}

async function reachable(config: Config, credentials: Credentials): Promise<boolean> {
  const probe = createDriver(credentials.uri, credentials.user, credentials.password);
  try {
    await probe.verifyConnectivity({ database: config.neo4j.database });
    return true;
  } catch {
    return false;
  } finally {
    await probe.close();
  }
}
