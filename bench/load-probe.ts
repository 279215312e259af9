/**
 * A probe of the loader alone (no servers): starts a bench Neo4j in BENCH_BOLT_PORTS, loads the seed
 * and N synthetic entities through loadSynthetic, and prints rows/s and wall time per statement name;
 * PROFILE=1 also prints the plans (db hits) of the relationship-part write statements, rolled back.
 * `BENCH_BOLT_PORTS=7786-7789 node --import tsx bench/load-probe.ts 5000`
 */
import type { Executor, TxRunner } from '../src/store/executor.js';
import { loadSeed } from '../src/store/seed-load.js';
import { benchDirs } from './peer/entry.js';
import { startNeo4j, storeOn } from './peer/graph.js';
import { loadSynthetic, rowsPerSecond } from './scale/load-synthetic.js';

const n = Number(process.argv[2] ?? 5000);
const { home, seedDir, sourcesDir } = benchDirs();
const graph = await startNeo4j({ home, heap: '1g', pageCacheMb: 512, log: () => {}, prefix: 'load-probe' });
try {
  const store = await storeOn(graph);
  await loadSeed(store.db, seedDir, sourcesDir);
  const times = new Map<string, { n: number; ms: number }>();
  const db: Executor = Object.create(store.db);
  db.writeTransaction = (work, opts) =>
    store.db.writeTransaction((run) => {
      const timed = (async (st) => {
        const t = performance.now();
        const out = await run(st);
        const e = times.get(st.name) ?? { n: 0, ms: 0 };
        e.n++;
        e.ms += performance.now() - t;
        times.set(st.name, e);
        return out;
      }) as TxRunner;
      return work(timed);
    }, opts);
  const r = await loadSynthetic(db, n, { seed: 'kg-scale', batchSize: 2000, part: 20000, sample: Number(process.env.SAMPLE ?? 500), log: (m) => console.log(m) });
  console.log(`batched ${r.batched.rows} rows ${Math.round(r.batched.ms)} ms = ${Math.round(rowsPerSecond(r.batched))} rows/s; single ${Math.round(rowsPerSecond(r.single))} rows/s`);
  for (const [k, v] of [...times].sort((a, b) => b[1].ms - a[1].ms)) console.log(`${k.padEnd(40)} ${String(v.n).padStart(6)} ${Math.round(v.ms)} ms`);
  if (process.env.PROFILE) {
    const { cypher } = await import('../src/store/cypher-files.js');
    const { relationshipPart } = await import('./scale/synthetic-graph.js');
    const part = relationshipPart('kg-scale', n, 0, 100);
    const session = store.driver.session();
    for (const [name, rows] of [['write/write-relationships', part.relationships], ['write/write-mentions', part.mentions], ['write/current-mentions-of-pairs', part.mentions], ['write/current-relationships-by-keys', null]] as const) {
      const tx = session.beginTransaction();
      const params = rows ? { rows, v: 999999, via: 'seed' } : { keys: part.relationships.map((r) => r.key), via: 'seed' };
      const res = await tx.run('PROFILE ' + cypher(name), params);
      const walk = (p: any, d = 0): string => `${' '.repeat(d)}${p.operatorType} rows=${p.rows} hits=${p.dbHits} ${JSON.stringify(p.arguments?.Details ?? '')}\n` + p.children.map((c: any) => walk(c, d + 1)).join('');
      console.log(`== ${name} (${rows?.length ?? part.relationships.length} rows)\n` + walk(res.summary.profile));
      await tx.rollback();
    }
    await session.close();
  }
  await store.close();
} finally {
  await graph.stop();
}
