import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { boundsOf, earliestStartMs, PRECISIONS, QUALIFIERS, type Precision, type TemporalInput } from '../../src/model/temporal.js';

// A window's branch for one precision reads values from earliestStartMs on. It must never skip a
// value that reaches the window, in any zone, with any qualifier.
const ZONES = [undefined, 'UTC', 'Pacific/Kiritimati', 'Etc/GMT+12', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns'];
const pad = (n: number) => String(n).padStart(2, '0');

function valueOf(rng: () => number, precision: Precision): TemporalInput {
  const year = 1995 + Math.floor(rng() * 35);
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  const zone = ZONES[Math.floor(rng() * ZONES.length)];
  const qualifier = precision === 'MINUTE' || rng() < 0.6 ? undefined : QUALIFIERS[Math.floor(rng() * 3)];
  const iso = {
    YEAR: `${year}`,
    SEASON: `${year}-${21 + Math.floor(rng() * 4)}`,
    QUARTER: `${year}-Q${1 + Math.floor(rng() * 4)}`,
    MONTH: `${year}-${pad(month)}`,
    DAY: `${year}-${pad(month)}-${pad(day)}`,
    MINUTE: `${year}-${pad(month)}-${pad(day)}T${pad(Math.floor(rng() * 24))}:${pad(Math.floor(rng() * 60))}${['Z', '+14:00', '-12:00', '+05:30', '-03:30'][Math.floor(rng() * 5)]}`,
  }[precision];
  return { iso, precision, ...(zone && precision !== 'MINUTE' ? { timezone: zone } : {}), ...(qualifier ? { qualifier } : {}) };
}

describe('where a window starts reading each precision', () => {
  it('never skips a value that reaches the window: 12,000 values in eight zones, windows starting around them', () => {
    const rng = seedrandom('earliest-start');
    let reaching = 0;
    const skipped: string[] = [];
    for (let i = 0; i < 12_000; i++) {
      const precision = PRECISIONS[i % PRECISIONS.length]!;
      const t = valueOf(rng, precision);
      const b = boundsOf(t);
      // Windows from well before the value to just after its end, often right at its edges.
      const edge = rng() < 0.3;
      const fromMs = edge ? b.endMs - Math.floor(rng() * 3) : b.startMs - 2 * 86_400_000 + Math.floor(rng() * (b.endMs - b.startMs + 4 * 86_400_000));
      if (b.endMs < fromMs) continue;
      reaching++;
      if (b.startMs < earliestStartMs(precision, fromMs)) skipped.push(`${JSON.stringify(t)} from ${new Date(fromMs).toISOString()}`);
    }
    expect(skipped).toEqual([]);
    expect(reaching).toBeGreaterThan(8_000);
  });

  it('reads far less than a precision’s longest span before the window: a YEAR branch for June 2019 starts at 2019 (less the zones’ slack)', () => {
    const june = Date.UTC(2019, 5, 1);
    expect(earliestStartMs('YEAR', june)).toBe(Date.UTC(2019, 0, 1) - 16 * 3_600_000);
    expect(earliestStartMs('MONTH', june)).toBe(Date.UTC(2019, 4, 1) - 16 * 3_600_000);
    expect(earliestStartMs('SEASON', Date.UTC(2019, 1, 10))).toBe(Date.UTC(2018, 11, 1) - 16 * 3_600_000);
    expect(earliestStartMs('QUARTER', Date.UTC(2019, 7, 10))).toBe(Date.UTC(2019, 6, 1) - 16 * 3_600_000);
    expect(earliestStartMs('MINUTE', Date.UTC(2019, 5, 1, 10, 30, 15))).toBe(Date.UTC(2019, 5, 1, 10, 29));
  });
});
