import { DateTime } from 'luxon';
import { BadInputError } from '../errors.js';

/** Undated relationships sort after every dated one. */
export const UNDATED_SORT = Number.MAX_SAFE_INTEGER;
export const MAX_PAGE = 200;

export interface DateRangeInput {
  from?: string | null;
  to?: string | null;
  includeUndated?: boolean | null;
}

export interface RelationshipFilter {
  types?: readonly string[] | null;
  categories?: readonly string[] | null;
  statuses?: readonly string[] | null;
  source?: string | null;
  target?: string | null;
  /** Either end is one of these keys. */
  involving?: readonly string[] | null;
  during?: DateRangeInput | null;
  /** Documents published by then (keys), or null for no knowledge-time cut. */
  knownDocs?: readonly string[] | null;
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = DateTime.fromISO(day, { zone: 'UTC' });
  return d.isValid && d.toISODate() === day;
}

/** A calendar date as the start or end of its UTC day, in epoch milliseconds. */
export function dayStartMs(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).startOf('day').toMillis();
}
export function dayEndMs(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).endOf('day').toMillis();
}

/** Window parameters: an item matches when [when.start, when.end] overlaps [from 00:00Z, to 23:59:59.999Z]. */
export function windowParams(during: DateRangeInput | null | undefined) {
  if (during?.from && during.to && during.from > during.to) {
    throw new BadInputError(`during.from (${during.from}) is after during.to (${during.to})`);
  }
  return {
    fromMs: during?.from ? dayStartMs(during.from) : null,
    toMs: during?.to ? dayEndMs(during.to) : null,
    includeUndated: during?.includeUndated ?? false,
  };
}

export function filterParams(f: RelationshipFilter) {
  const list = (v: readonly string[] | null | undefined) => (v && v.length ? [...v] : null);
  return {
    types: list(f.types),
    categories: list(f.categories),
    statuses: list(f.statuses),
    source: f.source ?? null,
    target: f.target ?? null,
    involving: list(f.involving),
    knownDocs: f.knownDocs ? [...f.knownDocs] : null,
    undatedSort: UNDATED_SORT,
    ...windowParams(f.during),
  };
}

/** Opaque keyset cursor: the sort position of an item, so it stays valid as items are added. */
export function encodeCursor(sortMs: number, key: string): string {
  return Buffer.from(JSON.stringify([sortMs, key])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): { afterSort: number | null; afterKey: string | null } {
  if (cursor === null || cursor === undefined) return { afterSort: null, afterKey: null };
  try {
    const [sortMs, key] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof sortMs === 'number' && Number.isSafeInteger(sortMs) && typeof key === 'string') return { afterSort: sortMs, afterKey: key };
  } catch {
    /* fall through */
  }
  throw new BadInputError('`after` is not a cursor this API issued', { argument: 'after' });
}
