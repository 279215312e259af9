import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/build-schema.js';
import { createKey } from '../../src/store/key-store.js';
import { ownNeo4j } from '../support/own-neo4j.js';

// This file stops and restarts a Neo4j of its own, so the shared test instance is never disturbed.
describe('regression: the server survives its database going away and coming back', () => {
  // The deadline well above the driver's retries: this file is about how an outage is reported,
  // database-stall.test.ts about the deadline.
  const own = ownNeo4j('outage', { REQUEST_TIMEOUT_MS: '20000' });
  const graphql = () => own.graphql('{ documents { key } entity(key: "anthropic") { name } }');
  let adminKey: string;
  beforeAll(async () => {
    adminKey = await createKey(own.app.db, 'outage-admin', 'ADMIN');
  });

  it('is ready while Neo4j runs', async () => {
    // /ready gives the database about a second; a loaded machine can miss that while the fresh
    // instance warms up, so it is asked again for up to half a minute.
    let ready = 0;
    for (let i = 0; i < 30 && ready !== 200; i++) {
      ready = (await own.yoga.fetch('http://test/ready')).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(ready).toBe(200);
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
        const res = await own.yoga.fetch('http://test/graphql', {
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
    const exported = await own.yoga.fetch('http://test/export/graph.json');
    expect(exported.status).toBe(503);
  }, 180_000);

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
  }, 300_000);
});
