/**
 * `npm run bench:peer`: our server side by side with @neo4j/graphql (v7) and with the same
 * hand-written Cypher behind a minimal graphql-yoga, on one machine, the same data and the same
 * five operations. It checks that every side returns the same rows, then measures throughput,
 * latency, CPU per request (server and Neo4j) and round trips, and reports ratios. It asserts no
 * speed: tests assert behaviour, this reports (bench/results/peer-<date>[-n].md and stdout).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseBenchArgs, USAGE } from './peer/args.js';
import { cpuTicks, ticksPerSecond } from './peer/cpu.js';
import { freePort, killStartingNeo4js, startGraph, type BenchGraph } from './peer/graph.js';
import { argsOrExit, benchDirs, resultsFile } from './peer/entry.js';
import { load } from './peer/load.js';
import { describeMachine } from './peer/machine.js';
import { waitUntilIdle } from './peer/drain.js';
import { cellKey, renderReport, tripKey } from './peer/report.js';
import { canonical } from './peer/rows.js';
import { answer, checkEquivalence, prime, requestBody as body } from './peer/equivalence.js';
import { rotate, schedule } from './peer/schedule.js';
import { SHAPES } from './peer/shapes.js';
import { startSide, type Side, type SideName, type SideSpec } from './peer/sides.js';
import { cellStats, cpuMsPerRequest, medianStats, type CellStats } from './peer/stats.js';
import { isSteady, roundChange } from './peer/warmup.js';
import neo4j, { type Driver } from 'neo4j-driver';

const log = (msg: string) => console.error(`[bench:peer] ${msg}`);
const args = argsOrExit(parseBenchArgs, USAGE);
const { home, seedDir, sourcesDir } = benchDirs();
const shapes = SHAPES.filter((s) => args.shapes.includes(s.id));
const graphs: BenchGraph[] = [];
const sides: Side[] = [];
const drivers = new Map<BenchGraph, Driver>();
const driverOf = (g: BenchGraph) => {
  if (!drivers.has(g)) drivers.set(g, neo4j.driver(g.uri, neo4j.auth.basic(g.user, g.password)));
  return drivers.get(g)!;
};
/** After a load run: until the side's Neo4j has finished what the abandoned requests left, and a moment for the server. */
async function settle(side: Side): Promise<void> {
  await waitUntilIdle(driverOf(side.graph), side.graph.database);
  await new Promise((r) => setTimeout(r, 200));
}

async function cleanUp() {
  await Promise.allSettled(sides.map((s) => s.stop()));
  await Promise.allSettled([...drivers.values()].map((d) => d.close()));
  await Promise.allSettled(graphs.map((g) => g.stop()));
}
process.once('SIGINT', () => {
  log('interrupted: stopping the servers and Neo4j');
  void cleanUp().finally(() => {
    killStartingNeo4js();
    process.exit(130);
  });
});

