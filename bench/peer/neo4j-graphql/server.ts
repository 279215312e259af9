/** The peer side: @neo4j/graphql (v7) generating the schema and its Cypher, served by graphql-yoga. */
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { rerank } from '../../../src/search/rerank.js';
import { toLuceneQuery } from '../../../src/search/lucene-query.js';
import { serveSide, sideDriver, sideEnv } from '../side-server.js';

const env = sideEnv();
const counter = { calls: 0 };
const driver = sideDriver(env, counter);
const typeDefs = readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');

/** Lucene gathers candidates by any of their names (the service's own query), the closest whole name ranks first. */
const CANDIDATES = `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 200}) YIELD node, score
WHERE node.txTo IS NULL
RETURN node.key AS key, node.name AS name, coalesce(node.aliases, []) AS aliases, node.family AS family, node.kind AS kind, score`;

const resolvers = {
  Query: {
    async search(_: unknown, a: { text: string; first: number }) {
      const { records } = await driver.executeQuery(CANDIDATES, { query: toLuceneQuery(a.text) }, { database: env.database, routing: neo4j.routing.READ });
      const candidates = records.map((r) => ({ key: r.get('key') as string, name: r.get('name') as string, aliases: r.get('aliases') as string[], family: r.get('family') as string | null, kind: r.get('kind') as string, score: r.get('score') as number }));
      const byKey = new Map(candidates.map((c) => [c.key, c]));
      return rerank(a.text, candidates, a.first).map((h) => ({ score: h.score, entity: byKey.get(h.key)! }));
    },
  },
};

const schema = await new Neo4jGraphQL({ typeDefs, resolvers, driver }).getSchema();
serveSide(schema, counter, driver, env.port, () => ({ sessionConfig: { database: env.database } }));
