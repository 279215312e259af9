import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { boundsOf, earliestStartMs, PRECISIONS } from '../../src/model/temporal.js';
import { fromAround, randomTemporal } from '../support/temporal-values.js';

// A window's branch for values placed with the zones' slack (model/window-buckets.ts) reads from
// earliestStartMs on. It must never skip a value that reaches the window, in any zone, with any
// qualifier.
describe('where a window starts reading each precision', () => {
  it('never skips a value that reaches the window: 12,000 values in eight zones, windows starting around them', () => {
    const rng = seedrandom('earliest-start');
    let reaching = 0;
    const skipped: string[] = [];
    for (let i = 0; i < 12_000; i++) {
      const precision = PRECISIONS[i % PRECISIONS.length]!;
      const t = randomTemporal(rng, precision);
      const b = boundsOf(t);
      const fromMs = fromAround(rng, b);
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
