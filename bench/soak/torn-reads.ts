import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Executor } from '../../src/store/executor.js';
import { loadSeed } from '../../src/store/seed-load.js';
import { seedFiles } from '../../src/seed/read-seed.js';
import { graphql, keepAlive, send } from './client.js';
import { Tally } from './measure.js';

/** Appended to every value variant B changes; every change keeps within the seed schema's lengths. */
export const MARK = ' [B]';
const LIMITS = { description: 600, title: 300, summary: 400 } as const;

/**
 * Variant B of the seed: the same graph with every entity description, document title and
 * relationship summary marked. A response holding marked and unmarked values of these read a
 * graph that never existed: half of one load and half of the other.
 */
export function writeVariantB(seedDir: string): { dir: string; changed: Set<string> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-seed-b-'));
  const changed = new Set<string>();
  cpSync(seedDir, dir, { recursive: true });
  for (const file of seedFiles(dir)) {
    const doc = parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>[] | undefined> | null;
    if (!doc) continue;
    const mark = (records: Record<string, unknown>[] | undefined, field: keyof typeof LIMITS) => {
      for (const r of records ?? []) {
        const v = r[field];
        if (typeof v !== 'string' || v.length + MARK.length > LIMITS[field]) continue;
        changed.add(v);
        r[field] = `${v}${MARK}`;
      }
    };
    mark(doc.entities, 'description');
    mark(doc.documents, 'title');
    mark(doc.relationships, 'summary');
    writeFileSync(file, stringify(doc));
  }
  return { dir, changed };
}

/** One request, several round trips: the entities by key, a relationship page, the documents. */
export const READER_QUERY = `{
  a: entity(key: "anthropic") { description relationships(first: 10) { edges { node { summary } } } }
  b: entity(key: "pete-hegseth") { description }
  documents { title }
}`;

/** "A", "B" or "torn" for an answer: a value B changed appears as in A or as in B; others tell nothing. */
export function classify(data: unknown, changed: ReadonlySet<string>): 'A' | 'B' | 'torn' {
  let a = 0;
  let b = 0;
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (changed.has(v)) a++;
      else if (v.endsWith(MARK) && changed.has(v.slice(0, -MARK.length))) b++;
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  return a > 0 && b > 0 ? 'torn' : b > 0 ? 'B' : 'A';
}

/**
 * Reloads the seed, alternating variants B and A, while `readers` clients read; counts answers
 * that mix the two. Ends with variant A loaded.
 */
export async function tornReads(opts: { port: number; db: Executor; seedDir: string; sourcesDir: string | null; readers: number; durationMs: number }) {
  const { dir: variantB, changed } = writeVariantB(opts.seedDir);
  const outcomes = new Tally();
  const reloads: number[] = [];
  let stop = false;
  const reader = async () => {
    const agent = keepAlive();
    while (!stop) {
      const o = await send(opts.port, agent, graphql(READER_QUERY));
      if (o.code !== null) outcomes.add(o.code);
      else outcomes.add(classify((JSON.parse(o.body) as { data: unknown }).data, changed));
    }
    agent.destroy();
  };
  const readers = Array.from({ length: opts.readers }, reader);
  const started = performance.now();
  let b = true;
  try {
    while (performance.now() - started < opts.durationMs) {
      const summary = await loadSeed(opts.db, b ? variantB : opts.seedDir, opts.sourcesDir);
      reloads.push(summary.ms);
      b = !b;
    }
  } finally {
    stop = true;
    await Promise.all(readers);
    if (!b) await loadSeed(opts.db, opts.seedDir, opts.sourcesDir);
    rmSync(variantB, { recursive: true, force: true });
  }
  return { outcomes, reloads, responses: outcomes.total(), torn: outcomes.get('torn') };
}
