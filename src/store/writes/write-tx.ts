import type { Executor, TxRunner } from '../executor.js';
import { beginVersion, recordChanges, type ChangeRecord, type OpenVersion } from '../versioning.js';

/** An open write: its runner, the version it writes, and the changes it records. */
export interface Write {
  run: TxRunner;
  v: OpenVersion;
  changes: ChangeRecord[];
}

/** A change as the API returns it. */
export interface StoredChange extends ChangeRecord {
  id: string;
  version: number;
  idx: number;
  at: string;
  actor: string;
}

export interface Written<T> {
  value: T;
  /** Null when the write changed nothing (the same document added twice). */
  version: number | null;
  changes: StoredChange[];
}

/** Thrown to end a write that turned out to change nothing: the version it opened is rolled back. */
class Unchanged<T> extends Error {
  constructor(readonly value: T) {
    super('unchanged');
  }
}

/**
 * One write, all or nothing, as one new graph version. The version is opened FIRST: it locks the
 * one GraphVersion node, so writers run one after another and every check below it sees every
 * earlier commit (two editors racing on one entity: the second sees the first's version).
 * A Refused thrown by `work` rolls everything back; the caller turns it into userErrors.
 */
export async function write<T>(db: Executor, actor: string, action: string, work: (w: Write) => Promise<T>): Promise<Written<T>> {
  try {
    return await db.writeTransaction(async (run) => {
      const v = await beginVersion(run, actor, action);
      const w: Write = { run, v, changes: [] };
      const value = await work(w);
      if (w.changes.length === 0) throw new Unchanged(value);
      await recordChanges(run, v, w.changes);
      const changes = w.changes.map((c, idx) => ({ ...c, id: `${v.version}.${idx}`, version: v.version, idx, at: v.at, actor }));
      return { value, version: v.version, changes };
    });
  } catch (e) {
    if (e instanceof Unchanged) return { value: e.value as T, version: null, changes: [] };
    throw e;
  }
}
