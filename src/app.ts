import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { openStore, type Credentials, type Store } from './store/connect.js';

/** The long-lived parts a server needs: built once, shared by every request. */
export interface App extends Store {
  config: Config;
  log: Logger;
}

export function appOn(config: Config, log: Logger, store: Store): App {
  return { ...store, config, log };
}

/** An App on a Neo4j that is already running (tests, tools). */
export function createApp(config: Config, log: Logger, credentials: Credentials): App {
  return appOn(config, log, openStore(config, credentials));
}
