import { existsSync } from 'node:fs';
import path from 'node:path';

/** A benchmark's options from the command line; a bad option prints the usage and exits 2, --help prints it and exits 0. */
export function argsOrExit<T extends { help: boolean }>(parse: (argv: string[]) => T, usage: string): T {
  let args: T;
  try {
    args = parse(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  if (args.help) {
    console.log(usage);
    process.exit(0);
  }
  return args;
}

/**
 * The report file of a run: bench/results/<kind>-<date>.md, or -2, -3, … when that day already has
 * one, so a second run never overwrites the first (a 1M scale run did, the same day as 10k/100k).
 */
export function resultsFile(kind: string, date: string, dir = path.resolve('bench/results')): string {
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${kind}-${date}${n === 1 ? '' : `-${n}`}.md`);
    if (!existsSync(file)) return file;
  }
}

/** Where a benchmark finds the Neo4j runtime, the seed and the source texts (overridable by environment). */
export function benchDirs(): { home: string; seedDir: string; sourcesDir: string } {
  return {
    home: path.resolve(process.env.NEO4J_HOME ?? '.neo4j'),
    seedDir: path.resolve(process.env.SEED_DIR ?? 'seed'),
    sourcesDir: path.resolve(process.env.SOURCES_DIR ?? '../shared/seeds'),
  };
}
