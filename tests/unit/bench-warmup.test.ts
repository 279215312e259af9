import { describe, expect, it } from 'vitest';
import { describeWarmup, isSteady, roundChange } from '../../bench/peer/warmup.js';

// Each round: CPU ms per request of three cells (side and shape), in one order.
describe('warm-up until steady', () => {
  it("measures a round by its median cell against that cell's best before", () => {
    expect(roundChange([[10, 4, 2]], [5, 4, 2.2])).toBe(1);
    expect(roundChange([[10, 4, 2], [8, 5, 3]], [4, 2, 1])).toBe(0.5);
    expect(roundChange([[10, 4, 2]], [Number.NaN, 2, 1])).toBe(0.5);
    expect(roundChange([[10, 4, 2]], [Number.NaN, Number.NaN, Number.NaN])).toBeNaN();
  });

  it('regression: a cell with no figure in the rounds before is left out, not taken for a fall to zero', () => {
    expect(roundChange([[Number.NaN, Number.NaN, 2]], [5, 4, 2])).toBe(1);
    expect(roundChange([[Number.NaN, Number.NaN, Number.NaN]], [5, 4, 2])).toBeNaN();
  });

  it('is not steady while the typical cell keeps getting cheaper', () => {
    expect(isSteady([[9, 6, 4], [6, 4, 3], [4, 3, 2.5], [3, 2.5, 2]])).toBe(false);
  });

  it('is steady after two rounds in a row in which the median cell fell by 5% or less', () => {
    expect(isSteady([[9, 6, 4], [4, 3, 2], [4.1, 2.9, 2.1], [3.9, 3.1, 2]])).toBe(true);
    // One cell still falling fast does not hold the others back.
    expect(isSteady([[9, 6, 4], [4, 3, 2], [2, 3, 2.1], [1, 2.95, 2]])).toBe(true);
  });

  it('regression: rounds that got dearer (a disturbed machine) are not taken for steady ones', () => {
    // Rounds 4 and 5 of a real run: the median cell 50% above its best, after two falling rounds.
    expect(isSteady([[36, 18, 47], [17, 7, 26], [8, 5, 21], [12, 7.5, 32], [12, 7.4, 31]])).toBe(false);
    expect(isSteady([[36, 18, 47], [17, 7, 26], [8, 5, 21], [8.5, 5.2, 21], [8.1, 5.3, 22]])).toBe(true);
  });

  it('starts counting calm rounds again after a round that improves', () => {
    const rounds = [[9, 6, 4], [4, 3, 2], [4, 3, 2], [3, 2, 1.5], [3, 2, 1.5]];
    expect(isSteady(rounds)).toBe(false);
    expect(isSteady([...rounds, [3, 2, 1.5]])).toBe(true);
  });

  it('needs at least three rounds, and a round with no figure is not calm', () => {
    expect(isSteady([[3, 3, 3], [3, 3, 3]])).toBe(false);
    expect(isSteady([[3, 3, 3], [3, 3, 3], [3, 3, 3]])).toBe(true);
    expect(isSteady([[3, 3, 3], [3, 3, 3], [Number.NaN, Number.NaN, Number.NaN]])).toBe(false);
  });

  it('describes the rounds for the report', () => {
    const text = describeWarmup([[9, 6, 4], [4.5, 3, 2], [4.5, 3, 2], [4.5, 3, 2]], 184.2, 3, 600);
    expect(text).toContain('It took 4 rounds, 184 s; the median cell moved −50%, +0%, +0% round on round. The sides were steady.');
    expect(describeWarmup([[9, 6, 4]], 40, 1, 1)).toContain('It took 1 round, 40 s. The sides were not yet steady');
  });
});
