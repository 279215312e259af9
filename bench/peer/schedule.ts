/** The order of the measured runs: pure, unit-tested (tests/unit/bench-peer.test.ts). */
export interface Run<S extends string, K extends string> {
  round: number;
  shape: K;
  concurrency: number;
  side: S;
}

/** `list` started at position `by` (mod its length). */
export function rotate<T>(list: readonly T[], by: number): T[] {
  if (list.length === 0) return [];
  const k = ((by % list.length) + list.length) % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/**
 * Round after round, every shape at every concurrency, with the sides back to back in each cell
 * so that drift on a shared machine falls on all of them alike. The sides' order rotates every
 * round: over as many rounds as sides, each side runs once in each position.
 */
export function schedule<S extends string, K extends string>(sides: readonly S[], shapes: readonly K[], concurrencies: readonly number[], rounds: number): Run<S, K>[] {
  const runs: Run<S, K>[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = rotate(sides, round);
    for (const shape of shapes) for (const concurrency of concurrencies) for (const side of order) runs.push({ round, shape, concurrency, side });
  }
  return runs;
}
