import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { AppError, DatabaseError, DatabaseTimeoutError, DatabaseUnavailableError } from '../errors.js';
import { cypher } from './cypher-files.js';
import { toParams } from './neo4j-values.js';

/**
 * The one executor: every statement the service runs goes through here. It picks the routing
 * (READ for reads, so a cluster can serve them from followers), the named database, the
 * transaction timeout (bounded by the request's deadline) and metadata, counts round trips for
 * X-Query-Stats, and is the one place where driver and Neo4j errors become typed errors.
 */

/** A statement and its parameters; `name` labels it in metadata, logs and statistics. */
export interface Statement {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/** A statement kept in cypher/<name>.cypher. */
export function named(name: string, params: Record<string, unknown> = {}): Statement {
  return { name, text: cypher(name), params };
}

/** Per-request counters behind the X-Query-Stats header. */
export interface QueryStats {
  dbQueries: number;
  /** Wall time with at least one statement in flight: parallel round trips are not added up. */
  dbMs: number;
}

export interface ExecutorOptions {
  database: string;
  timeoutMs: number;
  app?: string;
}

export interface RequestScope {
  stats?: QueryStats | null;
  /** Epoch milliseconds by which the request must be answered. */
  deadlineAt?: number | null;
}

export type Row = Record<string, unknown>;
/** What statements run on: a transaction's run, or a session's with an auto-commit transaction's config. */
type StatementTarget = { run(text: string, params: Record<string, unknown>): PromiseLike<{ records: Neo4jRecord[] }> };
/** Runs statements inside one open transaction; `opened` is the graph version the work opened, if any. */
export type TxRunner = (<T = Row>(statement: Statement) => Promise<T[]>) & { opened?: number };

export interface Executor {
  /** Reads as of the pinned graph version ($v): the request's, or the newest known for a plain executor. */
  read<T = Row>(statement: Statement): Promise<T[]>;
  /**
   * One statement in its own auto-commit write transaction: schema changes (migrations), which an
   * explicit transaction cannot run, and SHOW commands. Not pinned to a version. Never retried.
   */
  autoCommit<T = Row>(statement: Statement, opts?: { timeoutMs?: number }): Promise<T[]>;
  /** Runs `work` in one explicit write transaction: all of it or none. Never retried. */
  writeTransaction<T>(work: (run: TxRunner) => Promise<T>, opts?: { timeoutMs?: number }): Promise<T>;
  /** A view for one request: its statistics, its deadline, and one graph version pinned for all its reads. */
  forRequest(scope: RequestScope): Executor;
  /** The same view, reading the graph as it was at an earlier version (recordedAsOf). */
  atVersion(version: number): Executor;
  /** The graph version this executor reads at. */
  readonly version: number;
  /** Learns the newest committed version from the database (another process may have written). */
  refreshVersion(): Promise<number>;
  /** Keeps learning it every `intervalMs`, for a long-running server; returns a stop function. */
  followVersion(intervalMs: number): () => void;
}

/**
 * The newest graph version this process knows to be committed. A request pins it once, so all
 * its reads see one state of the graph (see store/translate/visibility.ts). It follows this
 * process's own commits at once (read-your-writes) and other writers' when refreshed.
 */
interface VersionClock {
  /** Null until learnt: the first read asks the database. */
  current: number | null;
  learning?: Promise<number>;
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ProtocolError',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.TransientError.Cluster.NotALeader',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.Terminated',
]);

/** The one place where Neo4j and driver errors become typed errors. */
export function translateError(e: unknown): Error {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code;
  const message = (e as { message?: string }).message ?? '';
  if (code && UNAVAILABLE_CODES.has(code)) return new DatabaseUnavailableError();
  // The pool gives up waiting for a connection: the database is not answering, whatever the code says.
  if (message.startsWith('Connection acquisition timed out') || /ECONNREFUSED|ECONNRESET|socket hang up/.test(message)) return new DatabaseUnavailableError();
  if (code && TIMEOUT_CODES.has(code)) return new DatabaseTimeoutError();
  // Not from the driver: our own failure, which masking reports as an internal error with its cause logged.
  if (e instanceof Error && !code) return e;
  const err = new DatabaseError(code);
  (err as { cause?: unknown }).cause = e;
  return err;
}

/**
 * Runs `start` with V8's stack traces off. The driver captures and formats a stack trace for every
 * statement it starts (neo4j-driver-core's Result), to attach to a failure that may come later;
 * with source maps on, that was 7% of a search request's CPU. Its failures reach nobody as stacks here:
 * translateError turns them into typed errors, and the log records the code. Only the synchronous
 * start of a statement runs this way, so our own errors keep their stacks.
 */
export function withoutStackTrace<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How long a read keeps retrying transient failures, and the pause before each retry (times the attempt). */
const READ_RETRY_MS = 3_000;
const READ_RETRY_PAUSE_MS = 200;

export function createExecutor(driver: Driver, opts: ExecutorOptions): Executor {
  return executorWith(driver, opts, {}, { current: null }, null, false);
}

/**
 * `pinned`: the version this view reads at, or null to follow the clock. A request's view pins
 * the clock's value when it is made, or, while the clock is still unknown, at its first read.
 */
