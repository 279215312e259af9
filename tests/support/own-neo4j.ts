import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startLocalNeo4j, type RunningNeo4j } from '../../src/neo4j/local-neo4j.js';
import { migrate } from '../../src/store/migrate.js';
import { buildYoga } from '../../src/yoga.js';
import { freePort } from './net.js';

export interface OwnNeo4j {
  neo4j: RunningNeo4j;
  app: App;
  yoga: ReturnType<typeof buildYoga>;
  /** Starts the same instance again (same port, same data) after a test stopped it. */
  restart(): Promise<void>;
  /** POSTs a query to /graphql. */
  graphql(query: string): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }>;
}

/**
 * A Neo4j of the calling test file's own, for files that stop, pause or restart their database, so
 * the shared test instance is never disturbed; an App and Yoga on it with `env` as configuration.
 * Registers its beforeAll and afterAll; the file's own afterAll hooks run before its cleanup.
 */
export function ownNeo4j(name: string, env: Record<string, string>): OwnNeo4j {
  const { home, password } = inject('neo4j');
  let port = 0;
  const instance = () => `${name}-${port}`;
  const start = () => startLocalNeo4j({ home, instance: instance(), boltPort: port, password, heap: '512m', pageCacheMb: 64 });
  const own = {
    restart: async () => {
      own.neo4j = await start();
    },
    graphql: async (query: string) => {
      const res = await own.yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return { status: res.status, body: await res.json() };
    },
  } as OwnNeo4j;

  beforeAll(async () => {
    port = await freePort();
    own.neo4j = await start();
    const config = loadConfig({ LOG_LEVEL: 'silent', SOURCES_DIR: '', ...env });
    own.app = createApp(config, createLogger('silent'), { uri: own.neo4j.uri, user: 'neo4j', password });
    await migrate(own.app.db);
    own.yoga = buildYoga(own.app);
  });

  afterAll(async () => {
    await own.app?.driver.close();
    await own.neo4j?.stop();
    rmSync(path.join(home, 'data', instance()), { recursive: true, force: true });
  });

  return own;
}
