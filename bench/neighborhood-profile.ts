/**
 * CPU per request of one process answering the peer bench's shape c,
 * `neighborhood(key:"anthropic", depth:2, limit:200)`, over and over through the real Yoga
 * (`yoga.fetch`, no HTTP), one request at a time: the JavaScript cost of our layer alone.
 * Needs a seeded Neo4j (NEO4J_BOLT_PORT, NEO4J_PASSWORD or the project's local one). Run it under
 * `node --cpu-prof --import tsx bench/neighborhood-profile.ts [requests]` to see where the time goes.
 */
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { localPassword } from '../src/neo4j/provision.js';
import { buildYoga } from '../src/yoga.js';

const N = Number(process.argv[2] ?? 300);
const WARMUP = 50;
const QUERY = `query C($key: String!, $depth: Int!, $limit: Int!) {
  neighborhood(key: $key, depth: $depth, limit: $limit) { nodes { key name kind } relationships { key type category source { key } target { key } when { iso } } }
}`;

const config = loadConfig({ LOG_LEVEL: 'silent', RESPONSE_CACHE: 'false', REQUEST_TIMEOUT_MS: '60000', QUERY_TIMEOUT_MS: '60000', ALLOWED_HOSTS: '127.0.0.1,localhost', ...process.env } as Record<string, string>);
const credentials = { uri: `bolt://127.0.0.1:${config.neo4j.boltPort}`, user: 'neo4j', password: localPassword(config.neo4j.home, config.neo4j.password), database: config.neo4j.database };
const app = createApp(config, createLogger('silent'), credentials);
const yoga = buildYoga(app);

async function once(): Promise<number> {
  const res = await yoga.fetch('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: QUERY, variables: { key: 'anthropic', depth: 2, limit: 200 } }),
  });
  const body = (await res.json()) as { data?: { neighborhood: { nodes: unknown[]; relationships: unknown[] } }; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.neighborhood.nodes.length + body.data.neighborhood.relationships.length;
}

try {
  let size = 0;
  for (let i = 0; i < WARMUP; i++) size = await once();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await once();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(`${N} requests (${size} nodes+relationships each): ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms CPU/request, ${(wall / N).toFixed(2)} ms wall/request`);
} finally {
  await app.driver.close();
}
