import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { entityPart, relationshipPart } from '../../bench/scale/synthetic-graph.js';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startLocalNeo4j, type RunningNeo4j } from '../../src/neo4j/local-neo4j.js';
import type { GraphRows } from '../../src/seed/graph-rows.js';
import { bulkImport, finishBulkImport } from '../../src/store/bulk-import.js';
import { migrate } from '../../src/store/migrate.js';
import { writeSeedGraph } from '../../src/store/seed-writer.js';
import { buildYoga } from '../../src/yoga.js';
import { freePort } from '../support/net.js';

/**
 * The bulk import (CSV files and neo4j-admin import into an empty database) must store exactly
 * what the transactional loader stores: the same rows go through writeSeedGraph into one Neo4j
 * and through bulkImport into another, and the two graphs are compared node by node and
 * relationship by relationship, with each value's Neo4j type; then through GraphQL.
 */

const N = 200;
function rows(): GraphRows {
  const entities = entityPart('bulk-test', 0, N);
  const rels = relationshipPart('bulk-test', N, 0, N);
  // CSV edge cases on top of the synthetic values: quotes, delimiters, newlines, non-ASCII, an empty string.
  const e0 = entities.entities[0]!;
  e0.props = { ...e0.props, description: 'He said "no", twice;\nthen left — à bientôt ✓ 😀', background: '' };
  const d0 = entities.documents[0]!;
  d0.props = { ...d0.props, title: 'Line one\r\nline two, "quoted"' };
  return { ...entities, relationships: rels.relationships, mentions: [...entities.mentions, ...rels.mentions] };
}

interface Side {
  neo4j: RunningNeo4j;
  app: App;
  yoga: ReturnType<typeof buildYoga>;
  instance: string;
}

const { home, password } = inject('neo4j');
const sides: Partial<Record<'tx' | 'bulk', Side>> = {};

async function side(name: 'tx' | 'bulk', before: (dataDir: string) => Promise<void>): Promise<Side> {
  const port = await freePort();
  const instance = `bulk-import-${name}-${port}`;
  const dataDir = path.join(home, 'data', instance);
  rmSync(dataDir, { recursive: true, force: true });
  await before(dataDir);
  const neo4j = await startLocalNeo4j({ home, instance, boltPort: port, password, heap: '512m', pageCacheMb: 64 });
  const app = createApp(loadConfig({ LOG_LEVEL: 'silent', SOURCES_DIR: '', QUERY_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '60000' }), createLogger('silent'), { uri: neo4j.uri, user: 'neo4j', password });
  await migrate(app.db);
  return { neo4j, app, yoga: buildYoga(app), instance };
}

/** Every node and relationship with labels or type, ends and properties with their Neo4j types; timestamps left out. */
async function dump(s: Side): Promise<{ nodes: string[]; relationships: string[] }> {
  const props = (x: string) => `[k IN keys(${x}) WHERE NOT k IN ['atMs', 'at'] | [k, ${x}[k], valueType(${x}[k])]]`;
  const session = s.app.driver.session({ database: 'neo4j' });
  try {
    const nodes = await session.run(`MATCH (n) RETURN labels(n) AS labels, ${props('n')} AS props`);
    const rels = await session.run(`MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS fromLabels, a.key AS from, labels(b) AS toLabels, b.key AS to, ${props('r')} AS props`);
    const canonical = (o: Record<string, unknown>) =>
      JSON.stringify(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k === 'props' ? [...(v as [string, unknown, string][])].sort((x, y) => x[0].localeCompare(y[0])) : Array.isArray(v) ? [...v].sort() : v])));
    return { nodes: nodes.records.map((r) => canonical(r.toObject())).sort(), relationships: rels.records.map((r) => canonical(r.toObject())).sort() };
  } finally {
    await session.close();
  }
}

async function graphql(s: Side, query: string) {
  const res = await s.yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return res.json();
}

describe('bulk import', () => {
  beforeAll(async () => {
    const data = rows();
    sides.tx = await side('tx', async () => {});
    const summary = await writeSeedGraph(sides.tx.app.db, data, { history: 'summary', scope: 'part' });
    expect(summary.version).toBe(1);
    let report: Awaited<ReturnType<typeof bulkImport>> | undefined;
    sides.bulk = await side('bulk', async (dataDir) => {
      report = await bulkImport([data], { home, dataDir });
    });
    await finishBulkImport(sides.bulk.app.db, report!);
  }, 600_000);

  afterAll(async () => {
    for (const s of Object.values(sides)) {
      await s.app.driver.close();
      await s.neo4j.stop();
      rmSync(path.join(home, 'data', s.instance), { recursive: true, force: true });
    }
  });

  it('stores exactly the graph the transactional loader stores: labels, properties and their types, relationships', async () => {
    const [tx, bulk] = [await dump(sides.tx!), await dump(sides.bulk!)];
    expect(tx.nodes.length).toBeGreaterThan(N);
    expect(tx.relationships.length).toBeGreaterThan(N);
    expect(bulk.nodes).toEqual(tx.nodes);
    expect(bulk.relationships).toEqual(tx.relationships);
  });

  it('answers a GraphQL query the same on both graphs', async () => {
    const query = `{
      entity(key: "syn-e0") { key name kind aliases description documents { key title }
        relationships(first: 20) { totalCount edges { node { type category status summary when { iso precision start end } amount { amount currency }
          source { key } target { key } evidence { quote } } } } }
      relationships(first: 30) { totalCount edges { cursor node { id type source { key name } target { key } } } }
    }`;
    const [tx, bulk] = [await graphql(sides.tx!, query), await graphql(sides.bulk!, query)];
    expect(tx.errors).toBeUndefined();
    expect(tx.data.entity.description).toContain('\n');
    expect(tx.data.relationships.totalCount).toBeGreaterThan(N);
    expect(bulk).toEqual(tx);
  });
});
