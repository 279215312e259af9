import type { Config } from './config.js';
import { EngineThread } from './ingest/engine-thread.js';
import type { Logger } from './logger.js';
import { openStore, type Credentials, type Store } from './store/connect.js';

/** The long-lived parts a server needs: built once, shared by every request. */
export interface App extends Store {
  config: Config;
  log: Logger;
  /** Started on first use; `npm start` warms it, since loading the engine takes seconds. */
  engine: EngineThread;
}

export function appOn(config: Config, log: Logger, store: Store): App {
  const engine = new EngineThread();
  return {
    ...store,
    config,
    log,
    engine,
    close: async () => {
      await engine.close();
      await store.close();
    },
  };
}

/** An App on a Neo4j that is already running (tests, tools). */
export function createApp(config: Config, log: Logger, credentials: Credentials): App {
  return appOn(config, log, openStore(config, credentials));
}
