import { parseArgs } from 'node:util';
import { SCALE_SHAPES, type ScaleShapeId } from './shapes.js';
import { positiveOption } from '../peer/args.js';

export const USAGE = `npm run bench:scale -- [options]
  --sizes L          comma-separated graph sizes in entities: 10k, 100k, 1M, or any number (default 10k,100k,1M)
  --duration S       seconds per measured run (default 10)
  --warmup S         seconds of warm-up per side and shape (default 3)
  --concurrency N    concurrent clients in the measured runs (default 1)
  --shapes L         comma-separated shapes among a..k (default all)
  --batch-size N     rows per loader statement (default 2000)
  --part N           entities per loader transaction (default 20000)
  --sample N         entities loaded one row per statement, to compare with (default 1000)
  --loader L         bulk (default): neo4j-admin import of the synthetic graph into the empty database,
                     then --batched entities batched and --sample one row per statement on top;
                     transactional: the whole synthetic graph through the transactional loader
  --batched N        with --loader bulk, entities loaded batched through the transactional loader (default 5000)
  --load-only        load, report load throughput, and stop (no shapes measured)
  --heap SIZE        Neo4j heap, e.g. 4g (default: by size, see bench/scale/sizing.ts)
  --pagecache MB     Neo4j page cache in MiB (default: by size)
  --seed TEXT        seed of the synthetic graph (default kg-scale)`;

export interface ScaleArgs {
  sizes: number[];
  seconds: number;
  warmupSeconds: number;
  concurrency: number;
  shapes: ScaleShapeId[];
  batchSize: number;
  part: number;
  sample: number;
  heap: string | null;
  pageCacheMb: number | null;
  seed: string;
  loader: 'bulk' | 'transactional';
  batched: number;
  loadOnly: boolean;
  help: boolean;
}

/** "10k" → 10000, "1M" → 1000000. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`--sizes: "${text}" is not a size such as 10k, 100k or 1M\n\n${USAGE}`);
  const n = Math.round(Number(m[1]) * { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[m[2]!]!);
  if (n < 100) throw new Error(`--sizes: ${text} is too small (at least 100 entities)\n\n${USAGE}`);
  return n;
}

/** 10000 → "10k", 1000000 → "1M". */
export function sizeLabel(n: number): string {
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3}k`;
  return String(n);
}

const positive = (name: string, value: string | undefined, fallback: number) => positiveOption(USAGE, name, value, fallback, true);

function loaderOf(value: string | undefined): 'bulk' | 'transactional' {
  if (value === undefined || value === 'bulk' || value === 'transactional') return value ?? 'bulk';
  throw new Error(`--loader must be bulk or transactional, not "${value}"\n\n${USAGE}`);
}

export function parseScaleArgs(argv: string[]): ScaleArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      concurrency: { type: 'string' },
      shapes: { type: 'string' },
      'batch-size': { type: 'string' },
      part: { type: 'string' },
      sample: { type: 'string' },
      heap: { type: 'string' },
      pagecache: { type: 'string' },
      seed: { type: 'string' },
      loader: { type: 'string' },
      batched: { type: 'string' },
      'load-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const ids = SCALE_SHAPES.map((s) => s.id);
  const shapes = (values.shapes ?? ids.join(',')).split(',').map((s) => s.trim());
  const unknown = shapes.filter((s) => !(ids as string[]).includes(s));
  if (unknown.length) throw new Error(`--shapes: unknown shape ${unknown.join(', ')} (${ids.join(', ')})\n\n${USAGE}`);
  if (values.heap !== undefined && !/^\d+[mg]$/.test(values.heap)) throw new Error(`--heap must look like 512m or 4g, not "${values.heap}"\n\n${USAGE}`);
  const part = positive('part', values.part, 20_000);
  return {
    sizes: (values.sizes ?? '10k,100k,1M').split(',').map(parseSize),
    seconds: positive('duration', values.duration, 10),
    warmupSeconds: positive('warmup', values.warmup, 3),
    concurrency: positive('concurrency', values.concurrency, 1),
    shapes: shapes as ScaleShapeId[],
    batchSize: positive('batch-size', values['batch-size'], 2000),
    part,
    sample: positive('sample', values.sample, 1000),
    heap: values.heap ?? null,
    pageCacheMb: values.pagecache === undefined ? null : positive('pagecache', values.pagecache, 512),
    seed: values.seed ?? 'kg-scale',
    loader: loaderOf(values.loader),
    batched: positive('batched', values.batched, 5000),
    loadOnly: values['load-only']!,
    help: values.help!,
  };
}
