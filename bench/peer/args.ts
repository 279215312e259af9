import { parseArgs } from 'node:util';
import type { ShapeId } from './shapes.js';

export const USAGE = `npm run bench:peer -- [options]
  --duration S      seconds per measured run (default 5; 2 with --quick)
  --rounds N        rounds; the median is kept (default 3; 1 with --quick)
  --warmup S        seconds per side and shape in each warm-up round (default 3; 1 with --quick):
                    rounds over every side and shape run until the CPU per request stops falling
  --warmup-max S    at most this many seconds of warm-up in all (default 600; one round with --quick)
  --concurrency L   comma-separated concurrencies (default 1,8,32)
  --shapes L        comma-separated shapes among a,b,c,d,e (default all)
  --quick           a short run that shows the whole thing works
  --with-cache      also run "ours+cache": our server started with RESPONSE_CACHE=true`;

export interface BenchArgs {
  seconds: number;
  rounds: number;
  warmupSeconds: number;
  warmupMaxSeconds: number;
  concurrencies: number[];
  shapes: ShapeId[];
  quick: boolean;
  withCache: boolean;
  help: boolean;
}

/** A positive number option (bench:peer's and bench:scale's), its fallback when absent; a bad one fails with the usage. */
export function positiveOption(usage: string, name: string, value: string | undefined, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new Error(`--${name} must be a positive ${integer ? 'integer' : 'number'}, not "${value}"\n\n${usage}`);
  return n;
}
const positive = (name: string, value: string | undefined, fallback: number, integer: boolean) => positiveOption(USAGE, name, value, fallback, integer);

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      'warmup-max': { type: 'string' },
      concurrency: { type: 'string' },
      shapes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'with-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const quick = values.quick!;
  const concurrencies = (values.concurrency ?? '1,8,32').split(',').map((c) => positive('concurrency', c.trim(), 1, true));
  const shapes = (values.shapes ?? 'a,b,c,d,e').split(',').map((s) => s.trim());
  const unknown = shapes.filter((s) => !['a', 'b', 'c', 'd', 'e'].includes(s));
  if (unknown.length) throw new Error(`--shapes: unknown shape ${unknown.join(', ')} (a, b, c, d, e)\n\n${USAGE}`);
  const warmupSeconds = positive('warmup', values.warmup, quick ? 1 : 3, false);
  return {
    seconds: positive('duration', values.duration, quick ? 2 : 5, false),
    rounds: positive('rounds', values.rounds, quick ? 1 : 3, true),
    warmupSeconds,
    warmupMaxSeconds: Math.max(warmupSeconds, positive('warmup-max', values['warmup-max'], quick ? warmupSeconds : 600, false)),
    concurrencies,
    shapes: shapes as ShapeId[],
    quick,
    withCache: values['with-cache']!,
    help: values.help!,
  };
}
