import { earliestStartMs, PRECISIONS, utcDay, utcUnitStart, type Precision, type Qualifier } from './temporal.js';

/**
 * Where a time window starts reading. A window is answered from an index on (bucket, start, key),
 * one branch per bucket, each from the earliest start that can still reach the window. Values are
 * bucketed so that this bound is exact wherever it can be, which keeps a window's cost that of its
 * answer however dense the graph is:
 * - `unit`: values in UTC with no qualifier span exactly one calendar unit, so a value reaches the
 *   window exactly when it starts at or after the unit holding the window's start;
 * - `third`: values in UTC with a qualifier span a third of a unit, and the thirds tile the
 *   timeline in order, so the bound is the start of the third holding the window's start;
 * - `slack`: values in their own zone (and every MINUTE value, which carries an offset) are placed
 *   by the zones' slack (earliestStartMs), and are few.
 * Before, one branch per precision read from the slack bound: a window starting on the first of a
 * month read every UTC value of the month before, a growing waste (bench:scale h).
 */

export type BucketKind = 'unit' | 'third' | 'slack';

export interface WindowBucket {
  /** Stored on each dated relationship as `whenBucket`. */
  id: string;
  precision: Precision;
  kind: BucketKind;
  /** The parameter that carries this bucket's first start. */
  param: string;
}

const NAMES: Record<BucketKind, { id: string; param: string }> = { unit: { id: '', param: '' }, third: { id: '/3', param: 'Third' }, slack: { id: '@tz', param: 'Zoned' } };

function bucket(precision: Precision, kind: BucketKind): WindowBucket {
  const names = precision === 'MINUTE' ? NAMES.unit : NAMES[kind];
  return { id: precision + names.id, precision, kind, param: `from${precision}${names.param}` };
}

export const WINDOW_BUCKETS: readonly WindowBucket[] = PRECISIONS.flatMap((p) => (p === 'MINUTE' ? [bucket(p, 'slack')] : [bucket(p, 'unit'), bucket(p, 'third'), bucket(p, 'slack')]));

/** The bucket of a dated value (what the writer stores; migration 040 computes the same in Cypher). */
export function windowBucketOf(t: { precision: Precision; timezone?: string | undefined; qualifier?: Qualifier | undefined }): string {
  const kind: BucketKind = t.precision === 'MINUTE' || t.timezone ? 'slack' : t.qualifier ? 'third' : 'unit';
  return bucket(t.precision, kind).id;
}

/** The start of the unit after the one starting at `unitStartMs`. */
function nextUnitStart(precision: Precision, unitStartMs: number): number {
  const d = new Date(unitStartMs);
  const months = { YEAR: 12, SEASON: 3, QUARTER: 3, MONTH: 1 } as const;
  if (precision === 'DAY' || precision === 'MINUTE') return unitStartMs + (precision === 'DAY' ? 86_400_000 : 60_000);
  return utcDay(d.getUTCFullYear(), d.getUTCMonth() + 1 + months[precision]);
}

/** The earliest start a value of the bucket can have and still end at or after `fromMs`. */
export function bucketStartMs(b: WindowBucket, fromMs: number): number {
  if (b.kind === 'slack') return earliestStartMs(b.precision, fromMs);
  const unit = utcUnitStart(b.precision, fromMs);
  if (b.kind === 'unit') return unit;
  // The same thirds as temporal.ts's `qualified`: the last one takes the remainder.
  const third = Math.floor((nextUnitStart(b.precision, unit) - unit) / 3);
  return unit + third * Math.min(2, Math.floor((fromMs - unit) / third));
}
