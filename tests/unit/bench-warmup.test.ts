import { describe, expect, it } from 'vitest';
import { isSteady } from '../../bench/peer/warmup.js';

describe('warm-up until steady', () => {
  it('is not steady while the CPU per request keeps falling', () => {
    expect(isSteady([9, 6, 4, 3])).toBe(false);
    expect(isSteady([9, 6, 4, 3, 2.5])).toBe(false);
  });

  it('is steady after two windows in a row that do not improve on the best by more than 5%', () => {
    expect(isSteady([9, 3, 3.1, 2.9])).toBe(true);
    expect(isSteady([9, 3, 3.5, 3.2])).toBe(true);
  });

  it('starts counting calm windows again after a window that improves', () => {
    // 2.5 improves on 3 by more than 5%: only one calm window after it.
    expect(isSteady([9, 3, 3.1, 2.5, 2.5])).toBe(false);
    expect(isSteady([9, 3, 3.1, 2.5, 2.5, 2.45])).toBe(true);
  });

  it('needs at least three windows, and a window with no request is not calm', () => {
    expect(isSteady([3, 3])).toBe(false);
    expect(isSteady([3, 3, 3])).toBe(true);
    expect(isSteady([3, Number.NaN, 3])).toBe(false);
    expect(isSteady([Number.NaN, Number.NaN, Number.NaN])).toBe(false);
  });
});
