import type { Machine } from '../peer/machine.js';
import { ratio, type CellStats } from '../peer/stats.js';
import { sizeLabel } from './args.js';
import { rowsPerSecond, type LoadReport } from './load-synthetic.js';
import type { StatementProfile } from './profile.js';
import type { ScaleShape } from './shapes.js';
import type { Neo4jMemory } from './sizing.js';

/** What one graph size gave. */
export interface SizeResult {
  size: number;
  memory: Neo4jMemory;
  load: LoadReport;
  storeMb: number;
  loadAverage: string;
  /** Rows of each shape's answer (the same on ours and raw). */
  rows: Map<string, number>;
  /** `${shape}|${side}` → figures of the measured run. */
  cells: Map<string, CellStats>;
  profiles: StatementProfile[];
  /** The service's RSS in MiB over the measured runs: first sample, highest, last. */
  rss: { start: number; peak: number; end: number };
  neo4jRssMb: number;
}

export interface ScaleReportInput {
  date: string;
  machine: Machine;
  settings: { seconds: number; warmupSeconds: number; concurrency: number; batchSize: number; part: number; sample: number; seed: string };
  shapes: readonly ScaleShape[];
  sizes: SizeResult[];
  /** Shapes whose answer was checked to be the same at every size. */
  fixedChecked: string[];
}

const num = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const times = (n: number) => (Number.isNaN(n) ? '—' : `${n.toFixed(2)}×`);

/** A statement's cost grows with the graph when its db hits at the largest size are well above the smallest's. */
export function grows(hits: number[]): boolean {
  const known = hits.filter((h) => !Number.isNaN(h));
  if (known.length < 2) return false;
  const [first, last] = [known[0]!, known.at(-1)!];
  return last > Math.max(first * 1.5, first + 50);
}

