import type { YogaInitialContext } from 'graphql-yoga';
import type { Config } from './config.js';
import type { Executor, QueryStats } from './data/executor.js';
import type { Logger } from './logger.js';

/** What the context factory adds for each request: an executor that counts when stats are asked for. */
export interface RequestContext {
  db: Executor;
  stats: QueryStats | null;
  config: Config;
  log: Logger;
}

export type Context = YogaInitialContext & RequestContext;
