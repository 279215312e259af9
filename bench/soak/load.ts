import { graphql, keepAlive, send, type HttpRequest, type Outcome } from './client.js';
import { percentile, Tally } from './measure.js';

export interface Probe {
  name: string;
  request: HttpRequest;
  /** The body answered before any fault. */
  expected: string;
}

/** Read-only questions across the API; each must have one stable answer on the seed graph. */
export const PROBE_QUERIES: Record<string, string> = {
  entity: '{ entity(key: "anthropic") { key name kind aliases } }',
  pressures: '{ pressures(target: "anthropic") { key type when { iso } } }',
  search: '{ search(text: "hegseth", first: 3) { entity { key } } }',
  relationships: '{ relationships(first: 20, where: { categories: [PRESSURE] }) { totalCount edges { node { key source { key } target { key } } } } }',
  timeline: '{ timeline(keys: ["anthropic"], first: 10) { totalCount edges { node { key } } } }',
  neighborhood: '{ neighborhood(key: "pete-hegseth", depth: 1) { nodes { key } relationships { key } } }',
  paths: '{ paths(from: "pete-hegseth", to: "dario-amodei", maxHops: 3, first: 3) { length nodes { key } } }',
  documents: '{ documents { key title entities(first: 10) { key } } }',
  disputes: '{ disputes { id claims { value } } }',
};

/** Each probe's answer now, which must carry no error. */
export async function captureExpected(port: number, queries = PROBE_QUERIES): Promise<Probe[]> {
  const agent = keepAlive();
  const probes: Probe[] = [];
  for (const [name, query] of Object.entries(queries)) {
    const request = graphql(query);
    const o = await send(port, agent, request);
    if (o.status !== 200 || o.code !== null) throw new Error(`probe ${name} did not answer cleanly before the soak: ${o.status} ${o.body.slice(0, 300)}`);
    probes.push({ name, request, expected: o.body });
  }
  agent.destroy();
  return probes;
}

/** Everything a phase needs from its requests. */
export class LoadStats {
  requests = 0;
  readonly codes = new Tally();
  /** Answers without an error that differ from the answer before the fault. */
  wrong = 0;
  readonly wrongByProbe = new Tally();
  longestMs = 0;
  readonly latencies: { at: number; ms: number }[] = [];

  record(o: Outcome, probe: Probe): boolean {
    this.requests++;
    const correct = o.body === probe.expected;
    this.codes.add(correct ? 'correct' : (o.code ?? 'WRONG_ANSWER'));
    if (!correct && o.code === null) {
      this.wrong++;
      this.wrongByProbe.add(probe.name);
    }
    this.longestMs = Math.max(this.longestMs, o.ms);
    this.latencies.push({ at: o.sentAt, ms: o.ms });
    return correct;
  }

  /** p50 and p99 of the requests sent in each window of `windowMs` from `start`. */
  windows(start: number, windowMs: number): { index: number; n: number; p50: number; p99: number }[] {
    const buckets = new Map<number, number[]>();
    for (const l of this.latencies) {
      const i = Math.floor((l.at - start) / windowMs);
      if (!buckets.has(i)) buckets.set(i, []);
      buckets.get(i)!.push(l.ms);
    }
    return [...buckets.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([index, ms]) => {
        const sorted = ms.sort((a, b) => a - b);
        return { index, n: sorted.length, p50: Math.round(percentile(sorted, 0.5)), p99: Math.round(percentile(sorted, 0.99)) };
      });
  }
}

/**
 * `clients` keep-alive clients, each sending the probes in turn (starting at its own offset) until
 * `stop()` says so; every outcome is recorded and handed to `onOutcome`.
 */
export async function runLoad(opts: { port: number; clients: number; probes: Probe[]; stop: () => boolean; stats?: LoadStats; onOutcome?: (o: Outcome, probe: Probe, correct: boolean) => void }): Promise<LoadStats> {
  const stats = opts.stats ?? new LoadStats();
  await Promise.all(
    Array.from({ length: opts.clients }, async (_, c) => {
      const agent = keepAlive();
      for (let i = c; !opts.stop(); i++) {
        const probe = opts.probes[i % opts.probes.length]!;
        const o = await send(opts.port, agent, probe.request);
        const correct = stats.record(o, probe);
        opts.onOutcome?.(o, probe, correct);
      }
      agent.destroy();
    }),
  );
  return stats;
}
