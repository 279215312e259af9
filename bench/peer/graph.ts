import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { localPassword } from '../../src/neo4j/provision.js';
import { connect, type Store } from '../../src/store/connect.js';
import { loadSeed } from '../../src/store/seed-load.js';

/** A Neo4j of the benchmark's own, in a data folder of its own that goes when it stops. */
export interface BenchGraph {
  uri: string;
  user: string;
  password: string;
  database: string;
  version: string;
  /** The Neo4j JVM, for its CPU time and memory. */
  pid: number;
  dataDir: string;
  stop(): Promise<void>;
}

/** A TCP port that was free on 127.0.0.1 a moment ago (0: any). */
export function freePort(wanted = 0): Promise<number> {
  const probe = createServer();
  return new Promise((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(wanted, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A Bolt port for a benchmark's Neo4j: the first free one in BENCH_BOLT_PORTS ("7790-7799"), so
 * that benchmarks on a shared machine keep to the ports they were given; any free port without it.
 */
export async function boltPort(range = process.env.BENCH_BOLT_PORTS): Promise<number> {
  if (!range) return freePort();
  const m = /^(\d+)-(\d+)$/.exec(range.trim());
  if (!m) throw new Error(`BENCH_BOLT_PORTS must look like 7790-7799, not "${range}"`);
  for (let port = Number(m[1]); port <= Number(m[2]); port++) {
    const free = await freePort(port).then(
      () => true,
      () => false,
    );
    if (free) return port;
  }
  throw new Error(`no free port in BENCH_BOLT_PORTS ${range}`);
}

/** Our child JVMs, by the Bolt port the launcher gave each in its environment. */
function childNeo4js(): { pid: number; port: number }[] {
  const found: { pid: number; port: number }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const env = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      const port = env.find((e) => e.startsWith('KG_NEO4J_BOLT_PORT='));
      if (port) found.push({ pid: Number(entry), port: Number(port.split('=')[1]) });
    } catch {
      // The process ended while we looked, or is not ours.
    }
  }
  return found;
}

function neo4jPid(boltPort: number): number {
  const child = childNeo4js().find((c) => c.port === boltPort);
  if (!child) throw new Error(`no Neo4j process of ours listens on Bolt port ${boltPort}`);
  return child.pid;
}

/**
 * Stops the Neo4j JVMs this process started that no BenchGraph owns yet: one interrupted while it
 * was starting would otherwise outlive the benchmark.
 */
export function killStartingNeo4js(): void {
  for (const { pid } of childNeo4js()) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

export interface Neo4jOptions {
  home: string;
  heap: string;
  pageCacheMb: number;
  log: (m: string) => void;
  /** Data folder name prefix under home/data. */
  prefix?: string;
  /** Runs on the empty data folder before Neo4j starts (bench:scale's bulk import). */
  prepare?: (dataDir: string) => Promise<void>;
}

/** Starts an empty Neo4j on a free port. */
export async function startNeo4j(opts: Neo4jOptions): Promise<BenchGraph> {
  const port = await boltPort();
  const instance = `${opts.prefix ?? 'bench-peer'}-${port}`;
  const dataDir = path.join(opts.home, 'data', instance);
  rmSync(dataDir, { recursive: true, force: true });
  await opts.prepare?.(dataDir);
  const password = localPassword(opts.home, process.env.NEO4J_PASSWORD ?? null);
  const server = await startLocalNeo4j({ home: opts.home, instance, boltPort: port, password, heap: opts.heap, pageCacheMb: opts.pageCacheMb, log: opts.log });
  return {
    uri: server.uri,
    user: 'neo4j',
    password,
    database: 'neo4j',
    version: server.version,
    pid: neo4jPid(port),
    dataDir,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The project's one way into a graph (connect with NEO4J_URI): migrations applied, version known. */
export function storeOn(graph: BenchGraph, env: Record<string, string> = {}): Promise<Store> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NEO4J_URI: graph.uri, NEO4J_USER: graph.user, NEO4J_PASSWORD: graph.password, NEO4J_DATABASE: graph.database, ...env });
  return connect(config, createLogger('silent'));
}

/** A Neo4j loaded with the seed by the project's loader. */
export async function startGraph(opts: Neo4jOptions & { seedDir: string; sourcesDir: string }): Promise<BenchGraph> {
  const graph = await startNeo4j(opts);
  try {
    const store = await storeOn(graph);
    try {
      await loadSeed(store.db, opts.seedDir, opts.sourcesDir);
    } finally {
      await store.close();
    }
    return graph;
  } catch (e) {
    await graph.stop();
    throw e;
  }
}
