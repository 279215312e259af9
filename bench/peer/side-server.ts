import { createServer } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import { countingDriver, type CallCounter } from './counting-driver.js';

/** Where a comparison side finds its Neo4j and its port: set by bench/peer.ts when it spawns the side. */
export function sideEnv() {
  const need = (name: string) => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set (bench/peer.ts sets it when it starts this side)`);
    return v;
  };
  return {
    uri: need('NEO4J_URI'),
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: need('NEO4J_PASSWORD'),
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    port: Number(need('PORT')),
  };
}

/**
 * The driver every side gets, counting the statements it runs. The pool is as large as the
 * service's, and notifications are off as the service has them: a driver setting any user of
 * either library can make, so the comparison is of the GraphQL layers, not of driver defaults.
 */
export function sideDriver(env: ReturnType<typeof sideEnv>, counter: CallCounter, options: { disableLosslessIntegers?: boolean } = {}): Driver {
  const driver = neo4j.driver(env.uri, neo4j.auth.basic(env.user, env.password), { maxConnectionPoolSize: 50, notificationFilter: { minimumSeverityLevel: 'OFF' }, ...options });
  return countingDriver(driver, counter);
}

/**
 * Serves a schema with graphql-yoga on 127.0.0.1, and `GET /__bench/calls`: the number of Cypher
 * statements run so far, which the benchmark reads around a request to count its round trips.
 */
export function serveSide(schema: GraphQLSchema, counter: CallCounter, driver: Driver, port: number, context?: () => object): void {
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false, ...(context ? { context } : {}) });
  const server = createServer((req, res) => {
    if (req.url === '/__bench/calls') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(counter));
      return;
    }
    void yoga(req, res);
  });
  server.listen(port, '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close();
    server.closeIdleConnections();
    void driver.close().finally(() => process.exit(0));
  });
}
