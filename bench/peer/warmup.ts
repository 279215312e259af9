import { median } from './stats.js';

/**
 * When the sides are warm. A fixed 3 s warm-up left every side far from its steady state: over one
 * search-only run, all three sides' CPU per request (server and Neo4j) fell 2.2–4.3× from the
 * first measured round to the third, whichever side came first, so the ratios measured
 * how far each side had warmed, not what it costs. Node's and the JVM's compilers share two cores
 * with the load, so code gets hot slowly, and Neo4j warms for every side at once. Warm-up therefore
 * runs in rounds over every side and shape, like the measurement, until a round no longer lowers
 * the CPU per request: judged over all cells at once, since one 3 s window is too noisy to tell a
 * trend from a neighbour's burst.
 */

export interface WarmupRule {
  /** A round improves when its typical cell is below that cell's best so far by more than this share. */
  tolerance: number;
  /**
   * A round is disturbed when its typical cell is above that cell's best so far by more than this
   * share: not calm either, since a neighbour's burst or a long pause says nothing of the warmth.
   */
  disturbance: number;
  /** Steady after this many rounds in a row that do not improve. */
  calmRounds: number;
  /** At least this many rounds in all. */
  minRounds: number;
}

export const WARMUP_RULE: WarmupRule = { tolerance: 0.05, disturbance: 0.1, calmRounds: 2, minRounds: 3 };

/**
 * How much one round moved, over its cells: the median of each cell's CPU per request divided by
 * that cell's lowest in the rounds before (below 1: it got cheaper). Cells with no figure (NaN)
 * are left out; NaN when none is left.
 */
export function roundChange(before: readonly (readonly number[])[], round: readonly number[]): number {
  const ratios = round.map((v, cell) => {
    const best = Math.min(...before.map((r) => r[cell] ?? NaN).filter((x) => !Number.isNaN(x)));
    // A cell with no figure before has no best (Math.min of nothing is Infinity, not a divisor).
    return Number.isFinite(best) ? v / best : NaN;
  });
  return median(ratios.filter((r) => Number.isFinite(r)));
}

/**
 * Whether the sides are steady, given each warm-up round's CPU ms per request of every cell (side
 * and shape, the same order in every round), oldest first: the last `calmRounds` rounds each moved
 * the typical cell by less than `tolerance` down and less than `disturbance` up.
 */
export function isSteady(rounds: readonly (readonly number[])[], rule: WarmupRule = WARMUP_RULE): boolean {
  if (rounds.length < Math.max(rule.minRounds, rule.calmRounds + 1)) return false;
  for (let i = rounds.length - rule.calmRounds; i < rounds.length; i++) {
    const change = roundChange(rounds.slice(0, i), rounds[i]!);
    if (Number.isNaN(change) || change < 1 - rule.tolerance || change > 1 + rule.disturbance) return false;
  }
  return true;
}

/** The report's sentence on warm-up: the rule, how many rounds it took, and the last round's change. */
export function describeWarmup(rounds: readonly (readonly number[])[], seconds: number, windowSeconds: number, maxSeconds: number, rule: WarmupRule = WARMUP_RULE): string {
  const steady = isSteady(rounds, rule);
  const changes = rounds.slice(1).map((r, i) => roundChange(rounds.slice(0, i + 1), r));
  const moved = changes.map((c) => `${c < 1 ? '−' : '+'}${Math.abs((1 - c) * 100).toFixed(0)}%`).join(', ');
  return (
    `Warm-up: rounds over every side and shape at 8 clients, ${windowSeconds} s each, until the CPU per request (server and Neo4j) stopped falling ` +
    `(${rule.calmRounds} rounds in a row in which the median cell was neither more than ${rule.tolerance * 100}% below its best before nor more than ${rule.disturbance * 100}% above it), at most ${maxSeconds} s. ` +
    `It took ${rounds.length} round${rounds.length === 1 ? '' : 's'}, ${seconds.toFixed(0)} s${moved ? `; the median cell moved ${moved} round on round` : ''}. ` +
    (steady ? 'The sides were steady.' : 'The sides were not yet steady when the time was up.')
  );
}
