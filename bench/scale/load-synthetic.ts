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
  /** With --loader bulk: the synthetic graph's [0, n) through neo4j-admin import (making the rows is in generateMs, not here). */
  bulk?: { rows: number; csvMs: number; importMs: number; finishMs: number };
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

type Job = { what: string; make: () => GraphRows; single: boolean };
const emptyReport = (): LoadReport => ({ entities: 0, relationships: 0, documents: 0, mentions: 0, parts: 0, batched: { rows: 0, ms: 0 }, single: { rows: 0, ms: 0 }, generateMs: 0 });

/** Entities [from, to) and then their relationships (to targets in [0, n)), in parts. */
function jobsFor(o: LoadOptions, n: number, from: number, to: number, single: boolean): { entities: Job[]; relationships: Job[] } {
  const how = single ? ' (one row per statement)' : '';
  const entityStep = single ? to - from : roundToGroup(o.part);
  const relStep = single ? to - from : roundToGroup(o.part / 5);
  return {
    entities: ranges(from, to, entityStep).map(([a, b]) => ({ what: `entities ${a}..${b}${how}`, make: () => entityPart(o.seed, a, b), single })),
    relationships: ranges(from, to, relStep).map(([a, b]) => ({ what: `relationships of ${a}..${b}${how}`, make: () => relationshipPart(o.seed, n, a, b), single })),
  };
}

/** The whole synthetic graph through the transactional loader (--loader transactional). */
export async function loadSynthetic(db: Executor, n: number, o: LoadOptions): Promise<LoadReport> {
  const sample = Math.min(roundToGroup(o.sample), n);
  const single = jobsFor(o, n, 0, sample, true);
  const batched = jobsFor(o, n, sample, n, false);
  return runJobs(db, [...single.entities, ...batched.entities, ...single.relationships, ...batched.relationships], o, emptyReport());
}

/** The parts of [0, n) for the bulk import, made as the import reads them. */
export function* syntheticParts(seed: string, n: number, part: number): Generator<GraphRows> {
  for (const [from, to] of ranges(0, n, roundToGroup(part))) yield entityPart(seed, from, to);
  for (const [from, to] of ranges(0, n, roundToGroup(part / 5))) yield relationshipPart(seed, n, from, to);
}

/**
 * After a bulk import of [0, n): `batched` more entities through the transactional loader, then
 * `sample` more one row per statement, with keys beyond n (their relationships point into [0, n)).
 */
export async function loadOnTop(db: Executor, n: number, batched: number, o: LoadOptions, report: LoadReport): Promise<LoadReport> {
  const b = roundToGroup(batched);
  const s = roundToGroup(o.sample);
  const many = jobsFor(o, n, n, n + b, false);
  const one = jobsFor(o, n, n + b, n + b + s, true);
  return runJobs(db, [...many.entities, ...many.relationships, ...one.entities, ...one.relationships], o, report);
}

async function runJobs(db: Executor, jobs: Job[], o: LoadOptions, report: LoadReport): Promise<LoadReport> {
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
