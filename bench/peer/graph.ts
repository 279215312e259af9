import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { migrate } from '../../src/store/migrate.js';
import { createLogger } from '../../src/logger.js';
import { startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { localPassword } from '../../src/neo4j/provision.js';
import { loadSeed } from '../../src/store/seed-load.js';

/** A Neo4j of the benchmark's own, loaded with the seed by the project's loader. */
export interface BenchGraph {
  uri: string;
  user: string;
  password: string;
  database: string;
  version: string;
  /** The Neo4j JVM, for its CPU time. */
  pid: number;
  /** True when the loader wrote model v2 (REL) itself. */
  modelV2: boolean;
  stop(): Promise<void>;
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  const probe = createServer();
  return new Promise((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Our child JVM whose environment names this Bolt port (the launcher is given it there). */
function neo4jPid(boltPort: number): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const env = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (env.includes(`KG_NEO4J_BOLT_PORT=${boltPort}`)) return Number(entry);
    } catch {
      // The process ended while we looked, or is not ours.
    }
  }
  throw new Error(`no Neo4j process of ours listens on Bolt port ${boltPort}`);
}

export async function startGraph(opts: { home: string; seedDir: string; sourcesDir: string; heap: string; pageCacheMb: number; log: (m: string) => void }): Promise<BenchGraph> {
  const port = await freePort();
  const instance = `bench-peer-${port}`;
  const dataDir = path.join(opts.home, 'data', instance);
  rmSync(dataDir, { recursive: true, force: true });
  const password = localPassword(opts.home, process.env.NEO4J_PASSWORD ?? null);
  const server = await startLocalNeo4j({ home: opts.home, instance, boltPort: port, password, heap: opts.heap, pageCacheMb: opts.pageCacheMb, log: opts.log });
  const stop = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const config = loadConfig({ LOG_LEVEL: 'silent', SOURCES_DIR: opts.sourcesDir, SEED_DIR: opts.seedDir });
    const app = createApp(config, createLogger('silent'), { uri: server.uri, user: 'neo4j', password });
    try {
      await migrate(app.driver, config.neo4j.database);
      await loadSeed(app.db, config.seedDir, config.sourcesDir);
      const { records } = await app.driver.executeQuery('RETURN EXISTS { ()-[:REL]->() } AS v2', {}, { database: config.neo4j.database });
      return { uri: server.uri, user: 'neo4j', password, database: config.neo4j.database, version: server.version, pid: neo4jPid(port), modelV2: records[0]!.get('v2') as boolean, stop };
    } finally {
      await app.driver.close();
    }
  } catch (e) {
    await stop();
    throw e;
  }
}
