import { DateTime } from 'luxon';

/**
 * Temporal values as precise as the sources allow. `iso` is the value as written:
 *   YEAR     2025
 *   SEASON   2025-22          (ISO 8601-2 / EDTF season: 21 spring, 22 summer, 23 autumn, 24 winter;
 *                              northern-hemisphere meteorological seasons)
 *   QUARTER  2025-Q4
 *   MONTH    2025-10
 *   DAY      2026-02-24
 *   MINUTE   2026-02-27T17:01-05:00
 * A qualifier narrows the span to the first, middle or last third ("early February").
 */
export const PRECISIONS = ['YEAR', 'SEASON', 'QUARTER', 'MONTH', 'DAY', 'MINUTE'] as const;
export type Precision = (typeof PRECISIONS)[number];
export const QUALIFIERS = ['EARLY', 'MID', 'LATE'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface TemporalInput {
  iso: string;
  precision: Precision;
  timezone?: string | undefined;
  qualifier?: Qualifier | undefined;
}

export interface Bounds {
  start: string;
  end: string;
}

const PATTERNS: Record<Precision, RegExp> = {
  YEAR: /^(\d{4})$/,
  SEASON: /^(\d{4})-(2[1-4])$/,
  QUARTER: /^(\d{4})-Q([1-4])$/,
  MONTH: /^(\d{4})-(0[1-9]|1[0-2])$/,
  DAY: /^(\d{4})-(\d{2})-(\d{2})$/,
  MINUTE: /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::00)?(Z|[+-]\d{2}:\d{2})$/,
};

export class TemporalError extends Error {}

/** The zone a date is bounded in: the given IANA zone, else UTC. */
function zoneOf(t: TemporalInput): string {
  return t.timezone ?? 'UTC';
}

function span(t: TemporalInput): { start: DateTime; end: DateTime } {
  const m = PATTERNS[t.precision].exec(t.iso);
  if (!m) throw new TemporalError(`"${t.iso}" is not a ${t.precision} value`);
  const zone = zoneOf(t);
  const year = Number(m[1]);
  const at = (y: number, mo: number, d = 1) => DateTime.fromObject({ year: y, month: mo, day: d }, { zone });
  let start: DateTime;
  let end: DateTime;
  switch (t.precision) {
    case 'YEAR':
      start = at(year, 1);
      end = start.endOf('year');
      break;
    case 'SEASON': {
      // Meteorological seasons: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb (into next year).
      const firstMonth = { 21: 3, 22: 6, 23: 9, 24: 12 }[Number(m[2])]!;
      start = at(year, firstMonth);
      end = start.plus({ months: 3 }).minus({ milliseconds: 1 });
      break;
    }
    case 'QUARTER':
      start = at(year, (Number(m[2]) - 1) * 3 + 1);
      end = start.plus({ months: 3 }).minus({ milliseconds: 1 });
      break;
    case 'MONTH':
      start = at(year, Number(m[2]));
      end = start.endOf('month');
      break;
    case 'DAY':
      start = at(year, Number(m[2]), Number(m[3]));
      if (!start.isValid || start.day !== Number(m[3])) throw new TemporalError(`"${t.iso}" is not a calendar date`);
      end = start.endOf('day');
      break;
    case 'MINUTE': {
      const parsed = DateTime.fromISO(t.iso, { setZone: true });
      if (!parsed.isValid) throw new TemporalError(`"${t.iso}" is not a valid instant`);
      start = t.timezone ? parsed.setZone(t.timezone) : parsed;
      if (t.timezone && start.offset !== parsed.offset) {
        throw new TemporalError(`"${t.iso}" has an offset that ${t.timezone} did not have at that instant`);
      }
      end = start.endOf('minute');
      break;
    }
  }
  if (!start.isValid || !end.isValid) throw new TemporalError(`"${t.iso}" cannot be placed in time zone ${zone}`);
  if (t.qualifier) {
    const total = end.toMillis() - start.toMillis() + 1;
    const third = Math.floor(total / 3);
    const index = QUALIFIERS.indexOf(t.qualifier);
    const s = start.plus({ milliseconds: third * index });
    end = index === 2 ? end : s.plus({ milliseconds: third - 1 });
    start = s;
  }
  return { start, end };
}

/** Start and end instants (ISO 8601 with offset) of a temporal value. */
export function bounds(t: TemporalInput): Bounds {
  const { start, end } = span(t);
  return { start: start.toISO({ suppressMilliseconds: false })!, end: end.toISO({ suppressMilliseconds: false })! };
}

/** Epoch milliseconds of the bounds: what the graph stores and compares. */
export function boundsMillis(t: TemporalInput): { startMs: number; endMs: number } {
  const { start, end } = span(t);
  return { startMs: start.toMillis(), endMs: end.toMillis() };
}

export function checkTemporal(t: TemporalInput): string | null {
  try {
    span(t);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

const DAY_MS = 86_400_000;
/**
 * The longest time a value of each precision can span (a leap year, a 92-day season or quarter,
 * a 31-day month, a day with a DST shift, a minute), with a day's slack for time zones. A value
 * that overlaps a window must start at most this long before the window does, which lets a
 * window be answered from an index on (precision, start) without scanning older data.
 */
export const MAX_SPAN_MS: Record<Precision, number> = {
  YEAR: 367 * DAY_MS,
  SEASON: 93 * DAY_MS,
  QUARTER: 93 * DAY_MS,
  MONTH: 32 * DAY_MS,
  DAY: 2 * DAY_MS,
  MINUTE: DAY_MS,
};