function executorWith(driver: Driver, opts: ExecutorOptions, scope: RequestScope, clock: VersionClock, pinned: number | null, pinOnRead: boolean): Executor {
  const metadata = { app: opts.app ?? 'kg-service' };
  let inFlight = 0;
  let busySince = 0;

  /** The transaction timeout: the configured one, cut to what is left of the request's deadline. */
  const budget = (timeoutMs = opts.timeoutMs): number => {
    if (!scope.deadlineAt) return timeoutMs;
    const left = scope.deadlineAt - Date.now();
    if (left <= 0) throw new DatabaseTimeoutError();
    return Math.max(1, Math.min(timeoutMs, left));
  };

  const track = async <T>(fn: (timeoutMs: number) => Promise<T>, timeoutMs?: number): Promise<T> => {
    const stats = scope.stats;
    if (stats && inFlight++ === 0) busySince = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const ms = budget(timeoutMs);
      // A stalled server (a stopped process, a dead link) never answers, and its own timeout
      // cannot fire: the deadline is enforced here too, a moment after the server's.
      const guard = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DatabaseTimeoutError()), ms + 250);
      });
      return await Promise.race([fn(ms), guard]);
    } catch (e) {
      throw translateError(e);
    } finally {
      clearTimeout(timer);
      if (stats && --inFlight === 0) stats.dbMs += performance.now() - busySince;
    }
  };

  /** Statements on a transaction, or on a session as auto-commit transactions (reads). */
  const runIn = (tx: StatementTarget): TxRunner => {
    const run = async (s: Statement) => {
      if (scope.stats) scope.stats.dbQueries += 1;
      const params = toParams(s.params) as Record<string, unknown>;
      const result = await withoutStackTrace(() => tx.run(s.text, params));
      return result.records.map((r) => r.toObject());
    };
    return run as TxRunner;
  };
  /** One statement in an auto-commit transaction on a session of its own (reads, and schema writes). */
  const runAutoCommit = async <T>(mode: 'READ' | 'WRITE', statement: Statement, timeout: number): Promise<T[]> => {
    const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session[mode] });
    try {
      const config = { timeout, metadata: { ...metadata, statement: statement.name } };
      return await runIn({ run: (text, params) => session.run(text, params, config) })<T>(statement);
    } finally {
      await session.close();
    }
  };
  const versionNow = () => pinned ?? clock.current ?? 0;
  const learn = (): Promise<number> => {
    clock.learning ??= refresh().finally(() => (clock.learning = undefined));
    return clock.learning;
  };
  const readVersion = async (): Promise<number> => {
    if (pinned !== null) return pinned;
    const v = clock.current ?? (await learn());
    if (pinOnRead) pinned = v;
    return v;
  };
  const refresh = async (): Promise<number> => {
    const rows = await track(async (timeout) => {
      const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ });
      return session.executeRead((tx) => runIn(tx)<{ version: number }>(named('queries/graph-version')), { timeout, metadata }).finally(() => session.close());
    });
    clock.current = rows[0]?.version ?? 0;
    return clock.current;
  };

  return {
    get version() {
      return versionNow();
    },
    async read<T = Row>(statement: Statement) {
      const pinnedStatement = { ...statement, params: { ...statement.params, v: await readVersion() } };
      // One statement in an auto-commit transaction: RUN and PULL go out in one write and the
      // answer ends it, where a managed transaction adds BEGIN and COMMIT: three socket writes
      // instead of one, and twice the CPU of a keyed read (README "Performance"). A request's
      // reads agree with each other through the pinned version ($v), not a shared transaction.
      // Transient failures are retried for up to READ_RETRY_MS within the deadline, as the
      // managed transaction did, e.g. while a cluster moves a reader.
      return track(async (timeout) => {
        const startedAt = Date.now();
        for (let attempt = 1; ; attempt++) {
          try {
            return await runAutoCommit<T>('READ', pinnedStatement, timeout);
          } catch (e) {
            const pause = READ_RETRY_PAUSE_MS * attempt;
            if (!neo4j.isRetryableError(e as Error) || Date.now() + pause - startedAt > READ_RETRY_MS || Date.now() + pause > startedAt + timeout) throw e;
            await new Promise((r) => setTimeout(r, pause));
          }
        }
      });
    },
    refreshVersion() {
      return refresh();
    },
    followVersion(intervalMs) {
      // Another process's writes (`npm run seed`, a second server) show within one interval.
      const timer = setInterval(() => void refresh().catch(() => {}), intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
    autoCommit<T = Row>(statement: Statement, o?: { timeoutMs?: number }) {
      return track((timeout) => runAutoCommit<T>('WRITE', statement, timeout), o?.timeoutMs);
    },
    writeTransaction(work, o) {
      return track(async (timeout) => {
        // An explicit transaction, not a managed one: a retry would run work with side effects twice.
        const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.WRITE });
        const tx = session.beginTransaction({ timeout, metadata });
        const run = runIn(tx);
        try {
          const result = await work(run);
          await tx.commit();
          // Read-your-writes. Version 1 after a higher one means the graph was emptied and begun again.
          if (run.opened !== undefined && (clock.current === null || run.opened > clock.current || run.opened === 1)) clock.current = run.opened;
          return result;
        } catch (e) {
          if (tx.isOpen()) await tx.rollback().catch(() => {});
          throw e;
        } finally {
          await session.close();
        }
      }, o?.timeoutMs);
    },
    forRequest(s) {
      return executorWith(driver, opts, s, clock, clock.current, true);
    },
    atVersion(version) {
      return executorWith(driver, opts, scope, clock, version, false);
    },
  };
}

/**
 * Integers come back as JavaScript numbers (every integer the graph stores is well inside 2^53),
 * and a dead database fails fast instead of being retried for half a minute.
 */
export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxTransactionRetryTime: 3_000,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
    userAgent: 'kg-service',
    // Nothing reads them, and they are not free: statements name properties, labels and types a
    // graph may lack (absent properties are not stored), and Neo4j then attaches a warning for each
    // to every summary. On `paths` that is 19 per request, ~1.5 ms of CPU across both processes.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}
