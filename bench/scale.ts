/**
 * `npm run bench:scale`: for each size (10k, 100k, 1M entities by default), a Neo4j of its own
 * loaded with the seed and a synthetic graph through the project's loader; then our server and the
 * raw side (the same statements behind a minimal graphql-yoga) answer the benchmark's shapes. It
 * reports load throughput, each shape's p50 and p99 on both sides, PROFILE db hits of every
 * statement, and the service's memory; it checks that both sides agree and that the answers about
 * seed entities do not change with the graph's size. It asserts no speed
 * (bench/results/scale-<date>[-n].md and stdout).
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Store } from '../src/store/connect.js';
import { loadSeed } from '../src/store/seed-load.js';
import { cpuTicks, ticksPerSecond, waitUntilQuiet } from './peer/cpu.js';
import { waitUntilIdle } from './peer/drain.js';
import { answer, checkEquivalence, prime, requestBody } from './peer/equivalence.js';
import { freePort, killStartingNeo4js, startNeo4j, storeOn, type BenchGraph } from './peer/graph.js';
import { argsOrExit, benchDirs, resultsFile } from './peer/entry.js';
import { load } from './peer/load.js';
import { describeMachine } from './peer/machine.js';
import { canonical } from './peer/rows.js';
import { startSide, type Side } from './peer/sides.js';
import { cellStats, type CellStats } from './peer/stats.js';
import { parseScaleArgs, sizeLabel, USAGE } from './scale/args.js';
import { bulkImport, finishBulkImport, type BulkImportReport } from '../src/store/bulk-import.js';
import { loadOnTop, loadSynthetic, rowsPerSecond, syntheticParts, type LoadReport } from './scale/load-synthetic.js';
import { profileShape } from './scale/profile.js';
import { renderScaleReport, type SizeResult } from './scale/report.js';
import { rssMb, sampleRss } from './scale/rss.js';
import { SCALE_SHAPES } from './scale/shapes.js';
import { memoryFor } from './scale/sizing.js';

const log = (msg: string) => console.error(`[bench:scale ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const args = argsOrExit(parseScaleArgs, USAGE);
const { home, seedDir, sourcesDir } = benchDirs();
const shapes = SCALE_SHAPES.filter((s) => args.shapes.includes(s.id));
const running: { graph: BenchGraph | null; store: Store | null; sides: Side[] } = { graph: null, store: null, sides: [] };

async function cleanUp() {
  await Promise.allSettled(running.sides.map((s) => s.stop()));
  await running.store?.close().catch(() => {});
  await running.graph?.stop();
  running.sides = [];
  running.store = null;
  running.graph = null;
}
process.once('SIGINT', () => {
  log('interrupted: stopping the servers and Neo4j');
  void cleanUp().finally(() => {
    killStartingNeo4js();
    process.exit(130);
  });
});

function diskMb(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes / 2 ** 20;
}

/** One measured run of a shape on a side, with CPU of the server and of Neo4j. */
async function measure(side: Side, body: string, expectBody: string, seconds: number): Promise<CellStats> {
  const before = { server: cpuTicks(side.pid), neo4j: cpuTicks(side.graph.pid) };
  const result = await load({ url: side.url, body, connections: args.concurrency, seconds, expectBody });
  return cellStats({ ...result, serverTicks: cpuTicks(side.pid) - before.server, neo4jTicks: cpuTicks(side.graph.pid) - before.neo4j }, ticksPerSecond());
}

const firstAnswers = new Map<string, string>();
const results: SizeResult[] = [];
const machine = describeMachine('5.26');
const date = new Date().toISOString().slice(0, 10);
const file = resultsFile('scale', date);

function report(): string {
  const fixedChecked = shapes.filter((s) => s.fixed).map((s) => s.id);
  const text = renderScaleReport({
    date,
    machine,
    settings: { seconds: args.seconds, warmupSeconds: args.warmupSeconds, concurrency: args.concurrency, batchSize: args.batchSize, part: args.part, sample: args.sample, seed: args.seed },
    shapes,
    sizes: results,
    fixedChecked: results.length > 1 ? fixedChecked : [],
  });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return text;
}

