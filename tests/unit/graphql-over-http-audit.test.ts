import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { listen, type Serving } from '../../src/server.js';
import { freePort } from '../support/net.js';

/**
 * graphql-http's audit of the GraphQL-over-HTTP spec, against the real server listening on a port,
 * with every limit and refusal in place. The audits ask only for `__typename`, so no database is
 * needed (the driver points at a closed port).
 */
describe('GraphQL over HTTP (graphql-http auditServer)', () => {
  let app: App;
  let serving: Serving;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    app = createApp(loadConfig({ PORT: String(port), SOURCES_DIR: '' }), createLogger('silent'), { uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'not-a-real-password' });
    serving = await listen(app);
    url = `http://127.0.0.1:${port}/graphql`;
  });
  afterAll(async () => {
    await serving?.drain();
    await app?.driver.close();
  });

  it('passes every audit, MUST, SHOULD and MAY', async () => {
    const results = await auditServer({ url });
    const failed = results.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    console.log(`graphql-http audit: ${results.length - failed.length}/${results.length} passed`);
    expect(failed).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(61);
  });
});
