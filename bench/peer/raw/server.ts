/**
 * The raw side: a minimal graphql-yoga server, plain SDL and resolvers (no Pothos, no DataLoader),
 * each root field running ONE hand-written Cypher statement from this folder. It is the floor for
 * any GraphQL service over this graph; replace the .cypher files with the statements our translate
 * layer produces to measure what our GraphQL layer costs on top of them.
 */
import { readFileSync } from 'node:fs';
import { createSchema } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { normaliseName } from '../../../src/model/names.js';
import { toLuceneQuery } from '../../../src/search/lucene-query.js';
import { serveSide, sideDriver, sideEnv } from '../side-server.js';

const env = sideEnv();
const counter = { calls: 0 };
const driver = sideDriver(env, counter, { disableLosslessIntegers: true });
const file = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const cypher = Object.fromEntries(['entity', 'pressures', 'neighborhood', 'paths', 'search'].map((n) => [n, file(`${n}.cypher`)]));

/** Runs one statement; every row's only column is one item of the answer. */
async function items(name: string, params: Record<string, unknown>): Promise<unknown[]> {
  const { records } = await driver.executeQuery(cypher[name]!, params, { database: env.database, routing: neo4j.routing.READ });
  return records.map((r) => r.get(0) as unknown);
}
const int = (n: number) => neo4j.int(n);

const resolvers = {
  Query: {
    entity: async (_: unknown, a: { key: string; first: number }) => (await items('entity', { key: a.key, first: int(a.first) }))[0] ?? null,
    pressures: (_: unknown, a: { target: string; from: string; to: string }) =>
      items('pressures', { target: a.target, fromMs: Date.parse(`${a.from}T00:00:00.000Z`), toMs: Date.parse(`${a.to}T23:59:59.999Z`) }),
    neighborhood: async (_: unknown, a: { key: string; depth: number; limit: number }) =>
      (await items('neighborhood', { key: a.key, depth: int(a.depth), limit: int(a.limit) }))[0],
    paths: (_: unknown, a: { from: string; to: string; maxHops: number; first: number }) =>
      items('paths', { from: a.from, to: a.to, maxHops: int(a.maxHops), first: int(a.first) }),
    search: (_: unknown, a: { text: string; first: number }) => items('search', { query: toLuceneQuery(a.text), exact: normaliseName(a.text), first: int(a.first) }),
  },
};

serveSide(createSchema({ typeDefs: file('schema.graphql'), resolvers }), counter, driver, env.port);
