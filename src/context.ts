import type { YogaInitialContext } from 'graphql-yoga';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { OperationPlan } from './resolvers/operation-plan.js';
import type { Executor, QueryStats } from './store/executor.js';

/**
 * What each request gets: an executor pinned to one graph version (so the whole response reads
 * one state of the graph), its deadline and statistics, and what the operation selects.
 */
export interface RequestContext {
  db: Executor;
  stats: QueryStats | null;
  config: Config;
  log: Logger;
  /** Epoch ms by which the response must be sent. */
  deadlineAt: number;
  /** What the operation selects; set when it executes (http/operation-plan-plugin.ts). */
  plan?: OperationPlan;
}

export type Context = YogaInitialContext & RequestContext;
