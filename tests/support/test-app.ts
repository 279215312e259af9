import path from 'node:path';
import { inject } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { buildYoga } from '../../src/yoga.js';

export const SOURCES_DIR = path.resolve('../shared/seeds');

/** An App on the test Neo4j, with the real Yoga on top; `gql` posts through `yoga.fetch`. */
export function testApp(overrides: Record<string, string> = {}) {
  const conn = inject('neo4j');
  const config = loadConfig({ SOURCES_DIR, LOG_LEVEL: 'silent', NEO4J_DATABASE: conn.database, ...overrides });
  const app: App = createApp(config, createLogger('silent'), conn);
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
