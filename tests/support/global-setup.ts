import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { localPassword } from '../../src/neo4j/provision.js';
import { createDriver, createExecutor } from '../../src/store/executor.js';
import { migrate } from '../../src/store/migrate.js';
import { ensureChromium } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string; home: string };
  }
}

/**
 * Starts a Neo4j of its own for the tests: its own port and data folder, wiped at start, so a
 * running dev instance is never touched. NEO4J_TEST_URI points the tests at a server you run instead.
 */
export default async function setup(project: TestProject) {
  ensureChromium((m) => console.log(`[browser] ${m}`));
  const home = path.resolve(process.env.NEO4J_HOME ?? '.neo4j');
  if (process.env.NEO4J_TEST_URI) {
    const conn = { uri: process.env.NEO4J_TEST_URI, user: process.env.NEO4J_TEST_USER ?? 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '', database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j', home };
    await migrateOnce(conn);
    project.provide('neo4j', conn);
    return;
  }
  const port = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7697);
  // The data folder follows the port, so two test runs on different ports never share one.
  const instance = `test-${port}`;
  rmSync(path.join(home, 'data', instance), { recursive: true, force: true });
  const password = localPassword(home, process.env.NEO4J_PASSWORD ?? null);
  const started = performance.now();
  const server = await startLocalNeo4j({
    home,
    instance,
    boltPort: port,
    password,
    heap: '768m',
    pageCacheMb: 256,
    log: (m) => console.log(`[test neo4j] ${m}`),
  });
  console.log(`[test neo4j] ${server.version} up on ${server.uri} in ${Math.round(performance.now() - started)} ms`);
  const conn = { uri: server.uri, user: 'neo4j', password, database: 'neo4j', home };
  await migrateOnce(conn);
  project.provide('neo4j', conn);
  return async () => {
    await server.stop();
  };
}

async function migrateOnce(conn: { uri: string; user: string; password: string; database: string }) {
  const driver = createDriver(conn.uri, conn.user, conn.password);
  try {
    await migrate(createExecutor(driver, { database: conn.database, timeoutMs: 120_000 }));
  } finally {
    await driver.close();
  }
}
