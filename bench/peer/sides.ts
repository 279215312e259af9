import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchGraph } from './graph.js';
import type { Dialect } from './shapes.js';

export type SideName = 'ours' | 'ours+cache' | 'peer' | 'raw';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Each side's entry point, run as its own process from the project's root. */
const ENTRY: Record<Dialect, string[]> = {
  // `npm start`'s entry, compiled as `npm start` runs it (built by buildOurs); with NEO4J_URI set
  // it provisions nothing and serves the given Neo4j.
  ours: ['--enable-source-maps', 'dist/cli/start.js'],
  peer: ['--import', 'tsx', 'bench/peer/neo4j-graphql/server.ts'],
  raw: ['--import', 'tsx', 'bench/peer/raw/server.ts'],
};

/** Compiles the service as `npm start` does, once per benchmark, so that ours runs the same JavaScript. */
let built: Promise<void> | undefined;
function buildOurs(): Promise<void> {
  return (built ??= new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`))));
  }));
}

export interface SideSpec {
  name: SideName;
  dialect: Dialect;
  graph: BenchGraph;
  env?: Record<string, string>;
}

export interface Side {
  name: SideName;
  dialect: Dialect;
  graph: BenchGraph;
  url: string;
  pid: number;
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  /** Cypher round trips of one request: X-Query-Stats for ours, the driver wrapper's count for the others. */
  roundTrips(body: string): Promise<number>;
  stop(): Promise<void>;
}

function environment(spec: SideSpec, port: number): Record<string, string> {
  const { graph } = spec;
  const base = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    NODE_ENV: 'production',
    NEO4J_URI: graph.uri,
    NEO4J_USER: graph.user,
    NEO4J_PASSWORD: graph.password,
    NEO4J_DATABASE: graph.database,
    PORT: String(port),
  };
  if (spec.dialect !== 'ours') return { ...base, ...spec.env };
  // A cold first query on a busy machine may take long; the peer and raw sides have no timeout either.
  return { ...base, HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'warn', GRAPHIQL: 'false', QUERY_TIMEOUT_MS: '120000', REQUEST_TIMEOUT_MS: '120000', ...spec.env };
}

export async function startSide(spec: SideSpec, port: number): Promise<Side> {
  if (spec.dialect === 'ours') await buildOurs();
  const child = spawn(process.execPath, ENTRY[spec.dialect], { cwd: ROOT, env: environment(spec, port), stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 50) stderr.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const url = `http://127.0.0.1:${port}`;

  const post = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body });
    return { status: res.status, text: await res.text() };
  };
  const calls = async () => ((await (await fetch(`${url}/__bench/calls`)).json()) as { calls: number }).calls;

  const started = Date.now();
  for (;;) {
    const code = await Promise.race([exited, new Promise((r) => setTimeout(r, 250, 'waiting'))]);
    if (code !== 'waiting') throw new Error(`side ${spec.name} exited (code ${String(code)}) while starting:\n${stderr.join('').slice(-3000)}`);
    const ok = await post(JSON.stringify({ query: '{ __typename }' })).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (Date.now() - started > 120_000) throw new Error(`side ${spec.name} did not answer within 120 s:\n${stderr.join('').slice(-3000)}`);
  }

  return {
    name: spec.name,
    dialect: spec.dialect,
    graph: spec.graph,
    url,
    pid: child.pid!,
    post,
    async roundTrips(body) {
      if (spec.dialect === 'ours') {
        const res = JSON.parse((await post(body, { 'x-query-stats': '1' })).text) as { extensions?: { stats?: { dbQueries?: number } } };
        return res.extensions?.stats?.dbQueries ?? NaN;
      }
      const before = await calls();
      await post(body);
      return (await calls()) - before;
    },
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    },
  };
}

