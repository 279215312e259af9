import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { migrate } from '../../src/store/migrate.js';
import { createKey } from '../../src/store/key-store.js';
import { schema } from '../../src/schema/build-schema.js';
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
  let adminKey: string;
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
    adminKey = await createKey(app.db, 'outage-admin', 'ADMIN');
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
    // /ready gives the database about a second; a loaded machine can miss that while the fresh
    // instance warms up, so it is asked again for up to half a minute.
    let ready = 0;
    for (let i = 0; i < 30 && ready !== 200; i++) {
      ready = (await yoga.fetch('http://test/ready')).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(ready).toBe(200);
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

  /**
   * One operation per root field, with what it needs to reach the database. Keyed by field, so a
   * root field added to the schema without a line here fails the coverage check below.
   */
  const ROOT_OPERATIONS: Record<string, string> = {
    changes: '{ changes { edges { node { id } } } }',
    disputes: '{ disputes { id } }',
    documents: '{ documents { key } }',
    entity: '{ entity(key: "anthropic") { name } }',
    neighborhood: '{ neighborhood(key: "anthropic") { nodes { key } } }',
    node: '{ node(id: "RW50aXR5OmFudGhyb3BpYw==") { id } }',
    nodes: '{ nodes(ids: ["RW50aXR5OmFudGhyb3BpYw=="]) { id } }',
    paths: '{ paths(from: "pete-hegseth", to: "anthropic") { length } }',
    pressures: '{ pressures(target: "anthropic") { key } }',
    proposals: '{ proposals { edges { node { id } } } }',
    relationships: '{ relationships { edges { node { key } } } }',
    search: '{ search(text: "Anthropic") { entity { key } } }',
    timeline: '{ timeline(keys: ["anthropic"]) { edges { node { key } } } }',
    acceptProposal: 'mutation { acceptProposal(id: "p-0") { userErrors { code } } }',
    addDocument: 'mutation { addDocument(input: { title: "T", reliability: LOW, reliabilityReason: "A test.", text: "Some text." }) { userErrors { code } } }',
    addEvidence: 'mutation { addEvidence(relationship: "r", evidence: [{ document: "d", start: 0, end: 1 }]) { userErrors { code } } }',
    addRelationship: 'mutation { addRelationship(input: { type: "MET", source: "a", target: "b", category: COMMUNICATION, status: REPORTED, summary: "A test.", evidence: [{ document: "d", start: 0, end: 1 }] }) { userErrors { code } } }',
    mergeEntities: 'mutation { mergeEntities(keep: "a", merge: "b") { userErrors { code } } }',
    proposeClaims: 'mutation { proposeClaims(document: "d") { userErrors { code } } }',
    rejectProposal: 'mutation { rejectProposal(id: "p-0", reason: "A test.") { userErrors { code } } }',
    retractRelationship: 'mutation { retractRelationship(key: "r", reason: "A test.") { userErrors { code } } }',
    upsertEntity: 'mutation { upsertEntity(input: { key: "a", name: "A", kind: ORGANIZATION }) { userErrors { code } } }',
  };
  // Answered from the code alone: the categories and their CAMEO ranges need no database.
  const STATIC = new Set(['categories']);

  it('covers every root field of the schema', () => {
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(roots.filter((f) => !(f in ROOT_OPERATIONS) && !STATIC.has(f))).toEqual([]);
  });

  it('regression: every root field reports DATABASE_UNAVAILABLE during the outage, never null, NOT_FOUND or a userError', async () => {
    const wrong: string[] = [];
    await Promise.all(
      Object.entries(ROOT_OPERATIONS).map(async ([field, query]) => {
        const res = await yoga.fetch('http://test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${adminKey}` },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        const answered = body.data && body.data[field] != null;
        if (res.status >= 500 || answered || codes.length === 0 || codes.some((c) => c !== 'DATABASE_UNAVAILABLE')) wrong.push(`${field}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
      }),
    );
    expect(wrong).toEqual([]);
    const exported = await yoga.fetch('http://test/export/graph.json');
    expect(exported.status).toBe(503);
  }, 180_000);

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
  }, 300_000);
});
