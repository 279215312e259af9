import type { Machine } from './machine.js';
import type { SideName } from './sides.js';
import { ratio, type CellStats } from './stats.js';
import { describeWarmup } from './warmup.js';

export interface ReportInput {
  date: string;
  machine: Machine;
  settings: { seconds: number; rounds: number; warmupSeconds: number; warmupMaxSeconds: number; concurrencies: number[]; quick: boolean };
  /** Each warm-up round's CPU ms per request of every cell, and how long warm-up took in all. */
  warmup: { rounds: number[][]; seconds: number };
  /** How the sides reach the data (one Neo4j, or the temporary converted copy). */
  graphs: string;
  sides: SideName[];
  shapes: { id: string; title: string; rows: number }[];
  cells: Map<string, CellStats>;
  roundTrips: Map<string, number>;
}

export const cellKey = (shape: string, concurrency: number, side: string) => `${shape}|${concurrency}|${side}`;
export const tripKey = (shape: string, side: string) => `${shape}|${side}`;

const num = (n: number | undefined, digits: number) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
const rps = (n: number | undefined) => (n !== undefined && n >= 100 ? num(n, 0) : num(n, 1));
const times = (n: number) => (Number.isNaN(n) ? '—' : `${n.toFixed(2)}×`);
/** Server and Neo4j CPU per request together: steadier than req/s on a shared machine. */
const cpu = (cell: CellStats | undefined) => (cell ? cell.serverCpuMs + cell.neo4jCpuMs : undefined);

/** The results as markdown: machine, equivalence, every cell, and ours against the others. */
export function renderReport(r: ReportInput): string {
  const m = r.machine;
  const s = r.settings;
  const out: string[] = [
    `# vs @neo4j/graphql: ${r.date}${s.quick ? ' (quick mode)' : ''}`,
    '',
    `Machine: ${m.cpu}, ${m.ram} RAM, ${m.os}; Node ${m.node}; ${m.java}; Neo4j ${m.neo4j}; @neo4j/graphql ${m.neo4jGraphql}; graphql-yoga ${m.graphqlYoga}; autocannon ${m.autocannon}. Load average at start: ${m.loadAverage}.`,
    '',
    describeWarmup(r.warmup.rounds, r.warmup.seconds, s.warmupSeconds, s.warmupMaxSeconds),
    '',
    `Each cell ran ${s.seconds} s after the warm-up; ${s.rounds} round${s.rounds === 1 ? '' : 's'}, sides interleaved in every cell and their order rotated every round; the median of the rounds is kept. CPU is the server's and Neo4j's user + system time (/proc) over the run, per request. Round trips: Cypher statements per request (ours: X-Query-Stats; the others: counted at the driver).`,
    '',
    'On a machine shared with other work, req/s and latencies move with the neighbours; CPU per request moves much less.',
    '',
    `Data: ${r.graphs}`,
    '',
    `Equivalence: every side returned the same rows for every shape (${r.shapes.map((x) => `${x.id}: ${x.rows} rows`).join(', ')}).`,
    '',
    '| shape | c | side | req/s | p50 ms | p99 ms | server CPU ms/req | Neo4j CPU ms/req | round trips |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const shape of r.shapes) {
    for (const c of s.concurrencies) {
      for (const side of r.sides) {
        const cell = r.cells.get(cellKey(shape.id, c, side));
        out.push(`| ${shape.id} | ${c} | ${side} | ${rps(cell?.rps)} | ${num(cell?.p50, 2)} | ${num(cell?.p99, 2)} | ${num(cell?.serverCpuMs, 2)} | ${num(cell?.neo4jCpuMs, 2)} | ${num(r.roundTrips.get(tripKey(shape.id, side)), 0)} |`);
      }
    }
  }
  const cache = r.sides.includes('ours+cache');
  out.push(
    '',
    `| shape | c | req/s ours/peer | req/s ours/raw | p50 ours/peer | p50 ours/raw | CPU/req ours/peer | CPU/req ours/raw |${cache ? ' req/s ours+cache/peer |' : ''}`,
    `|---|---|---|---|---|---|---|---|${cache ? '---|' : ''}`,
  );
  for (const shape of r.shapes) {
    for (const c of s.concurrencies) {
      const get = (side: SideName) => r.cells.get(cellKey(shape.id, c, side));
      const [ours, peer, raw] = [get('ours'), get('peer'), get('raw')];
      const row = [
        shape.id,
        c,
        times(ratio(ours?.rps, peer?.rps)),
        times(ratio(ours?.rps, raw?.rps)),
        times(ratio(ours?.p50, peer?.p50)),
        times(ratio(ours?.p50, raw?.p50)),
        times(ratio(cpu(ours), cpu(peer))),
        times(ratio(cpu(ours), cpu(raw))),
      ];
      if (cache) row.push(times(ratio(get('ours+cache')?.rps, peer?.rps)));
      out.push(`| ${row.join(' | ')} |`);
    }
  }
  out.push('', '—: no request completed within the run (lengthen `--duration`), or no figure to divide by.');
  out.push('', 'Shapes:', ...r.shapes.map((x) => `- ${x.id}: ${x.title}`), '');
  return out.join('\n');
}