export function renderScaleReport(r: ScaleReportInput): string {
  const m = r.machine;
  const s = r.settings;
  const labels = r.sizes.map((x) => sizeLabel(x.size));
  const out: string[] = [
    `# bench:scale: ${r.date}`,
    '',
    `Machine: ${m.cpu}, ${m.ram} RAM, ${m.os}; Node ${m.node}; ${m.java}; Neo4j ${m.neo4j}; graphql-yoga ${m.graphqlYoga}; autocannon ${m.autocannon}. Load average at start: ${m.loadAverage}; at each size's measurements: ${r.sizes.map((x) => `${sizeLabel(x.size)} ${x.loadAverage}`).join('; ')}.`,
    '',
    `Graph: the seed plus a synthetic graph of the given number of entities (seed "${s.seed}", bench/scale/synthetic-graph.ts): 5 relationships per entity on average with power-law in-degrees, dates over ten years at every precision (10% undated), three documents per 25 source entities, 1 to 3 evidence spans per relationship. Loaded by the project's loader (writeSeedGraph, history "summary", scope "part"): ${int(s.part)} entities or the relationships of ${int(s.part / 5)} sources per transaction, ${s.batchSize} rows per statement; the first ${int(s.sample)} entities and their relationships one row per statement, for comparison.`,
    '',
    `Latency: each shape on ours (src/cli/start.ts) and on the raw side (the same statements behind a minimal graphql-yoga, bench/peer/raw) for ${s.seconds} s at ${s.concurrency} concurrent client${s.concurrency === 1 ? '' : 's'} after a ${s.warmupSeconds} s warm-up, the sides back to back. On a shared machine the latencies move with the neighbours; the database hits do not.`,
    '',
    '## Load',
    '',
    '| size | entities | relationships | documents | mentions | rows | transactions | loader s | rows/s | one row per statement, rows/s | ratio | store on disk | Neo4j heap / page cache |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const x of r.sizes) {
    const l = x.load;
    const batched = rowsPerSecond(l.batched);
    const single = rowsPerSecond(l.single);
    out.push(
      `| ${sizeLabel(x.size)} | ${int(l.entities)} | ${int(l.relationships)} | ${int(l.documents)} | ${int(l.mentions)} | ${int(l.batched.rows + l.single.rows)} | ${l.parts} | ${num((l.batched.ms + l.single.ms) / 1000, 0)} | ${int(batched)} | ${int(single)} | ${times(ratio(batched, single))} | ${int(x.storeMb)} MiB | ${x.memory.heap} / ${int(x.memory.pageCacheMb)} MiB |`,
    );
  }
  const bulkSizes = r.sizes.filter((x) => x.load.bulk);
  if (bulkSizes.length) {
    out.push(
      '',
      "Bulk import (`--loader bulk`): the synthetic graph into the empty database with Neo4j's offline importer (src/store/bulk-import.ts), then the rows above through the transactional loader on top. Its time is writing the CSV files, the importer (including its JVM start), and the first start's completion (recording graph version 1); the index builds of the first start are not in it.",
      '',
      '| size | rows | CSV s | import s | first start s | rows/s | ÷ one row per statement | ÷ transactional batched |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const x of bulkSizes) {
      const b = x.load.bulk!;
      const rate = (b.rows * 1000) / (b.csvMs + b.importMs + b.finishMs);
      out.push(`| ${sizeLabel(x.size)} | ${int(b.rows)} | ${num(b.csvMs / 1000, 1)} | ${num(b.importMs / 1000, 1)} | ${num(b.finishMs / 1000, 1)} | ${int(rate)} | ${times(ratio(rate, rowsPerSecond(x.load.single)))} | ${times(ratio(rate, rowsPerSecond(x.load.batched)))} |`);
    }
  }
  out.push('', `Counts are the synthetic rows (the seed's few hundred come on top). Generating the rows took ${r.sizes.map((x) => `${num(x.load.generateMs / 1000, 0)} s at ${sizeLabel(x.size)}`).join(', ')}, not counted above.`);

  out.push('', `## Latency (ms, ${s.concurrency} concurrent client${s.concurrency === 1 ? '' : 's'})`, '', `| shape | ${labels.map((l) => `${l} ours p50 / p99 | ${l} raw p50 / p99 | ${l} p99 ours/raw`).join(' | ')} |`, `|---|${labels.map(() => '---|---|---|').join('')}`);
  for (const shape of r.shapes) {
    const cells = r.sizes.map((x) => {
      const ours = x.cells.get(`${shape.id}|ours`);
      const raw = x.cells.get(`${shape.id}|raw`);
      return `${num(ours?.p50)} / ${num(ours?.p99)} | ${num(raw?.p50)} / ${num(raw?.p99)} | ${times(ratio(ours?.p99, raw?.p99))}`;
    });
    out.push(`| ${shape.id} | ${cells.join(' | ')} |`);
  }
  out.push('', '| shape | ' + labels.map((l) => `${l} CPU ms/req ours (server + Neo4j) | ${l} raw`).join(' | ') + ' |', `|---|${labels.map(() => '---|---|').join('')}`);
  for (const shape of r.shapes) {
    const cpu = (c: CellStats | undefined) => (c ? `${num(c.serverCpuMs)} + ${num(c.neo4jCpuMs)}` : '—');
    out.push(`| ${shape.id} | ${r.sizes.map((x) => `${cpu(x.cells.get(`${shape.id}|ours`))} | ${cpu(x.cells.get(`${shape.id}|raw`))}`).join(' | ')} |`);
  }

  out.push('', '## Database hits (PROFILE)', '', `Every statement each shape runs, summed over its plan; the answer's rows beside. "grows" marks a statement whose hits at the largest size exceed 1.5× (and 50 more than) the smallest's.`, '');
  out.push(`| statement | ${labels.join(' | ')} | rows | grows |`, `|---|${labels.map(() => '---|').join('')}---|---|`);
  const ids = [...new Set(r.sizes.flatMap((x) => x.profiles.map((p) => p.id)))];
  for (const id of ids) {
    const per = r.sizes.map((x) => x.profiles.find((p) => p.id === id));
    const hits = per.map((p) => p?.dbHits ?? NaN);
    out.push(`| ${id} | ${hits.map((h) => (Number.isNaN(h) ? '—' : int(h))).join(' | ')} | ${per.map((p) => p?.rows ?? '—').join(' / ')} | ${grows(hits) ? '**grows**' : ''} |`);
  }
  const largest = r.sizes.at(-1);
  if (largest) {
    out.push('', `Operators with the most hits at ${sizeLabel(largest.size)}:`, '');
    for (const p of largest.profiles) out.push(`- ${p.id}: ${p.top.join('; ') || '—'}`);
  }

  out.push('', '## Memory', '', '| size | service RSS first / peak / last (MiB) | Neo4j RSS after the runs (MiB) |', '|---|---|---|');
  for (const x of r.sizes) out.push(`| ${sizeLabel(x.size)} | ${num(x.rss.start, 0)} / ${num(x.rss.peak, 0)} / ${num(x.rss.end, 0)} | ${num(x.neo4jRssMb, 0)} |`);

  out.push(
    '',
    '## Equivalence',
    '',
    `At every size ours and raw returned the same rows for every shape (${r.shapes.map((x) => `${x.id}: ${r.sizes.map((z) => z.rows.get(x.id) ?? '—').join('/')}`).join(', ')}). The answers of ${r.fixedChecked.join(', ') || '—'} were the same at every size.`,
    '',
    'Shapes:',
    ...r.shapes.map((x) => `- ${x.id}: ${x.title}`),
    '',
  );
  return out.join('\n');
}
