import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { createDriver, createExecutor, type Executor } from './data/executor.js';
import type { Logger } from './logger.js';

/** The long-lived parts a server needs: built once, shared by every request. */
export interface App {
  config: Config;
  log: Logger;
  driver: Driver;
  db: Executor;
}

export function createApp(config: Config, log: Logger, connection: { uri: string; user: string; password: string }): App {
  const driver = createDriver(connection.uri, connection.user, connection.password);
  const db = createExecutor(driver, { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  return { config, log, driver, db };
}
