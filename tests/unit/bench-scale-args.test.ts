import { describe, expect, it } from 'vitest';
import { parseScaleArgs } from '../../bench/scale/args.js';

/** bench:scale's options: defaults, and a clear refusal (with the usage) of every bad value. */
describe('bench:scale options', () => {
  it('defaults to the bulk loader at 10k, 100k and 1M', () => {
    expect(parseScaleArgs([])).toMatchObject({ sizes: [10_000, 100_000, 1_000_000], loader: 'bulk', batched: 5000, sample: 1000, loadOnly: false, heap: null, pageCacheMb: null });
    expect(parseScaleArgs(['--sizes', '10k,100k', '--loader', 'transactional', '--batched', '2000', '--load-only', '--heap', '4g'])).toMatchObject({
      sizes: [10_000, 100_000],
      loader: 'transactional',
      batched: 2000,
      loadOnly: true,
      heap: '4g',
    });
  });

  it('refuses a bad loader, count, heap, shape or flag', () => {
    expect(() => parseScaleArgs(['--loader', 'fast'])).toThrow(/--loader must be bulk or transactional, not "fast"[\s\S]*npm run bench:scale/);
    expect(() => parseScaleArgs(['--batched', '0'])).toThrow(/--batched must be a positive integer, not "0"/);
    expect(() => parseScaleArgs(['--sample', '2.5'])).toThrow(/--sample must be a positive integer/);
    expect(() => parseScaleArgs(['--heap', 'lots'])).toThrow(/--heap must look like 512m or 4g/);
    expect(() => parseScaleArgs(['--shapes', 'a,z'])).toThrow(/unknown shape z/);
    expect(() => parseScaleArgs(['--fast'])).toThrow();
  });
});
