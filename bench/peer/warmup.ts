/**
 * When a side is warm. A fixed 3 s warm-up left every side far from its steady state: over one
 * search-only run, all three sides' CPU per request (server and Neo4j) fell by half to two thirds
 * from the first round to the third, whichever side came first, so the ratios measured how far
 * each side had warmed, not what it costs. Node's and the JVM's compilers share two cores with the
 * load, so code gets hot slowly. Warm-up now runs in windows until the CPU per request stops
 * falling.
 */

export interface WarmupRule {
  /** A window improves on the best so far when it is below it by more than this share. */
  tolerance: number;
  /** Steady after this many windows in a row that do not improve. */
  calmWindows: number;
  /** At least this many windows in all. */
  minWindows: number;
}

export const WARMUP_RULE: WarmupRule = { tolerance: 0.05, calmWindows: 2, minWindows: 3 };

/**
 * Whether a side is steady, given the CPU ms per request of each warm-up window so far, oldest
 * first: its last `calmWindows` windows were none of them more than `tolerance` below the lowest
 * window before them. A window with no request (NaN) is not calm.
 */
export function isSteady(cpuPerRequest: readonly number[], rule: WarmupRule = WARMUP_RULE): boolean {
  if (cpuPerRequest.length < Math.max(rule.minWindows, rule.calmWindows + 1)) return false;
  const split = cpuPerRequest.length - rule.calmWindows;
  let best = Math.min(...cpuPerRequest.slice(0, split));
  for (const v of cpuPerRequest.slice(split)) {
    if (Number.isNaN(v) || v < best * (1 - rule.tolerance)) return false;
    best = Math.min(best, v);
  }
  return Number.isFinite(best);
}

/** How long one side warmed up on one shape, and whether it got steady before `--warmup-max`. */
export interface Warmup {
  side: string;
  shape: string;
  seconds: number;
  steady: boolean;
}

/** The report's sentence on warm-up: the rule, the range of times, and any side that did not get steady. */
export function describeWarmups(warmups: readonly Warmup[], windowSeconds: number, maxSeconds: number, rule: WarmupRule = WARMUP_RULE): string {
  const secs = warmups.map((w) => w.seconds);
  const range = secs.length ? `${Math.min(...secs).toFixed(0)}–${Math.max(...secs).toFixed(0)} s` : 'no time';
  const unsteady = warmups.filter((w) => !w.steady).map((w) => `${w.side} on ${w.shape}`);
  return (
    `Warm-up: each side on each shape, at 8 clients, in ${windowSeconds} s windows until its CPU per request (server and Neo4j) stopped falling ` +
    `(${rule.calmWindows} windows in a row none more than ${rule.tolerance * 100}% below the best before), at most ${maxSeconds} s: it took ${range}. ` +
    (unsteady.length ? `Not yet steady when the time was up: ${unsteady.join(', ')}.` : 'Every side got steady.')
  );
}
