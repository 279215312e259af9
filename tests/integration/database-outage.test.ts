import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { migrate } from '../../src/store/migrate.js';
import { createLogger } from '../../src/logger.js';
import { startLocalNeo4j, type RunningNeo4j } from '../../src/neo4j/local-neo4j.js';
import { buildYoga } from '../../src/yoga.js';
import { freePort } from '../support/net.js';

// This file stops and restarts a Neo4j of its own, so the shared test instance is never disturbed.
describe('regression: the server survives its database going away and coming back', () => {
  const { home, password } = inject('neo4j');
  let port: number;
  let neo4j: RunningNeo4j;
  let app: App;
  let yoga: ReturnType<typeof buildYoga>;
  const instance = () => `outage-${port}`;
  const start = () => startLocalNeo4j({ home, instance: instance(), boltPort: port, password, heap: '512m', pageCacheMb: 64 });

  beforeAll(async () => {
    port = await freePort();
    neo4j = await start();
    // The deadline well above the driver's retries: this file is about how an outage is reported,
    // database-stall.test.ts about the deadline.
    const config = loadConfig({ LOG_LEVEL: 'silent', SOURCES_DIR: '', REQUEST_TIMEOUT_MS: '20000' });
    app = createApp(config, createLogger('silent'), { uri: neo4j.uri, user: 'neo4j', password });
    await migrate(app.driver, 'neo4j');
    yoga = buildYoga(app);
  });

  afterAll(async () => {
    await app?.driver.close();
    await neo4j?.stop();
    rmSync(path.join(home, 'data', instance()), { recursive: true, force: true });
  });

  const graphql = async () => {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ documents { key } entity(key: "anthropic") { name } }' }),
    });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
  };

  it('is ready while Neo4j runs', async () => {
    expect((await yoga.fetch('http://test/ready')).status).toBe(200);
    const { body } = await graphql();
    expect(body.errors).toBeUndefined();
  });

  it('answers 503 on /ready and DATABASE_UNAVAILABLE on GraphQL, promptly, once Neo4j is stopped', async () => {
    await neo4j.stop();
    const started = performance.now();
    const ready = await yoga.fetch('http://test/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', code: 'DATABASE_UNAVAILABLE' });
    const { status, body } = await graphql();
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/ServiceUnavailable|Neo4j|\n\s+at /);
    // No hang: the driver gives up fast instead of retrying for half a minute.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect((await yoga.fetch('http://test/health')).status).toBe(200);
  });

  it('recovers without a restart when Neo4j is back', async () => {
    neo4j = await start();
    let ready = 0;
    for (let i = 0; i < 30 && ready !== 200; i++) {
      ready = (await yoga.fetch('http://test/ready')).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(ready).toBe(200);
    const { body } = await graphql();
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ documents: [], entity: null });
  });
});
