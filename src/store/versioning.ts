import { named, type TxRunner } from './executor.js';
import { DERIVED_PROPS } from '../model/stored-records.js';

/** One recorded change: who, what, and the subject before and after (stored properties as JSON). */
export interface ChangeRecord {
  action: string;
  subject: string;
  /** What kind of thing the subject is: ENTITY, RELATIONSHIP, DOCUMENT, DISPUTE, FACT, PROPOSAL, KEY. */
  subjectKind: string;
  before: string | null;
  after: string | null;
}

export interface OpenVersion {
  version: number;
  atMs: number;
  at: string;
  actor: string;
}

/** Opens the next graph version inside a write transaction; see cypher/write/begin-version.cypher. */
export async function beginVersion(run: TxRunner, actor: string, action: string, now = new Date()): Promise<OpenVersion> {
  const atMs = now.getTime();
  const at = now.toISOString();
  const [row] = await run<{ version: number }>(named('write/begin-version', { atMs, at, actor, action }));
  run.opened = row!.version;
  return { version: row!.version, atMs, at, actor };
}

/** Writes the changes of an open version, numbered in order (their position is the feed's order). */
export async function recordChanges(run: TxRunner, v: OpenVersion, changes: readonly ChangeRecord[], batch = 1000): Promise<void> {
  const rows = changes.map((c, idx) => ({ ...c, idx, id: `${v.version}.${idx}` }));
  for (let i = 0; i < rows.length; i += batch) {
    await run(named('write/record-changes', { rows: rows.slice(i, i + batch), v: v.version, atMs: v.atMs, at: v.at, actor: v.actor }));
  }
}

const BOOKKEEPING = new Set(['h', 'txFrom', 'txTo', 'createdTx', 'origin', 'editedVia', 'version', 'text', 'evQuotes', 'aliasText', 'nameKeys', 'hasText', ...DERIVED_PROPS]);

/** A subject's stored properties as change JSON: bookkeeping and derived text left out, keys sorted. */
export function changeJson(props: Record<string, unknown> | null | undefined): string | null {
  if (!props) return null;
  const kept = Object.keys(props)
    .filter((k) => !BOOKKEEPING.has(k) && props[k] !== null && props[k] !== undefined)
    .sort()
    .map((k) => [k, props[k]]);
  return JSON.stringify(Object.fromEntries(kept));
}
