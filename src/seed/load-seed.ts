import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { App } from '../app.js';
import type { Executor, TxRunner } from '../data/executor.js';
import { toGraphRows, type GraphRows } from './graph-rows.js';
import { readSeed } from './read-seed.js';
import { readSourceTexts } from './source-texts.js';

/** Rows per UNWIND statement (bench/ compares it with row-at-a-time). */
export const BATCH = 500;
const countRow = z.object({ n: z.number() });
const countsRow = z.object({ entities: z.number(), relationships: z.number(), documents: z.number(), disputes: z.number() });

export interface LoadSummary {
  entities: number;
  relationships: number;
  documents: number;
  disputes: number;
  texts: boolean;
  ms: number;
}

async function batched(run: TxRunner, name: string, rows: unknown[], size: number): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await run(name, { rows: rows.slice(i, i + size) }, countRow);
}

/**
 * Writes the rows in one transaction: MERGE on keys, then removal of whatever the seed no longer
 * holds. Any failure rolls the whole load back, leaving the previous graph as it was.
 */
export async function writeGraph(db: Executor, rows: GraphRows, batchSize = BATCH): Promise<Omit<LoadSummary, 'texts' | 'ms'>> {
  return db.writeTransaction(async (run) => {
    await batched(run, 'seed/upsert-documents', rows.documents, batchSize);
    await run('seed/delete-stale-documents', { keys: rows.documents.map((d) => d.key) }, countRow);
    await batched(run, 'seed/upsert-entities', rows.entities, batchSize);
    await run('seed/delete-stale-entities', { keys: rows.entities.map((e) => e.key) }, countRow);
    const wanted = Object.fromEntries(rows.relationships.map((r) => [r.key, { type: r.type, source: r.source, target: r.target }]));
    await run('seed/delete-stale-relationships', { wanted }, countRow);
    await batched(run, 'seed/upsert-relationships', rows.relationships, batchSize);
    await run('seed/delete-derived', {}, countRow);
    await batched(run, 'seed/create-mentions', rows.mentions, batchSize);
    await batched(run, 'seed/create-facts', rows.facts, batchSize);
    await batched(run, 'seed/create-disputes', rows.disputes, batchSize);
    const [counts] = await run('seed/graph-counts', {}, countsRow);
    return counts!;
  }, 120_000);
}

/** Reads, validates and verifies the seed (and the source texts when given), then writes it. */
export async function loadSeed(db: Executor, seedDir: string, sourcesDir: string | null): Promise<LoadSummary> {
  const started = performance.now();
  const seed = readSeed(seedDir);
  const texts = sourcesDir && existsSync(sourcesDir) ? readSourceTexts(seed, sourcesDir) : null;
  const counts = await writeGraph(db, toGraphRows(seed, texts));
  return { ...counts, texts: texts !== null, ms: Math.round(performance.now() - started) };
}

export function loadSeedFromConfig(app: App): Promise<LoadSummary> {
  if (!app.config.sourcesDir) app.log.warn('SOURCES_DIR is not set and ../shared/seeds is absent: evidence will carry spans but no quotes');
  return loadSeed(app.db, app.config.seedDir, app.config.sourcesDir);
}
