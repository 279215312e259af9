import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { loadSeed } from '../../src/store/seed-load.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { buildYoga } from '../../src/yoga.js';

export const SOURCES_DIR = path.resolve('../shared/seeds');

/** An App on the test Neo4j, with the real Yoga on top; `gql` posts through `yoga.fetch`. `log`: to read what the service logs. */
export function testApp(overrides: Record<string, string> = {}, log: Logger = createLogger('silent')) {
  const conn = inject('neo4j');
  // A deadline far above the default: the shared test machine can be slow, and the tests of the
  // deadline itself set their own. Test servers listen on ports chosen at run time, so the Host
  // check allows loopback names on any port (tests/unit/http-lockdown.test.ts checks the defaults).
  const config = loadConfig({ SOURCES_DIR, LOG_LEVEL: 'silent', NEO4J_DATABASE: conn.database, REQUEST_TIMEOUT_MS: '60000', QUERY_TIMEOUT_MS: '60000', ALLOWED_HOSTS: '127.0.0.1,localhost', ...overrides });
  const app: App = createApp(config, log, conn);
  const yoga = buildYoga(app);
  async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: any };
    return { status: res.status, ...body };
  }
  return { app, yoga, gql, close: () => app.driver.close() };
}

/**
 * For a file that reads the real seed graph: an empty database loaded with the seed before its
 * tests, and emptied again (and the driver closed) after them. Hooks registered after this one
 * run once the graph is loaded.
 */
export function withSeedGraph(t: ReturnType<typeof testApp>): void {
  const wipe = () => t.app.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: t.app.config.neo4j.database });
  beforeAll(async () => {
    await wipe();
    await loadSeed(t.app.db, 'seed', SOURCES_DIR);
  });
  afterAll(async () => {
    await wipe();
    await t.close();
  });
}
