import { existsSync } from 'node:fs';
import { toGraphRows } from '../seed/graph-rows.js';
import { readSeed } from '../seed/read-seed.js';
import { readSourceTexts } from '../seed/source-texts.js';
import type { Executor } from './executor.js';
import { writeSeedGraph, type SeedWriteOptions, type SeedWriteSummary } from './seed-writer.js';

export interface LoadSummary extends SeedWriteSummary {
  texts: boolean;
  ms: number;
}

/** Reads, validates and verifies the seed (and the source texts when given), then writes what changed. */
export async function loadSeed(db: Executor, seedDir: string, sourcesDir: string | null, opts: SeedWriteOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const seed = readSeed(seedDir);
  const texts = sourcesDir && existsSync(sourcesDir) ? readSourceTexts(seed, sourcesDir) : null;
  const summary = await writeSeedGraph(db, toGraphRows(seed, texts), opts);
  return { ...summary, texts: texts !== null, ms: Math.round(performance.now() - started) };
}
