import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { boundsOf, checkTemporal, QUALIFIERS, type Precision, type TemporalInput } from '../../src/model/temporal.js';

// The bounds of dates without a zone are computed by plain UTC arithmetic; luxon, which computed
// all of them before, is the oracle here.
function luxonBounds(t: TemporalInput): { start: string; end: string; startMs: number; endMs: number } {
  const [y, a, b] = t.iso.split('-');
  const year = Number(y);
  const at = (mo: number, d = 1) => DateTime.fromObject({ year, month: mo, day: d }, { zone: 'UTC' });
  let start: DateTime;
  let end: DateTime;
  if (t.precision === 'YEAR') [start, end] = [at(1), at(1).endOf('year')];
  else if (t.precision === 'SEASON') start = at({ 21: 3, 22: 6, 23: 9, 24: 12 }[Number(a)]!);
  else if (t.precision === 'QUARTER') start = at((Number(a!.slice(1)) - 1) * 3 + 1);
  else if (t.precision === 'MONTH') [start, end] = [at(Number(a)), at(Number(a)).endOf('month')];
  else [start, end] = [at(Number(a), Number(b)), at(Number(a), Number(b)).endOf('day')];
  if (t.precision === 'SEASON' || t.precision === 'QUARTER') end = start!.plus({ months: 3 }).minus({ milliseconds: 1 });
  if (t.qualifier) {
    const third = Math.floor((end!.toMillis() - start!.toMillis() + 1) / 3);
    const i = QUALIFIERS.indexOf(t.qualifier);
    const s = start!.plus({ milliseconds: third * i });
    end = i === 2 ? end! : s.plus({ milliseconds: third - 1 });
    start = s;
  }
  return { start: start!.toISO({ suppressMilliseconds: false })!, end: end!.toISO({ suppressMilliseconds: false })!, startMs: start!.toMillis(), endMs: end!.toMillis() };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function samples(): TemporalInput[] {
  const out: TemporalInput[] = [];
  for (const year of [1000, 1900, 1970, 2000, 2024, 2025, 2026, 2100, 9999]) {
    const qualifiers = [undefined, ...QUALIFIERS];
    const add = (iso: string, precision: Precision) => qualifiers.forEach((qualifier) => out.push({ iso, precision, ...(qualifier ? { qualifier } : {}) }));
    add(String(year), 'YEAR');
    for (const s of [21, 22, 23, 24]) add(`${year}-${s}`, 'SEASON');
    for (const q of [1, 2, 3, 4]) add(`${year}-Q${q}`, 'QUARTER');
    for (let m = 1; m <= 12; m++) {
      add(`${year}-${pad(m)}`, 'MONTH');
      for (const d of [1, 15, 28, 29, 30, 31]) if (DateTime.fromObject({ year, month: m, day: d }, { zone: 'UTC' }).isValid) add(`${year}-${pad(m)}-${pad(d)}`, 'DAY');
    }
  }
  return out;
}

describe('UTC calendar bounds without luxon', () => {
  it('equal luxon’s for every precision, qualifier, month end, leap day and winter season', () => {
    const all = samples();
    expect(all.length).toBeGreaterThan(3000);
    for (const t of all) expect(boundsOf(t), JSON.stringify(t)).toEqual(luxonBounds(t));
  });

  it('refuse days the calendar does not have, as before', () => {
    for (const iso of ['2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
      expect(checkTemporal({ iso, precision: 'DAY' }), iso).toBe(`"${iso}" is not a calendar date`);
    }
    expect(checkTemporal({ iso: '2024-02-29', precision: 'DAY' })).toBeNull();
  });

  it('leave zones and instants to luxon: a zoned month keeps its offset', () => {
    expect(boundsOf({ iso: '2026-02', precision: 'MONTH', timezone: 'America/New_York' })).toMatchObject({ start: '2026-02-01T00:00:00.000-05:00', end: '2026-02-28T23:59:59.999-05:00' });
    expect(boundsOf({ iso: '2026-02-27T17:01-05:00', precision: 'MINUTE', qualifier: 'LATE' }).end).toBe('2026-02-27T17:01:59.999-05:00');
  });
});
