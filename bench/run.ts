/**
 * `npm run bench`: speed and memory side by side, as ratios, on a Neo4j of its own with the seed
 * graph. Nothing here asserts a time; tests assert behaviour, this reports.
 *   1. A nested read through GraphQL (batched by DataLoaders) against the same data fetched the
 *      naive way, one store call per item: round trips and latency.
 *   2. Loading the seed in UNWIND batches against one row per statement: latency and heap.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { Bench } from 'tinybench';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createExecutor, type QueryStats } from '../src/data/executor.js';
import * as store from '../src/data/graph-store.js';
import { migrate } from '../src/data/migrate.js';
import { createLogger } from '../src/logger.js';
import { startLocalNeo4j } from '../src/neo4j/local-neo4j.js';
import { localPassword } from '../src/neo4j/provision.js';
import { toGraphRows } from '../src/seed/graph-rows.js';
import { BATCH, writeGraph } from '../src/seed/load-seed.js';
import { readSeed } from '../src/seed/read-seed.js';
import { readSourceTexts } from '../src/seed/source-texts.js';
import { buildYoga } from '../src/yoga.js';

const home = path.resolve(process.env.NEO4J_HOME ?? '.neo4j');
const port = Number(process.env.NEO4J_BENCH_BOLT_PORT ?? 7698);
const password = localPassword(home, process.env.NEO4J_PASSWORD ?? null);
rmSync(path.join(home, 'data', `bench-${port}`), { recursive: true, force: true });
const neo4j = await startLocalNeo4j({ home, instance: `bench-${port}`, boltPort: port, password, heap: '1g', pageCacheMb: 256 });
// This measures batching, not limits: the nested read is far above the default node limit (its
// worst case counts every list at its bound), and a busy machine may pass the default deadline.
const config = loadConfig({ LOG_LEVEL: 'silent', MAX_RESPONSE_NODES: '1000000000', REQUEST_TIMEOUT_MS: '600000' });
const app = createApp(config, createLogger('silent'), { uri: neo4j.uri, user: 'neo4j', password });
await migrate(app.driver, config.neo4j.database);
const seed = readSeed(config.seedDir);
const texts = config.sourcesDir ? readSourceTexts(seed, config.sourcesDir) : null;
const rows = toGraphRows(seed, texts);
await writeGraph(app.db, rows);
const yoga = buildYoga(app);

const NESTED = `{ documents { key entities { key relationships(first: 50) { edges { node { key source { name } target { name } evidence { quote } } } } } } }`;

async function batched(): Promise<QueryStats> {
  const res = await yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-query-stats': '1' },
    body: JSON.stringify({ query: NESTED }),
  });
  const body = (await res.json()) as { errors?: unknown; extensions: { stats: QueryStats } };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.extensions.stats;
}

/** The same answer with one store call per item, as resolvers without DataLoaders would make. */
async function naive(): Promise<QueryStats> {
  const stats = { dbQueries: 0, dbMs: 0 };
  const db = createExecutor(app.driver, { database: config.neo4j.database, timeoutMs: 30_000 }, stats);
  for (const doc of await store.allDocuments(db)) {
    const [entityKeys] = await store.entityKeysOfDocuments(db, [doc.key]);
    for (const key of entityKeys!) {
      await store.entitiesByKeys(db, [key]);
      const [page] = await store.relationshipPagesOfEntities(db, [key], {}, 50, null);
      for (const { node } of page!.items) {
        await store.entitiesByKeys(db, [node.source]);
        await store.entitiesByKeys(db, [node.target]);
        for (const ev of node.evidence) await store.quotes(db, [`${ev.doc}:${ev.start}:${ev.end}`]);
      }
    }
  }
  return stats;
}

const roundTrips = { batched: (await batched()).dbQueries, naive: (await naive()).dbQueries };

function heapDelta(fn: () => Promise<unknown>) {
  return async () => {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    await fn();
    return process.memoryUsage().heapUsed - before;
  };
}
const heap = {
  batched: await heapDelta(() => writeGraph(app.db, rows, BATCH))(),
  rowAtATime: await heapDelta(() => writeGraph(app.db, rows, 1))(),
};

const bench = new Bench({ iterations: 10, warmupIterations: 2, time: 0 });
bench
  .add('nested read, batched (GraphQL + DataLoader)', batched)
  .add('nested read, naive (one call per item)', naive)
  .add(`seed load, UNWIND batches of ${BATCH}`, () => writeGraph(app.db, rows, BATCH))
  .add('seed load, one row per statement', () => writeGraph(app.db, rows, 1));
await bench.run();

const p50 = (name: string) => {
  const r = bench.getTask(name)!.result as { latency?: { p50?: number } };
  return r.latency?.p50 ?? NaN;
};
const [readB, readN, loadB, loadN] = bench.tasks.map((t) => p50(t.name));
const fmt = (n: number) => n.toFixed(1);
console.log('\nNested read: documents → entities → relationships(first: 50) → source, target, evidence quote');
console.table({
  batched: { 'round trips': roundTrips.batched, 'p50 ms': fmt(readB!) },
  naive: { 'round trips': roundTrips.naive, 'p50 ms': fmt(readN!) },
  'naive / batched': { 'round trips': fmt(roundTrips.naive / roundTrips.batched), 'p50 ms': fmt(readN! / readB!) },
});
console.log(`Seed load: ${rows.entities.length} entities, ${rows.relationships.length} relationships, ${rows.mentions.length} mentions, in one transaction`);
console.table({
  [`UNWIND ${BATCH}`]: { 'p50 ms': fmt(loadB!), 'heap Δ MB': fmt(heap.batched / 2 ** 20) },
  'row at a time': { 'p50 ms': fmt(loadN!), 'heap Δ MB': fmt(heap.rowAtATime / 2 ** 20) },
  'row / batched': { 'p50 ms': fmt(loadN! / loadB!), 'heap Δ MB': '' },
});

await app.driver.close();
await neo4j.stop();
rmSync(path.join(home, 'data', `bench-${port}`), { recursive: true, force: true });
