import type { YogaInitialContext } from 'graphql-yoga';
import type { Config } from './config.js';
import type { EngineThread } from './ingest/engine-thread.js';
import type { Logger } from './logger.js';
import type { Caller } from './store/key-store.js';
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
  /**
   * When the request must be answered (epoch ms, REQUEST_TIMEOUT_MS after it arrived). Past it the
   * operation is answered DATABASE_TIMEOUT whatever is still running; database work should take
   * `deadlineAt - Date.now()` as its transaction timeout.
   */
  deadlineAt: number;
  /** What the operation selects; set when it executes (http/operation-plan.ts). */
  plan?: OperationPlan;
  /** The ingestion engine's thread, shared by the server's requests. */
  engine: EngineThread;
  /** Who is asking, from `Authorization: Bearer <key>`: looked up once, when a field first needs it. */
  caller: CallerLookup;
}

/** The lookup, and its answer once known (for error messages written synchronously). */
export type CallerLookup = (() => Promise<CallerState>) & { known?: CallerState };

/** No key sent, a key that is not (or no longer) valid, or the key's owner. */
export type CallerState = { kind: 'anonymous' } | { kind: 'invalid' } | { kind: 'key'; caller: Caller };

export type Context = YogaInitialContext & RequestContext;
