import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { neo4jVersion } from '../../src/neo4j/provision.js';
import { freePort } from '../support/net.js';

/**
 * `npm run neo4j -- start|status|stop` (issue 8 §7): the project's Neo4j by hand, for recovery. Run
 * as the script runs it, in a home of its own that borrows the downloaded jars.
 */
describe('npm run neo4j', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'kg-neo4j-cli-'));
  const version = neo4jVersion();
  symlinkSync(path.join(inject('neo4j').home, `runtime-${version}`), path.join(home, `runtime-${version}`));
  let env: NodeJS.ProcessEnv;
  let started: ChildProcess | null = null;

  const cli = (command: string) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/neo4j.ts', command], { env, encoding: 'utf8', timeout: 120_000 });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };

  beforeAll(async () => {
    env = { ...process.env, NEO4J_HOME: home, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_URI: '', NEO4J_HEAP: '512m', NEO4J_PAGECACHE_MB: '64', LOG_LEVEL: 'warn' };
  });

  afterAll(() => {
    started?.kill('SIGKILL');
    cli('stop');
    rmSync(home, { recursive: true, force: true });
  });

  it('status says when nothing answers, with exit code 1', () => {
    const r = cli('status');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/No Neo4j answers on port \d+/);
    expect(r.out).toMatch(/no process of this project is running/);
  });

  it('start runs it in the foreground; status then names its version and process', async () => {
    started = spawn(process.execPath, ['--import', 'tsx', 'src/cli/neo4j.ts', 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    started.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    started.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    for (let i = 0; i < 600 && !out.includes('Ctrl-C stops it'); i++) {
      if (started.exitCode !== null) throw new Error(`npm run neo4j -- start exited early:\n${out}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(out).toMatch(/Neo4j 5\.26\.\d+ on bolt:\/\/127\.0\.0\.1:\d+/);
    expect(out).not.toMatch(/password: \S{8,}/);
    const r = cli('status');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/Neo4j 5\.26\.\d+ answers on bolt:\/\/127\.0\.0\.1:\d+; data .*; process \d+/);
  }, 320_000);

  it('stop ends a Neo4j of this project left running, and status says so', () => {
    const r = cli('stop');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Stopped \d+/m);
    expect(cli('status').code).toBe(1);
    expect(cli('stop').out).toMatch(/No Neo4j of this project is running/);
  }, 120_000);

  it('an unknown command prints the usage with exit code 2', () => {
    const r = cli('restart-please');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/usage: npm run neo4j -- start\|status\|stop/);
  });
});
