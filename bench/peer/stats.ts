/** The arithmetic of the comparison: pure, unit-tested (tests/unit/bench-peer.test.ts). */

/** The q-quantile (0..1) of samples, nearest rank; NaN for none. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((x, y) => x - y);
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const finite = values.filter((v) => !Number.isNaN(v));
  if (finite.length === 0) return NaN;
  const sorted = [...finite].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** ours / other; NaN when either is missing or the divisor is zero. */
export function ratio(ours: number | undefined, other: number | undefined): number {
  if (ours === undefined || other === undefined || Number.isNaN(ours) || Number.isNaN(other) || other === 0) return NaN;
  return ours / other;
}

/** CPU time from /proc clock ticks, in ms per request. */
export function cpuMsPerRequest(ticks: number, ticksPerSecond: number, requests: number): number {
  return requests > 0 ? (ticks * 1000) / ticksPerSecond / requests : NaN;
}

export interface CellMeasure {
  requests: number;
  seconds: number;
  latencies: readonly number[];
  serverTicks: number;
  neo4jTicks: number;
}

export interface CellStats {
  rps: number;
  p50: number;
  p99: number;
  serverCpuMs: number;
  neo4jCpuMs: number;
}

/**
 * One run of one cell: throughput, latency percentiles (ms) and CPU per request (ms). A run in
 * which no request completed has no figures at all (NaN), not a throughput of zero to divide by.
 */
export function cellStats(m: CellMeasure, ticksPerSecond: number): CellStats {
  return {
    rps: m.requests > 0 && m.seconds > 0 ? m.requests / m.seconds : NaN,
    p50: percentile(m.latencies, 0.5),
    p99: percentile(m.latencies, 0.99),
    serverCpuMs: cpuMsPerRequest(m.serverTicks, ticksPerSecond, m.requests),
    neo4jCpuMs: cpuMsPerRequest(m.neo4jTicks, ticksPerSecond, m.requests),
  };
}

/** The rounds of one cell folded into one: the median of each figure on its own. */
export function medianStats(rounds: readonly CellStats[]): CellStats {
  const of = (k: keyof CellStats) => median(rounds.map((r) => r[k]));
  return { rps: of('rps'), p50: of('p50'), p99: of('p99'), serverCpuMs: of('serverCpuMs'), neo4jCpuMs: of('neo4jCpuMs') };
}
