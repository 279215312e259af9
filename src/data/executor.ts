import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import { DatabaseError, DatabaseTimeoutError, DatabaseUnavailableError, AppError } from '../errors.js';
import { cypher } from './cypher-files.js';
import { toParams, toPlain } from './neo4j-values.js';

/** Per-request counters behind the X-Query-Stats header. */
export interface QueryStats {
  dbQueries: number;
  dbMs: number;
}

export interface ExecutorOptions {
  database: string;
  timeoutMs: number;
  /** Sent as transaction metadata, visible in SHOW TRANSACTIONS and the query log. */
  app?: string;
}

export interface Executor {
  /** Runs a named read statement with routing READ; rows are checked against `row`. */
  read<T>(name: string, params: Record<string, unknown>, row: z.ZodType<T>): Promise<T[]>;
  /** Runs a named write statement in its own transaction. */
  write<T>(name: string, params: Record<string, unknown>, row: z.ZodType<T>): Promise<T[]>;
  /** Runs several named statements in one write transaction: all of them or none. */
  writeTransaction<T>(work: (run: TxRunner) => Promise<T>, timeoutMs?: number): Promise<T>;
  /** The same executor, counting into `stats`. */
  withStats(stats: QueryStats): Executor;
}

export type TxRunner = <T>(name: string, params: Record<string, unknown>, row: z.ZodType<T>) => Promise<T[]>;

function check<T>(name: string, records: { toObject(): object }[], row: z.ZodType<T>): T[] {
  return records.map((r) => {
    const parsed = row.safeParse(toPlain(r.toObject()));
    if (!parsed.success) throw new Error(`row of ${name} does not match its schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
  });
}

/** The one place where Neo4j errors become typed errors. */
export function translateError(e: unknown): Error {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.TransientError.General.DatabaseUnavailable' || code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DatabaseUnavailableError();
  }
  if (code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') {
    return new DatabaseTimeoutError();
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseUnavailableError();
  }
  if (e instanceof Error && !code) return e;
  const err = new DatabaseError(code);
  (err as { cause?: unknown }).cause = e;
  return err;
}

export function createExecutor(driver: Driver, opts: ExecutorOptions, stats?: QueryStats): Executor {
  const config = (timeoutMs = opts.timeoutMs) => ({ timeout: timeoutMs, metadata: { app: opts.app ?? 'kg-service' } });
  const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await fn();
    } catch (e) {
      throw translateError(e);
    } finally {
      if (stats) stats.dbMs += performance.now() - started;
    }
  };
  const runIn = (tx: ManagedTransaction) =>
    (async (name, params, row) => {
      if (stats) stats.dbQueries += 1;
      const result = await tx.run(cypher(name), toParams(params) as Record<string, unknown>);
      return check(name, result.records, row);
    }) as TxRunner;

  return {
    read(name, params, row) {
      return timed(() => {
        const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ });
        return session.executeRead((tx) => runIn(tx)(name, params, row), config()).finally(() => session.close());
      });
    },
    write(name, params, row) {
      return timed(() => {
        const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.WRITE });
        return session.executeWrite((tx) => runIn(tx)(name, params, row), config()).finally(() => session.close());
      });
    },
    writeTransaction(work, timeoutMs) {
      return timed(async () => {
        // An explicit transaction, not a managed one: a retry would re-run work with side effects.
        const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.WRITE });
        const tx = session.beginTransaction(config(timeoutMs));
        try {
          const result = await work(runIn(tx as unknown as ManagedTransaction));
          await tx.commit();
          return result;
        } catch (e) {
          if (tx.isOpen()) await tx.rollback().catch(() => {});
          throw e;
        } finally {
          await session.close();
        }
      });
    },
    withStats(s) {
      return createExecutor(driver, opts, s);
    },
  };
}

/** Fails fast when the database is down instead of retrying for half a minute. */
export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxTransactionRetryTime: 3_000,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
    userAgent: 'kg-service',
  });
}
