import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { boundsOf, PRECISIONS } from '../../src/model/temporal.js';
import { bucketStartMs, WINDOW_BUCKETS, windowBucketOf, type WindowBucket } from '../../src/model/window-buckets.js';
import { fromAround, randomTemporal } from '../support/temporal-values.js';

// A window reads each bucket of dated values from bucketStartMs on (model/window-buckets.ts). The
// bound must never skip a value that reaches the window, and in the UTC buckets (calendar units and
// thirds) it must be exact: every value read from it reaches the window, so that nothing is read
// beyond the answer however dense the graph.
const bucketOf = (id: string): WindowBucket => WINDOW_BUCKETS.find((b) => b.id === id)!;

describe('window buckets', () => {
  it('place each value: UTC by unit or third, zoned and MINUTE with slack, each bucket with its own parameter', () => {
    expect(windowBucketOf({ precision: 'MONTH' })).toBe('MONTH');
    expect(windowBucketOf({ precision: 'MONTH', qualifier: 'EARLY' })).toBe('MONTH/3');
    expect(windowBucketOf({ precision: 'MONTH', timezone: 'America/New_York', qualifier: 'EARLY' })).toBe('MONTH@tz');
    expect(windowBucketOf({ precision: 'MINUTE', timezone: 'America/New_York' })).toBe('MINUTE');
    expect(WINDOW_BUCKETS).toHaveLength(5 * 3 + 1);
    expect(new Set(WINDOW_BUCKETS.map((b) => b.param)).size).toBe(WINDOW_BUCKETS.length);
    for (const b of WINDOW_BUCKETS) expect(b.param).toMatch(/^[A-Za-z]+$/);
  });

  it('never skip a value that reaches the window, and read none that does not in the UTC buckets: 24,000 values', () => {
    const rng = seedrandom('window-buckets');
    const skipped: string[] = [];
    const wasted: string[] = [];
    let reaching = 0;
    let exactChecked = 0;
    for (let i = 0; i < 24_000; i++) {
      const t = randomTemporal(rng, PRECISIONS[i % PRECISIONS.length]!);
      const b = boundsOf(t);
      const fromMs = fromAround(rng, b);
      const bucket = bucketOf(windowBucketOf(t));
      const read = b.startMs >= bucketStartMs(bucket, fromMs);
      const reaches = b.endMs >= fromMs;
      const at = () => `${JSON.stringify(t)} from ${new Date(fromMs).toISOString()}`;
      if (reaches) reaching++;
      if (reaches && !read) skipped.push(at());
      if (bucket.kind !== 'slack') {
        exactChecked++;
        if (read && !reaches) wasted.push(at());
      }
    }
    expect(skipped).toEqual([]);
    expect(wasted).toEqual([]);
    expect(reaching).toBeGreaterThan(16_000);
    expect(exactChecked).toBeGreaterThan(2_000);
  });

  it('start a June 2019 window at the unit or third holding June 1st, not a unit earlier', () => {
    const june = Date.UTC(2019, 5, 1);
    expect(bucketStartMs(bucketOf('YEAR'), june)).toBe(Date.UTC(2019, 0, 1));
    expect(bucketStartMs(bucketOf('MONTH'), june)).toBe(june);
    expect(bucketStartMs(bucketOf('SEASON'), june)).toBe(june);
    // June 1st lies in the middle third of 2019 and in the last third of the second quarter.
    expect(bucketStartMs(bucketOf('YEAR/3'), june)).toBe(boundsOf({ iso: '2019', precision: 'YEAR', qualifier: 'MID' }).startMs);
    expect(bucketStartMs(bucketOf('QUARTER/3'), june)).toBe(boundsOf({ iso: '2019-Q2', precision: 'QUARTER', qualifier: 'LATE' }).startMs);
    expect(bucketStartMs(bucketOf('DAY/3'), june + 20 * 3_600_000)).toBe(boundsOf({ iso: '2019-06-01', precision: 'DAY', qualifier: 'LATE' }).startMs);
    // Zoned values keep the zones' slack.
    expect(bucketStartMs(bucketOf('MONTH@tz'), june)).toBe(Date.UTC(2019, 4, 1) - 16 * 3_600_000);
  });
});
