import { describe, expect, it } from 'vitest';
import { ownNeo4j } from '../support/own-neo4j.js';

// This file stops and restarts a Neo4j of its own, so the shared test instance is never disturbed.
describe('regression: the server survives its database going away and coming back', () => {
  // The deadline well above the driver's retries: this file is about how an outage is reported,
  // database-stall.test.ts about the deadline.
  const own = ownNeo4j('outage', { REQUEST_TIMEOUT_MS: '20000' });
  const graphql = () => own.graphql('{ documents { key } entity(key: "anthropic") { name } }');

  it('is ready while Neo4j runs', async () => {
    expect((await own.yoga.fetch('http://test/ready')).status).toBe(200);
    const { body } = await graphql();
    expect(body.errors).toBeUndefined();
  });

  it('answers 503 on /ready and DATABASE_UNAVAILABLE on GraphQL, promptly, once Neo4j is stopped', async () => {
    await own.neo4j.stop();
    const started = performance.now();
    const ready = await own.yoga.fetch('http://test/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', code: 'DATABASE_UNAVAILABLE' });
    const { status, body } = await graphql();
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/ServiceUnavailable|Neo4j|\n\s+at /);
    // No hang: the driver gives up fast instead of retrying for half a minute.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect((await own.yoga.fetch('http://test/health')).status).toBe(200);
  });

  it('recovers without a restart when Neo4j is back', async () => {
    await own.restart();
    let ready = 0;
    for (let i = 0; i < 30 && ready !== 200; i++) {
      ready = (await own.yoga.fetch('http://test/ready')).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(ready).toBe(200);
    const { body } = await graphql();
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ documents: [], entity: null });
  });
});
