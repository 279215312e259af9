import { DateTime } from 'luxon';

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = DateTime.fromISO(day, { zone: 'UTC' });
  return d.isValid && d.toISODate() === day;
}

/** A calendar date as the first or last millisecond of its UTC day. */
export function dayStartMs(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).startOf('day').toMillis();
}
export function dayEndMs(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).endOf('day').toMillis();
}

/** Undated items sort after every dated one; the sort key is stored, so it must be a safe integer. */
export const UNDATED_SORT = Number.MAX_SAFE_INTEGER;
