import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import type { Executor } from '../store/executor.js';
import { versionAt } from '../store/read-store.js';

/**
 * The reader for a request: its pinned graph version, or, with recordedAsOf, the version the
 * graph had at that instant (transaction time: what had been recorded, not what had happened).
 */
export async function readerAt(ctx: Context, recordedAsOf: string | null | undefined): Promise<{ db: Executor; current: boolean }> {
  if (!recordedAsOf) return { db: ctx.db, current: true };
  const atMs = Date.parse(recordedAsOf);
  if (Number.isNaN(atMs)) throw new BadInputError(`recordedAsOf "${recordedAsOf}" is not an instant`, { argument: 'recordedAsOf' });
  const version = Math.min(await versionAt(ctx.db, atMs), ctx.db.version);
  return { db: ctx.db.atVersion(version), current: version === ctx.db.version };
}
