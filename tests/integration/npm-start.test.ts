import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { neo4jVersion } from '../../src/neo4j/provision.js';
import { freePort } from '../support/net.js';

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** What `npm start` runs once its prestart has built dist/: node on the compiled JavaScript, not tsx. */
const startScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.start!.split(' ');

/**
 * The real entry point, as `npm start` runs it, in a child process, with a home of its own that
 * borrows the already-downloaded jars, so the developer's .neo4j/data/dev is never touched.
 */
describe('regression: npm start serves, stops cleanly on Ctrl-C, and keeps its data', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'kg-start-'));
  const version = neo4jVersion();
  symlinkSync(path.join(inject('neo4j').home, `runtime-${version}`), path.join(home, `runtime-${version}`));
  let child: ChildProcess | null = null;
  let ports: { http: number; bolt: number };

  beforeAll(() => {
    expect(startScript[0]).toBe('node');
    execSync('npm run --silent build', { stdio: 'pipe' });
  });

  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  });

  async function start(seed: boolean): Promise<string> {
    ports = { http: await freePort(), bolt: await freePort() };
    child = spawn(process.execPath, startScript.slice(1), {
      env: { ...process.env, PORT: String(ports.http), NEO4J_BOLT_PORT: String(ports.bolt), NEO4J_HOME: home, SEED_ON_START: String(seed), LOG_LEVEL: 'info', NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    for (let i = 0; i < 240 && !out.includes('GraphQL and GraphiQL'); i++) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${out}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    return out;
  }

  const url = (p: string) => `http://127.0.0.1:${ports.http}${p}`;
  const entities = async () => {
    const res = await fetch(url('/graphql'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ search(text: "Anthropic", first: 1) { entity { key } } documents { key } }' }) });
    return (await res.json()) as { data: { search: unknown[]; documents: unknown[] } };
  };

  async function ctrlC(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child!.kill('SIGINT');
    const code = await exited;
    child = null;
    return code;
  }

  it('prints the GraphiQL URL, is ready on 5.26 and answers GraphQL', async () => {
    const out = await start(true);
    expect(out).toContain(`http://localhost:${ports.http}/graphql`);
    const ready = (await (await fetch(url('/ready'))).json()) as { neo4j: { version: string } };
    expect(ready.neo4j.version).toMatch(/^5\.26\./);
    expect(await (await fetch(url('/graphql'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).json()).toEqual({ data: { __typename: 'Query' } });
    expect((await entities()).data.documents).toHaveLength(5);
  });

  it('stops on Ctrl-C with exit code 0 and no Neo4j left listening', async () => {
    const bolt = ports.bolt;
    expect(await listening(bolt)).toBe(true);
    expect(await ctrlC()).toBe(0);
    expect(await listening(bolt)).toBe(false);
  });

  it('starts again on the same data without reloading the seed', async () => {
    await start(false);
    const { data } = await entities();
    expect(data.documents).toHaveLength(5);
    expect(data.search).toHaveLength(1);
    expect(await ctrlC()).toBe(0);
  });
});
