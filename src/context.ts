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
  /**
   * When the request must be answered (epoch ms, REQUEST_TIMEOUT_MS after it arrived). Past it the
   * operation is answered DATABASE_TIMEOUT whatever is still running; database work should take
   * `deadlineAt - Date.now()` as its transaction timeout.
   */
  deadlineAt: number;
}

export type Context = YogaInitialContext & RequestContext;
