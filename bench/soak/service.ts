import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { localPassword, neo4jVersion } from '../../src/neo4j/provision.js';
import { sleep } from './measure.js';

export interface Service {
  port: number;
  bolt: number;
  /** The server process (the real entry point). */
  nodePid: number;
  /** The Java process of the Neo4j it provisioned; changes when its supervisor restarts it. */
  javaPid(): number;
  /** Durations of the supervisor's restarts, ms, in order. */
  restarts: number[];
  /** Connection for the soak's own driver (seed reloads). */
  connection: { uri: string; user: string; password: string };
  warnings(): number;
  stop(): Promise<number | null>;
}

/**
 * `npm start` as a user runs it (src/cli/start.ts in a child process: it provisions, supervises and
 * seeds its own Neo4j), in a throw-away home that borrows the downloaded jars from NEO4J_HOME.
 */
export async function startService(opts: { port: number; bolt: number; env?: Record<string, string>; log: (m: string) => void }): Promise<Service> {
  const jarsHome = path.resolve(process.env.NEO4J_HOME ?? '.neo4j');
  const version = neo4jVersion();
  const runtime = path.join(jarsHome, `runtime-${version}`);
  if (!existsSync(runtime)) throw new Error(`${runtime} is missing: run \`npm start\` or the tests once to download Neo4j.`);
  const home = mkdtempSync(path.join(tmpdir(), 'kg-soak-'));
  symlinkSync(runtime, path.join(home, `runtime-${version}`));
  const password = localPassword(home, null);

  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
    env: { ...process.env, PORT: String(opts.port), HOST: '127.0.0.1', NEO4J_BOLT_PORT: String(opts.bolt), NEO4J_HOME: home, NEO4J_URI: '', NEO4J_PASSWORD: '', SEED_ON_START: 'true', LOG_LEVEL: 'info', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let javaPid = 0;
  let serving = false;
  let warnings = 0;
  const restarts: number[] = [];
  const tail: string[] = [];
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    if (!line.startsWith('{')) return;
    const entry = JSON.parse(line) as { level: number; msg: string; pid?: number };
    if (entry.level >= 40) warnings++;
    if (entry.msg === 'Neo4j is up' && entry.pid) javaPid = entry.pid;
    const back = /^Neo4j is back after a restart that took (\d+) ms \(pid (\d+)\)/.exec(entry.msg);
    if (back) {
      restarts.push(Number(back[1]));
      javaPid = Number(back[2]);
    }
    if (entry.msg === 'serving') serving = true;
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);

  const started = performance.now();
  while (!serving) {
    if (child.exitCode !== null) throw new Error(`the service exited during start-up:\n${tail.join('\n')}`);
    if (performance.now() - started > 600_000) throw new Error(`the service did not start within 10 minutes:\n${tail.join('\n')}`);
    await sleep(250);
  }
  opts.log(`service up in ${Math.round((performance.now() - started) / 1000)} s (node pid ${child.pid}, java pid ${javaPid})`);

  return {
    port: opts.port,
    bolt: opts.bolt,
    nodePid: child.pid!,
    javaPid: () => javaPid,
    restarts,
    connection: { uri: `bolt://127.0.0.1:${opts.bolt}`, user: 'neo4j', password },
    warnings: () => warnings,
    stop: async () => {
      const exited = new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
      child.kill('SIGINT');
      const code = await Promise.race([exited, sleep(60_000).then(() => 'hung' as const)]);
      if (code === 'hung') child.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
      return code === 'hung' ? null : code;
    },
  };
}