try {
  log(`starting Neo4j and loading the seed with the project's loader (${path.relative(process.cwd(), seedDir)})`);
  const main = await startGraph({ home, seedDir, sourcesDir, heap: '1g', pageCacheMb: 256, log });
  graphs.push(main);
  // Described now: the load average before the benchmark adds its own.
  const machine = describeMachine(main.version);
  const graphNote = `one Neo4j ${main.version}, loaded with the seed by the project's loader, read by every side.`;

  const specs: SideSpec[] = [
    { name: 'ours', dialect: 'ours', graph: main },
    ...(args.withCache ? [{ name: 'ours+cache' as const, dialect: 'ours' as const, graph: main, env: { RESPONSE_CACHE: 'true', RESPONSE_CACHE_TTL_MS: '86400000' } }] : []),
    { name: 'peer', dialect: 'peer', graph: main },
    { name: 'raw', dialect: 'raw', graph: main },
  ];
  for (const spec of specs) {
    log(`starting side ${spec.name}`);
    sides.push(await startSide(spec, await freePort()));
  }

  log('priming every side with each shape once');
  await prime(sides, shapes);
  const rowCounts = await checkEquivalence(sides, shapes, log);

  const hz = ticksPerSecond();
  // Warm-up in rounds over every cell (side and shape), sides rotated like the measured rounds;
  // each round's figures are kept in one cell order.
  const cells = sides.flatMap((side) => shapes.map((shape) => ({ side, shape })));
  const warmupRounds: number[][] = [];
  const warmupStarted = Date.now();
  const elapsed = () => (Date.now() - warmupStarted) / 1000;
  let lastRound = 0;
  do {
    const roundStarted = Date.now();
    const round: number[] = new Array(cells.length).fill(NaN);
    for (const side of rotate(sides, warmupRounds.length)) {
      for (const shape of shapes) {
        const before = cpuTicks(side.pid) + cpuTicks(side.graph.pid);
        const result = await load({ url: side.url, body: body(shape, side), connections: 8, seconds: args.warmupSeconds });
        round[cells.findIndex((c) => c.side === side && c.shape === shape)] = cpuMsPerRequest(cpuTicks(side.pid) + cpuTicks(side.graph.pid) - before, hz, result.requests);
        await settle(side);
      }
    }
    warmupRounds.push(round);
    const change = warmupRounds.length > 1 ? `, median cell ${((roundChange(warmupRounds.slice(0, -1), round) - 1) * 100).toFixed(0)}% on its best before` : '';
    log(`warm-up round ${warmupRounds.length} (${((Date.now() - roundStarted) / 1000).toFixed(0)} s${change}): CPU/req ${cells.map((c, i) => `${c.side.name}/${c.shape.id} ${round[i]!.toFixed(2)}`).join(', ')} ms`);
    lastRound = (Date.now() - roundStarted) / 1000;
  } while (!isSteady(warmupRounds) && elapsed() + lastRound <= args.warmupMaxSeconds);
  const warmupSeconds = elapsed();
  log(isSteady(warmupRounds) ? `steady after ${warmupRounds.length} warm-up rounds (${warmupSeconds.toFixed(0)} s)` : `not yet steady after ${warmupSeconds.toFixed(0)} s of warm-up (--warmup-max): measuring anyway`);

  const roundTrips = new Map<string, number>();
  const expected = new Map<string, string>();
  for (const side of sides) {
    for (const shape of shapes) {
      await settle(side);
      roundTrips.set(tripKey(shape.id, side.name), await side.roundTrips(body(shape, side)));
      // From now on every response must be byte for byte this one, whose rows were just checked again.
      const { rows, text } = await answer(shape, side);
      const again = await answer(shape, sides[0]!);
      if (canonical(rows) !== canonical(again.rows)) throw new Error(`shape ${shape.id} on ${side.name}: the answer changed after the warm-up`);
      expected.set(tripKey(shape.id, side.name), text);
    }
  }

  const sideByName = new Map(sides.map((s) => [s.name, s]));
  const runs = schedule(
    sides.map((s) => s.name),
    shapes.map((s) => s.id),
    args.concurrencies,
    args.rounds,
  );
  const measured = new Map<string, CellStats[]>();
  for (const [i, run] of runs.entries()) {
    const side = sideByName.get(run.side as SideName)!;
    const shape = shapes.find((s) => s.id === run.shape)!;
    const before = { server: cpuTicks(side.pid), neo4j: cpuTicks(side.graph.pid) };
    const result = await load({ url: side.url, body: body(shape, side), connections: run.concurrency, seconds: args.seconds, expectBody: expected.get(tripKey(shape.id, side.name))! });
    const stats = cellStats({ ...result, serverTicks: cpuTicks(side.pid) - before.server, neo4jTicks: cpuTicks(side.graph.pid) - before.neo4j }, hz);
    await settle(side);
    const key = cellKey(shape.id, run.concurrency, side.name);
    measured.set(key, [...(measured.get(key) ?? []), stats]);
    log(`[${i + 1}/${runs.length}] round ${run.round + 1} shape ${shape.id} c=${run.concurrency} ${side.name}: ${stats.rps.toFixed(1)} req/s, p50 ${stats.p50.toFixed(2)} ms, p99 ${stats.p99.toFixed(2)} ms, CPU/req server ${stats.serverCpuMs.toFixed(2)} ms, Neo4j ${stats.neo4jCpuMs.toFixed(2)} ms`);
  }

  const date = new Date().toISOString().slice(0, 10);
  const report = renderReport({
    date,
    machine,
    settings: { seconds: args.seconds, rounds: args.rounds, warmupSeconds: args.warmupSeconds, warmupMaxSeconds: args.warmupMaxSeconds, concurrencies: args.concurrencies, quick: args.quick },
    warmup: { rounds: warmupRounds, seconds: warmupSeconds },
    graphs: graphNote,
    sides: sides.map((s) => s.name),
    shapes: shapes.map((s) => ({ id: s.id, title: s.title, rows: rowCounts.get(s.id)! })),
    cells: new Map([...measured].map(([k, v]) => [k, medianStats(v)])),
    roundTrips,
  });
  const file = resultsFile('peer', date);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, report);
  console.log(report);
  log(`written to ${path.relative(process.cwd(), file)}`);
} catch (e) {
  console.error(`\n${(e as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
