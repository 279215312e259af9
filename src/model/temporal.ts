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

const DAY_MS = 86_400_000;

/** Meteorological seasons: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb (into next year). */
const SEASON_FIRST_MONTH: Record<number, number> = { 21: 3, 22: 6, 23: 9, 24: 12 };

/** The first month of a SEASON (21-24) or QUARTER (1-4) value. */
function firstMonth(precision: 'SEASON' | 'QUARTER', n: number): number {
  return precision === 'SEASON' ? SEASON_FIRST_MONTH[n]! : (n - 1) * 3 + 1;
}

/** Epoch ms of a UTC calendar day; months past 12 roll into the next year (Date's own rule). */
export function utcDay(year: number, month: number, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/**
 * Calendar bounds in UTC by plain arithmetic: the values of almost every seed, ingested and
 * synthetic date (no zone, not a MINUTE). Writing a row bounds each of its dates, and luxon was
 * most of that time. Null where luxon must decide (zones, instants, years before 1000).
 */
function utcSpanMs(t: TemporalInput, m: RegExpExecArray): { startMs: number; endMs: number } | null {
  if (t.timezone || t.precision === 'MINUTE') return null;
  const year = Number(m[1]);
  if (year < 1000) return null;
  switch (t.precision) {
    case 'YEAR':
      return { startMs: utcDay(year, 1), endMs: utcDay(year + 1, 1) - 1 };
    case 'SEASON':
    case 'QUARTER': {
      const first = firstMonth(t.precision, Number(m[2]));
      return { startMs: utcDay(year, first), endMs: utcDay(year, first + 3) - 1 };
    }
    case 'MONTH':
      return { startMs: utcDay(year, Number(m[2])), endMs: utcDay(year, Number(m[2]) + 1) - 1 };
    case 'DAY': {
      const month = Number(m[2]);
      const day = Number(m[3]);
      const startMs = utcDay(year, month, day);
      const back = new Date(startMs);
      if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) throw new TemporalError(`"${t.iso}" is not a calendar date`);
      return { startMs, endMs: startMs + DAY_MS - 1 };
    }
  }
  return null;
}

interface Span {
  startMs: number;
  endMs: number;
  /** The bounds as ISO 8601 with the offset of the value's zone. */
  start: () => string;
  end: () => string;
}

/** A third of the span (first, middle or last) for a qualifier; the last third takes the remainder. */
function qualified(startMs: number, endMs: number, q: Qualifier | undefined): { startMs: number; endMs: number } {
  if (!q) return { startMs, endMs };
  const third = Math.floor((endMs - startMs + 1) / 3);
  const index = QUALIFIERS.indexOf(q);
  const s = startMs + third * index;
  return { startMs: s, endMs: index === 2 ? endMs : s + third - 1 };
}

function span(t: TemporalInput): Span {
  const m = PATTERNS[t.precision].exec(t.iso);
  if (!m) throw new TemporalError(`"${t.iso}" is not a ${t.precision} value`);
  const utc = utcSpanMs(t, m);
  if (utc) {
    const { startMs, endMs } = qualified(utc.startMs, utc.endMs, t.qualifier);
    return { startMs, endMs, start: () => new Date(startMs).toISOString(), end: () => new Date(endMs).toISOString() };
  }
  const zoned = zonedSpan(t, m);
  const { startMs, endMs } = qualified(zoned.start.toMillis(), zoned.end.toMillis(), t.qualifier);
  // Luxon adds milliseconds in the zone, so the qualified bounds keep the zone's offset.
  const iso = (ms: number) => DateTime.fromMillis(ms, { zone: zoned.start.zone }).toISO({ suppressMilliseconds: false })!;
  return { startMs, endMs, start: () => iso(startMs), end: () => iso(endMs) };
}

function zonedSpan(t: TemporalInput, m: RegExpExecArray): { start: DateTime; end: DateTime } {
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
    case 'SEASON':
    case 'QUARTER':
      start = at(year, firstMonth(t.precision, Number(m[2])));
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
  return { start, end };
}

/** Bounds as epoch milliseconds and as ISO strings, computed once (what a stored date holds). */
export function boundsOf(t: TemporalInput): Bounds & { startMs: number; endMs: number } {
  const s = span(t);
  return { startMs: s.startMs, endMs: s.endMs, start: s.start(), end: s.end() };
}

/** Start and end instants (ISO 8601 with offset) of a temporal value. */
export function bounds(t: TemporalInput): Bounds {
  const s = span(t);
  return { start: s.start(), end: s.end() };
}

/** Epoch milliseconds of the bounds: what the graph stores and compares. */
export function boundsMillis(t: TemporalInput): { startMs: number; endMs: number } {
  const { startMs, endMs } = span(t);
  return { startMs, endMs };
}

export function checkTemporal(t: TemporalInput): string | null {
  try {
    span(t);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

const HOUR_MS = 3_600_000;
/**
 * Further than any zone is from UTC: today's offsets run from UTC−12 to UTC+14, and the local mean
 * times of the tz database before standard time reached ±15:56 (Manila before 1845).
 */
const ZONE_SLACK_MS = 16 * HOUR_MS;

/** The start, in UTC, of the calendar unit of a precision that holds an instant. */
export function utcUnitStart(precision: Precision, ms: number): number {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  switch (precision) {
    case 'YEAR':
      return utcDay(year, 1);
    case 'SEASON':
      // Seasons begin in March, June, September and December; January and February are last winter's.
      return month < 3 ? utcDay(year - 1, 12) : utcDay(year, month - ((month - 3) % 3));
    case 'QUARTER':
      return utcDay(year, month - ((month - 1) % 3));
    case 'MONTH':
      return utcDay(year, month);
    case 'DAY':
      return utcDay(year, month, d.getUTCDate());
    case 'MINUTE':
      return ms - (((ms % 60_000) + 60_000) % 60_000);
  }
}

/**
 * The earliest a value of a precision can start and still reach `fromMs`. A value lies within
 * one calendar unit of its precision (a qualifier's third too), in its own zone, so it reaches
 * fromMs only if that unit holds fromMs: the unit starts no earlier than the UTC unit holding
 * fromMs seen from the zone furthest west, moved back to the one furthest east. A window is answered
 * from an index on (precision, start) from this bound on. It replaces a bound of fromMs minus the
 * longest span: that read every value of the previous unit (a whole year of YEAR values before a
 * window in June), and the waste grew with the graph (bench:scale h: 37,499 db hits at 1M).
 * MINUTE values carry whole-minute offsets; a minute's slack covers any other.
 */
export function earliestStartMs(precision: Precision, fromMs: number): number {
  if (precision === 'MINUTE') return utcUnitStart('MINUTE', fromMs) - 60_000;
  return utcUnitStart(precision, fromMs - ZONE_SLACK_MS) - ZONE_SLACK_MS;
}
