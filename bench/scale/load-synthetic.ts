import type { GraphRows } from '../../src/seed/graph-rows.js';
import type { Executor } from '../../src/store/executor.js';
import { writeSeedGraph } from '../../src/store/seed-writer.js';
import { entityPart, GROUP, relationshipPart, rowCount } from './synthetic-graph.js';

/**
 * Loads the synthetic graph through the project's loader (writeSeedGraph, history 'summary',
 * scope 'part'): entities and their documents first, then relationships and their mentions, each
 * part one transaction and one graph version. The first `sample` entities and their relationships
 * are loaded one row per statement (batch size 1) through the same loader, so that the batched
 * throughput can be compared with it on the same graph and machine.
 */

export interface Throughput {
  rows: number;
  ms: number;
}

export interface LoadReport {
  entities: number;
  relationships: number;
  documents: number;
  mentions: number;
  parts: number;
  /** The loader's time for all parts but the sample, and their rows. */
  batched: Throughput;
  /** The sample, one row per statement. */
  single: Throughput;
  /** Time spent making the rows (not counted in either throughput). */
  generateMs: number;
}

export interface LoadOptions {
  seed: string;
  batchSize: number;
  /** Entities per transaction; relationship parts take the relationships of a fifth as many sources. */
  part: number;
  sample: number;
  log: (m: string) => void;
}

const roundToGroup = (n: number) => Math.max(GROUP, Math.round(n / GROUP) * GROUP);

/** [from, to) ranges of at most `size`, from `start` to `end`. */
function ranges(start: number, end: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = start; from < end; from += size) out.push([from, Math.min(end, from + size)]);
  return out;
}

export async function loadSynthetic(db: Executor, n: number, o: LoadOptions): Promise<LoadReport> {
  const sample = Math.min(roundToGroup(o.sample), n);
  const entityStep = roundToGroup(o.part);
  const relStep = roundToGroup(o.part / 5);
  const report: LoadReport = { entities: 0, relationships: 0, documents: 0, mentions: 0, parts: 0, batched: { rows: 0, ms: 0 }, single: { rows: 0, ms: 0 }, generateMs: 0 };
  const jobs: { what: string; make: () => GraphRows; single: boolean }[] = [
    { what: `entities 0..${sample} (one row per statement)`, make: () => entityPart(o.seed, 0, sample), single: true },
    ...ranges(sample, n, entityStep).map(([from, to]) => ({ what: `entities ${from}..${to}`, make: () => entityPart(o.seed, from, to), single: false })),
    { what: `relationships of 0..${sample} (one row per statement)`, make: () => relationshipPart(o.seed, n, 0, sample), single: true },
    ...ranges(sample, n, relStep).map(([from, to]) => ({ what: `relationships of ${from}..${to}`, make: () => relationshipPart(o.seed, n, from, to), single: false })),
  ];
  for (const [i, job] of jobs.entries()) {
    let started = performance.now();
    const rows = job.make();
    report.generateMs += performance.now() - started;
    started = performance.now();
    const summary = await writeSeedGraph(db, rows, { history: 'summary', scope: 'part', batchSize: job.single ? 1 : o.batchSize });
    const ms = performance.now() - started;
    const count = rowCount(rows);
    if (summary.version === null) throw new Error(`part ${job.what} wrote nothing: the graph was not empty`);
    const into = job.single ? report.single : report.batched;
    into.rows += count;
    into.ms += ms;
    report.entities += rows.entities.length;
    report.relationships += rows.relationships.length;
    report.documents += rows.documents.length;
    report.mentions += rows.mentions.length;
    report.parts += 1;
    o.log(`part ${i + 1}/${jobs.length}, ${job.what}: ${count} rows in ${(ms / 1000).toFixed(1)} s (${Math.round((count * 1000) / ms)} rows/s)`);
  }
  return report;
}

export const rowsPerSecond = (t: Throughput) => (t.ms > 0 ? (t.rows * 1000) / t.ms : NaN);
