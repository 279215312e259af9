import { cypherNames, statementsOf } from './cypher-files.js';
import { named, type Executor } from './executor.js';

export interface MigrateOptions {
  /** How long to wait for indexes to come online (a large graph's first start builds them all). */
  indexWaitMs?: number;
  /** Progress while indexes populate, every `progressEveryMs`. */
  log?: (msg: string, detail: Record<string, unknown>) => void;
  progressEveryMs?: number;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * Properties an index of a migration reads, which graphs stored before it lack. Each is filled in
 * the start that creates its index, before the index: later starts skip the scan, and a start that
 * stops half-way fills the rest next time, the index still being absent.
 */
const BACKFILLS = [{ index: 'rel_bucket_sort', statement: 'migrations/backfill-window-buckets' }];

/** A minute was enough for the seed, not for the indexes of a million bulk-imported entities. */
const INDEX_WAIT_MS = 3_600_000;
const POLL_MS = 500;

/**
 * Applies cypher/migrations/NNN-*.cypher in order, then waits until every index is online. Schema
 * statements cannot share a transaction with data or take parameters, so each runs in its own
 * auto-commit transaction. The wait follows the indexes' population, so it can be long for a big
 * graph and still fail at once when an index fails.
 */
export async function migrate(db: Executor, o: MigrateOptions = {}): Promise<number> {
  const waitMs = o.indexWaitMs ?? INDEX_WAIT_MS;
  let applied = 0;
  const indexes = new Set((await db.autoCommit<{ name: string }>(named('migrations/index-names'))).map((i) => i.name));
  for (const b of BACKFILLS.filter((f) => !indexes.has(f.index))) {
    await db.autoCommit(named(b.statement), { timeoutMs: waitMs });
    applied++;
  }
  for (const name of cypherNames('migrations/').filter((n) => /\/\d{3}-/.test(n))) {
    for (const text of statementsOf(name)) {
      await db.autoCommit({ name, text, params: {} }, { timeoutMs: waitMs });
      applied++;
    }
  }
  await awaitIndexes(db, waitMs, o);
  return applied;
}

interface IndexState {
  name: string;
  state: string;
  populationPercent: number;
  failureMessage: string | null;
}

async function awaitIndexes(db: Executor, waitMs: number, o: MigrateOptions): Promise<void> {
  const started = Date.now();
  let reported = started;
  for (;;) {
    const pending = await db.autoCommit<IndexState>(named('migrations/index-states'));
    if (pending.length === 0) return;
    const failed = pending.filter((i) => i.state === 'FAILED');
    if (failed.length) throw new MigrationError(`index ${failed.map((i) => `${i.name} failed: ${i.failureMessage ?? 'no reason given'}`).join('; ')}`);
    const now = Date.now();
    if (now - started > waitMs) {
      throw new MigrationError(`indexes still populating after ${Math.round(waitMs / 1000)} s: ${pending.map((i) => `${i.name} ${Math.round(i.populationPercent)}%`).join(', ')}`);
    }
    if (now - reported >= (o.progressEveryMs ?? 10_000)) {
      reported = now;
      o.log?.('waiting for indexes', { seconds: Math.round((now - started) / 1000), populating: Object.fromEntries(pending.map((i) => [i.name, Math.round(i.populationPercent)])) });
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** The server's version and edition, for /ready. */
export async function dbComponents(db: Executor): Promise<{ name: string; version: string; edition: string }[]> {
  return db.read(named('queries/db-components'));
}
