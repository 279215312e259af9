import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { neo4jVersion } from '../../src/neo4j/provision.js';
import { freePort } from '../support/net.js';

const QUERY = JSON.stringify({ query: '{ entity(key: "anthropic") { name kind } documents { key } }' });

/** One POST on a keep-alive agent: the status and body, or the socket error. */
function post(port: number, agent: Agent): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(QUERY) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end(QUERY);
  });
}

/**
 * The real entry point from the sources, as `npm run dev` runs it (npm-start.test.ts runs the build),
 * in a child process, with a Neo4j it
 * provisions and therefore supervises, in a home of its own that borrows the downloaded jars.
 */
describe('regression: the project Neo4j is supervised, and Ctrl-C drains', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'kg-supervised-'));
  const version = neo4jVersion();
  symlinkSync(path.join(inject('neo4j').home, `runtime-${version}`), path.join(home, `runtime-${version}`));
  let child: ChildProcess | null = null;
  let out = '';
  let httpPort: number;

  beforeAll(async () => {
    httpPort = await freePort();
    const bolt = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
      env: { ...process.env, PORT: String(httpPort), NEO4J_BOLT_PORT: String(bolt), NEO4J_HOME: home, SEED_ON_START: 'true', LOG_LEVEL: 'info', REQUEST_TIMEOUT_MS: '30000', QUERY_TIMEOUT_MS: '30000', NEO4J_URI: '', NEO4J_HEAP: '512m', NEO4J_PAGECACHE_MB: '64' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    for (let i = 0; i < 600 && !out.includes('GraphQL and GraphiQL'); i++) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${out}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  });

  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  });

  /** Structured log lines with this message. */
  const logged = (msg: string | RegExp) =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, any>)
      .filter((l) => (typeof msg === 'string' ? l.msg === msg : msg.test(l.msg)));

  it('answers the same after kill -9 of the Java process, within its start time plus 2 s, without a server restart', async () => {
    const agent = new Agent({ keepAlive: true });
    const expected = await post(httpPort, agent);
    expect(expected).toMatchObject({ status: 200 });
    expect(JSON.parse((expected as { body: string }).body).data?.documents, (expected as { body: string }).body).toHaveLength(5);
    const [up] = logged('Neo4j is up');
    const javaPid: number = up!.pid;
    const serverPid = child!.pid;

    const killedAt = performance.now();
    process.kill(javaPid, 'SIGKILL');
    let recoveredMs = -1;
    const seen = new Map<string, number>();
    while (performance.now() - killedAt < 500_000) {
      const r = await post(httpPort, agent);
      const key = 'error' in r ? r.error : `${r.status} ${JSON.parse(r.body).errors?.[0]?.extensions?.code ?? 'answer'}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if ('body' in r && r.body === (expected as { body: string }).body) {
        recoveredMs = Math.round(performance.now() - killedAt);
        break;
      }
      await new Promise((res) => setTimeout(res, 100));
    }
    // Bolt may answer a moment before the launcher reports the start complete.
    for (let i = 0; i < 600 && logged(/^Neo4j is back after a restart/).length === 0; i++) await new Promise((res) => setTimeout(res, 100));
    const back = logged(/^Neo4j is back after a restart that took (\d+) ms/).at(-1);
    const startMs = Number(/took (\d+) ms/.exec(back?.msg ?? '')?.[1]);
    console.log(`kill -9 of Neo4j: correct answers again after ${recoveredMs} ms; the restart itself took ${startMs} ms; answers meanwhile: ${JSON.stringify(Object.fromEntries(seen))}`);
    expect(logged(/^Neo4j exited unexpectedly \(SIGKILL/)).toHaveLength(1);
    expect(recoveredMs).toBeGreaterThan(0);
    expect(recoveredMs).toBeLessThanOrEqual(startMs + 2000);
    expect(child!.pid).toBe(serverPid);
    expect(child!.exitCode).toBeNull();
    expect(logged('Neo4j is up')).toHaveLength(1);
    agent.destroy();
  }, 600_000);

  it('stops on Ctrl-C under keep-alive load: every request in flight is answered, exit 0, no forced exit', async () => {
    const clients = 16;
    const tally = { ok: 0, refused: 0, other: new Map<string, number>() };
    let signalled = false;
    const agents = Array.from({ length: clients }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
    const loops = agents.map(async (agent) => {
      for (;;) {
        const r = await post(httpPort, agent);
        if ('status' in r && r.status === 200) tally.ok++;
        else if ('error' in r && r.error === 'ECONNREFUSED' && signalled) {
          tally.refused++;
          return;
        } else {
          const key = 'error' in r ? r.error : `HTTP ${r.status}`;
          tally.other.set(key, (tally.other.get(key) ?? 0) + 1);
          if (signalled) return;
        }
      }
    });
    // Under way: every client has had answers (a cold Neo4j on a busy machine may take seconds).
    for (let i = 0; i < 600 && tally.ok < 2 * clients; i++) await new Promise((r) => setTimeout(r, 100));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    const okBefore = tally.ok;
    const started = performance.now();
    signalled = true;
    child!.kill('SIGINT');
    const code = await exited;
    const ms = Math.round(performance.now() - started);
    await Promise.all(loops);
    for (const a of agents) a.destroy();
    child = null;
    console.log(`Ctrl-C under ${clients} keep-alive clients: exit ${code} after ${ms} ms; ${tally.ok} answered (${tally.ok - okBefore} after the signal), ${tally.refused} clients refused a new connection, other: ${JSON.stringify(Object.fromEntries(tally.other))}`);
    expect(okBefore).toBeGreaterThan(clients);
    expect(code).toBe(0);
    expect(out).not.toMatch(/forcing exit/);
    expect(logged('every request answered; connections closed')).toHaveLength(1);
    expect(Object.fromEntries(tally.other)).toEqual({});
    expect(tally.refused).toBe(clients);
  }, 120_000);
});
