import { Writable } from 'node:stream';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { buildYoga } from '../../src/yoga.js';

/**
 * The real HTTP surface with no database behind it (the driver points at a closed port): for
 * what is decided before any resolver runs, such as limits, parsing, headers and refusals.
 */
export function offlineApp(env: Record<string, string> = {}) {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  const config = loadConfig({ SOURCES_DIR: '', ...env });
  const app = createApp(config, createLogger('debug', sink), { uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'not-a-real-password' });
  const yoga = buildYoga(app);
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    yoga.fetch('http://localhost:4000/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, yoga, post, logs: lines, close: () => app.driver.close() };
}
