import { describe, expect, inject, it } from 'vitest';
import { cypherRows } from '../support/seed-fixtures.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * N+1 guard: with `X-Query-Stats: 1` the response reports its Cypher round trips. A query nested
 * five levels deep over long lists stays within a handful of them, and the number does not grow
 * when the lists do: every load by key is batched per request.
 */

// These queries are large on purpose (hundreds of items per level, to show batching); their worst
// case is far above the default node limit, which api-limits.test.ts covers.
const t = testApp({ MAX_RESPONSE_NODES: '10000000' });
const conn = inject('neo4j');
const cypher = (q: string, p: Record<string, unknown> = {}) => cypherRows(t.app.driver, conn.database, q, p);
const STATS = { 'x-query-stats': '1' };

/**
 * Measured on the seed: the documents > entities > relationships query takes 7 round trips whatever
 * `first` is (documents, their entities, the entities, their relationship pages, the sources'
 * documents, documents by key, quotes); the top-level relationships query with every nested field
 * takes 10 or 11. One query per item would be hundreds. The bound leaves a little room for a change
 * of plan but none for a loop.
 */
const MAX_ROUND_TRIPS = 12;

const nested = (first: number) => `{
  documents {
    key
    entities {
      key
      relationships(first: ${first}) {
        totalCount
        edges { node {
          key
          source { key documents { key } }
          target { name }
          evidence { document { title } quote }
        } }
      }
    }
  }
}`;

interface Stats {
  dbQueries: number;
  dbMs: number;
}

async function measured(query: string) {
  const res = await t.gql(query, {}, STATS);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const stats = res.extensions?.stats as Stats;
  expect(stats, 'extensions.stats').toBeDefined();
  expect(Number.isInteger(stats.dbQueries)).toBe(true);
  expect(stats.dbMs).toBeGreaterThanOrEqual(0);
  return { data: res.data, stats };
}

/** How many items the query actually resolved at each level, so a shrinking list cannot pass for batching. */
function sizes(data: any) {
  const entities = data.documents.flatMap((d: any) => d.entities);
  const edges = entities.flatMap((e: any) => e.relationships.edges);
  return {
    entities: entities.length,
    edges: edges.length,
    sourceDocuments: edges.reduce((n: number, e: any) => n + e.node.source.documents.length, 0),
    evidence: edges.reduce((n: number, e: any) => n + e.node.evidence.length, 0),
  };
}

withSeedGraph(t);


describe('X-Query-Stats', () => {
  it('reports nothing unless asked', async () => {
    const res = await t.gql('{ entity(key: "anthropic") { key } }');
    expect(res.extensions?.stats).toBeUndefined();
  });

  it('counts the round trips of this request only', async () => {
    const none = await measured('{ __typename }');
    expect(none.stats.dbQueries).toBe(0);
    const one = await measured('{ entity(key: "anthropic") { key name } }');
    expect(one.stats.dbQueries).toBe(1);
    const again = await measured('{ entity(key: "anthropic") { key name } }');
    expect(again.stats.dbQueries).toBe(1);
  });
});

describe('no N+1', () => {
  it(`documents > entities > relationships(first: 50) > source.documents / evidence.document: at most ${MAX_ROUND_TRIPS} round trips`, async () => {
    const { data, stats } = await measured(nested(50));
    const n = sizes(data);
    // Hundreds of items at the deepest levels: one query each would be hundreds of round trips.
    expect(n.entities).toBeGreaterThan(100);
    expect(n.edges).toBeGreaterThan(500);
    expect(n.evidence).toBeGreaterThan(500);
    expect(stats.dbQueries).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
  });

  it('the round trips do not grow with the lists: first: 1, 5 and 50 cost the same', async () => {
    const small = await measured(nested(1));
    const medium = await measured(nested(5));
    const large = await measured(nested(50));
    const [s, m, l] = [sizes(small.data), sizes(medium.data), sizes(large.data)];
    expect(m.edges).toBeGreaterThan(s.edges * 2);
    expect(l.edges).toBeGreaterThan(m.edges * 1.5);
    expect(medium.stats.dbQueries).toBe(small.stats.dbQueries);
    expect(large.stats.dbQueries).toBe(medium.stats.dbQueries);
  });

  it('top-level relationships with every nested field stay batched, 5 items or 100', async () => {
    const q = (first: number) => `{
      relationships(first: ${first}) {
        edges { node {
          key
          source { name documents { title } relationships(first: 3) { totalCount } }
          target { name }
          evidence { document { title entities { key } } quote }
          disputes { topic }
        } }
      }
    }`;
    const few = await measured(q(5));
    const many = await measured(q(100));
    expect(many.data.relationships.edges.length).toBe(100);
    // A short list may cost one round trip more than a long one (a second wave of loads finds less
    // already cached), but a long list never costs more than a short one.
    expect(many.stats.dbQueries).toBeLessThanOrEqual(few.stats.dbQueries);
    expect(few.stats.dbQueries).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
  });

  it('paths and neighborhoods load their nodes and relationships in batches', async () => {
    const neighborhood = (depth: number) => `{
      neighborhood(key: "pete-hegseth", depth: ${depth}) {
        nodes { key name documents { key } relationships(first: 5) { edges { node { key } } } }
        relationships { key source { name } evidence { quote } }
      }
    }`;
    const one = await measured(neighborhood(1));
    const two = await measured(neighborhood(2));
    expect(two.data.neighborhood.nodes.length).toBeGreaterThan(one.data.neighborhood.nodes.length * 2);
    // One more breadth-first hop is one more round trip, not one per node.
    expect(two.stats.dbQueries).toBeLessThanOrEqual(one.stats.dbQueries + 1);
    expect(two.stats.dbQueries).toBeLessThanOrEqual(MAX_ROUND_TRIPS);

    const paths = await measured(`{
      paths(from: "david-sacks", to: "pete-hegseth", maxHops: 4, first: 10) {
        nodes { key name documents { key } }
        relationships { key source { name } target { name } evidence { document { title } quote } }
      }
    }`);
    expect(paths.data.paths.length).toBeGreaterThan(3);
    expect(paths.stats.dbQueries).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
  });
});