try {
  for (const size of args.sizes) {
    const label = sizeLabel(size);
    const memory = { ...memoryFor(size), ...(args.heap ? { heap: args.heap } : {}), ...(args.pageCacheMb ? { pageCacheMb: args.pageCacheMb } : {}) };
    log(`${label}: starting Neo4j (heap ${memory.heap}, page cache ${memory.pageCacheMb} MiB)`);
    let bulk: BulkImportReport | null = null;
    const prepare = async (dataDir: string) => {
      log(`${label}: bulk import of ${size.toLocaleString('en-US')} synthetic entities (CSV, then neo4j-admin database import)`);
      bulk = await bulkImport(syntheticParts(args.seed, size, args.part), { home, dataDir, heap: memory.heap, log: (m) => log(`${label}: import: ${m}`) });
    };
    const graph = await startNeo4j({ home, heap: memory.heap, pageCacheMb: memory.pageCacheMb, log: (m) => log(`${label}: ${m}`), prefix: 'bench-scale', ...(args.loader === 'bulk' ? { prepare } : {}) });
    running.graph = graph;
    machine.neo4j = `${graph.version} Community`;
    const store = await storeOn(graph);
    running.store = store;
    const loadOpts = { seed: args.seed, batchSize: args.batchSize, part: args.part, sample: args.sample, log: (m: string) => log(`${label}: ${m}`) };
    let loaded: LoadReport;
    if (bulk) {
      const b: BulkImportReport = bulk;
      const finished = await finishBulkImport(store.db, b);
      const bulkRows = { rows: b.rows, csvMs: b.csvMs, importMs: b.importMs, finishMs: finished.ms };
      const total = b.csvMs + b.importMs + finished.ms;
      log(`${label}: bulk: ${b.rows} rows; CSV ${(b.csvMs / 1000).toFixed(1)} s, import ${(b.importMs / 1000).toFixed(1)} s, first-start version ${(finished.ms / 1000).toFixed(1)} s: ${Math.round((b.rows * 1000) / total)} rows/s (import alone ${Math.round((b.rows * 1000) / b.importMs)} rows/s)`);
      log(`${label}: the seed through the transactional loader, then ${args.batched} entities batched and ${args.sample} one row per statement on top`);
      await loadSeed(store.db, seedDir, sourcesDir, { scope: 'part' });
      const c = b.changed;
      loaded = await loadOnTop(store.db, size, args.batched, loadOpts, { entities: c.entities, relationships: c.relationships, documents: c.documents, mentions: c.mentions, parts: 1, batched: { rows: 0, ms: 0 }, single: { rows: 0, ms: 0 }, generateMs: b.sourceMs, bulk: bulkRows });
      const bulkRate = (b.rows * 1000) / total;
      log(`${label}: rows/s: bulk ${Math.round(bulkRate)}, transactional batched ${Math.round(rowsPerSecond(loaded.batched))}, one row per statement ${Math.round(rowsPerSecond(loaded.single))}; bulk ÷ one row per statement ${(bulkRate / rowsPerSecond(loaded.single)).toFixed(0)}×`);
    } else {
      log(`${label}: loading the seed, then ${size.toLocaleString('en-US')} synthetic entities through the loader`);
      await loadSeed(store.db, seedDir, sourcesDir);
      loaded = await loadSynthetic(store.db, size, loadOpts);
    }
    const version = await store.db.refreshVersion();
    const storeMb = diskMb(graph.dataDir);
    log(`${label}: loaded (${loaded.relationships.toLocaleString('en-US')} relationships, graph version ${version}, ${Math.round(storeMb)} MiB on disk)`);
    if (args.loadOnly) {
      await cleanUp();
      continue;
    }

    for (const name of ['ours', 'raw'] as const) running.sides.push(await startSide({ name, dialect: name, graph }, await freePort()));
    const sides = running.sides;
    await prime(sides, shapes);
    const rows = await checkEquivalence(sides, shapes, (m) => log(`${label}: ${m}`));
    for (const shape of shapes.filter((s) => s.fixed)) {
      const now = canonical((await answer(shape, sides[0]!)).rows);
      const before = firstAnswers.get(shape.id);
      if (before === undefined) firstAnswers.set(shape.id, now);
      else if (before !== now) throw new Error(`shape ${shape.id}: the answer at ${label} differs from the answer at ${sizeLabel(args.sizes[0]!)}; the synthetic graph must not touch the seed`);
    }

    log(`${label}: PROFILE of every statement`);
    const profiles = [];
    for (const shape of shapes) profiles.push(...(await profileShape(store.driver, graph.database, version, shape)));

    const cells = new Map<string, CellStats>();
    const loadAverage = os.loadavg().map((l) => l.toFixed(2)).join(' ');
    const rss = sampleRss(sides[0]!.pid);
    for (const [i, shape] of shapes.entries()) {
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      // Every side is warmed before either is measured: a shape's first runs leave Neo4j compiling
      // and collecting, and measured straight after its own warm-up the first side was charged for
      // it (in the runs before this, the side measured first used more Neo4j CPU on 7-9 of the 11
      // shapes at each size; on search, about twice the other side's).
      for (const side of order) await load({ url: side.url, body: requestBody(shape, side), connections: args.concurrency, seconds: args.warmupSeconds });
      for (const side of order) {
        const body = requestBody(shape, side);
        const expected = (await answer(shape, side)).text;
        await waitUntilIdle(store.driver, graph.database);
        await waitUntilQuiet(graph.pid);
        const stats = await measure(side, body, expected, args.seconds);
        await waitUntilIdle(store.driver, graph.database);
        cells.set(`${shape.id}|${side.name}`, stats);
        log(`${label}: shape ${shape.id} ${side.name}: p50 ${stats.p50.toFixed(1)} ms, p99 ${stats.p99.toFixed(1)} ms, ${stats.rps.toFixed(1)} req/s`);
      }
    }
    const samples = rss.stop();
    results.push({
      size,
      memory,
      load: loaded,
      storeMb,
      loadAverage,
      rows,
      cells,
      profiles,
      rss: { start: samples[0] ?? NaN, peak: Math.max(...samples), end: samples.at(-1) ?? NaN },
      neo4jRssMb: rssMb(graph.pid),
    });
    await cleanUp();
    report();
    log(`${label}: done; results so far in ${path.relative(process.cwd(), file)}`);
  }
  // --load-only measures no shapes: there is no report to write (the load figures are in the log).
  if (!args.loadOnly) {
    console.log(report());
    log(`written to ${path.relative(process.cwd(), file)}`);
  }
} catch (e) {
  console.error(`\n${(e as Error).stack ?? (e as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
