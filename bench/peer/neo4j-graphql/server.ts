/** The peer side: @neo4j/graphql (v7) generating the schema and its Cypher, served by graphql-yoga. */
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { serveSide, sideDriver, sideEnv } from '../side-server.js';

const env = sideEnv();
const counter = { calls: 0 };
const driver = sideDriver(env, counter);
const typeDefs = readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
serveSide(schema, counter, driver, env.port, () => ({ sessionConfig: { database: env.database } }));
