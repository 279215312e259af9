/**
 * Which relationships a state shows. The window is read in UTC, whole months, inclusive, like the
 * API's DateRange: a relationship matches when its [when.start, when.end] overlaps the window.
 */
import { showsUndated, type ViewState } from './view-state.js';

export interface Dated {
  category: string;
  when: { start: string; end: string } | null;
}

/** First millisecond of "YYYY-MM" (UTC). */
export function monthStartMs(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return Date.UTC(y!, m! - 1, 1);
}
/** Last millisecond of "YYYY-MM" (UTC). */
export function monthEndMs(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return Date.UTC(y!, m!, 1) - 1;
}
export function monthOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
/** "YYYY-MM" shifted by n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  return monthOf(Date.UTC(y!, m! - 1 + n, 1));
}
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb! - ya!) * 12 + (mb! - ma!);
}

export function inWindow(r: Dated, s: ViewState): boolean {
  if (!r.when) return showsUndated(s);
  if (s.from && Date.parse(r.when.end) < monthStartMs(s.from)) return false;
  if (s.to && Date.parse(r.when.start) > monthEndMs(s.to)) return false;
  return true;
}

export function isShown(r: Dated, s: ViewState): boolean {
  return s.categories.includes(r.category) && inWindow(r, s);
}

/** The API's DateRange for the state's window, or null when it is open on both sides. */
export function duringOf(s: ViewState): { from?: string; to?: string; includeUndated: boolean } | null {
  if (!s.from && !s.to) return null;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    ...(s.from ? { from: `${s.from}-01` } : {}),
    ...(s.to ? { to: day(monthEndMs(s.to)) } : {}),
    includeUndated: showsUndated(s),
  };
}

/** First and last month any of these relationships touches, or null when none is dated. */
export function monthRange(rels: Iterable<Dated>): { first: string; last: string } | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rels) {
    if (!r.when) continue;
    lo = Math.min(lo, Date.parse(r.when.start));
    hi = Math.max(hi, Date.parse(r.when.end));
  }
  return lo <= hi ? { first: monthOf(lo), last: monthOf(hi) } : null;
}
