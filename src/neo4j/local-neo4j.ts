import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ProvisionError, provisionRuntime } from './provision.js';

export interface LocalNeo4jOptions {
  home: string;
  /** Data folder name under `home/data`; tests use their own. */
  instance: string;
  boltPort: number;
  password: string;
  heap: string;
  pageCacheMb: number;
  /** Restart Neo4j when it exits on its own (not through stop()), with backoff. */
  supervise?: boolean;
  log?: (msg: string, level?: 'info' | 'warn' | 'error') => void;
}

export interface RunningNeo4j {
  uri: string;
  version: string;
  dataDir: string;
  /** The Java process's id; it changes when the supervisor restarts Neo4j. */
  readonly pid: number;
  /** How long the last (re)start took until Bolt answered, in ms. */
  readonly startMs: number;
  stop(): Promise<void>;
}

/**
 * Waits before each restart after an unexpected exit: at once the first time (a single crash costs
 * only Neo4j's start time), then longer while it keeps failing. A run of STABLE_MS resets it.
 */
export const RESTART_BACKOFF_MS = [0, 1_000, 2_000, 5_000, 10_000, 30_000] as const;
const STABLE_MS = 60_000;
const START_TIMEOUT_MS = 180_000;

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

type Runtime = Awaited<ReturnType<typeof provisionRuntime>>;

/**
 * One Java process running the launcher, and the promise of its version once Bolt accepts
 * connections. Exported for the test of its start timeout.
 */
export function launchNeo4j(runtime: Runtime, opts: LocalNeo4jOptions, dataDir: string, startTimeoutMs = START_TIMEOUT_MS): { child: ChildProcess; ready: Promise<string>; up: boolean } {
  const child = spawn(
    runtime.java,
    [
      `-Xms${opts.heap}`,
      `-Xmx${opts.heap}`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-Dlog4j2.disable.jmx=true',
      '-cp',
      runtime.classpath,
      'Launcher',
    ],
    {
      env: {
        PATH: process.env.PATH,
        JAVA_HOME: process.env.JAVA_HOME,
        KG_NEO4J_HOME: dataDir,
        KG_NEO4J_BOLT_PORT: String(opts.boltPort),
        KG_NEO4J_PASSWORD: opts.password,
        KG_NEO4J_PAGECACHE_MB: String(opts.pageCacheMb),
      },
      // stdin stays open as a pipe: the launcher exits when it closes, i.e. when we die.
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group: Ctrl-C in a terminal signals only us, and we stop Neo4j after the
      // requests in flight are answered, instead of Neo4j dying under them.
      detached: true,
    },
  );
  const stderrTail: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => {
    stderrTail.push(chunk.toString());
    if (stderrTail.length > 40) stderrTail.shift();
  });
  const ready = new Promise<string>((resolve, reject) => {
    // A Neo4j given up on is killed: left running it would hold the port and the store lock, and
    // every restart after it would fail.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new ProvisionError(`Neo4j did not start within ${Math.round(startTimeoutMs / 1000)} s; see ${path.join(dataDir, 'logs/debug.log')}`));
    }, startTimeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const ready = /^KG_NEO4J_READY (\S+)/.exec(line);
      const failed = /^KG_NEO4J_ERROR (\S+) ?(.*)$/.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      } else if (failed) {
        clearTimeout(timer);
        const [, kind, detail] = failed;
        reject(
          new ProvisionError(
            kind === 'PORT_IN_USE'
              ? `Port ${opts.boltPort} is already in use; set NEO4J_BOLT_PORT to a free port.`
              : kind === 'STORE_LOCKED'
                ? `The data folder ${dataDir} is in use by another Neo4j (another \`npm start\`?). Stop it first.`
                : `Neo4j failed to start: ${detail}`,
          ),
        );
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new ProvisionError(`Neo4j exited during start-up (code ${code}): ${stderrTail.join('').split('\n').filter(Boolean).slice(-3).join(' | ')}`));
    });
  });
  const launched = { child, ready, up: false };
  ready.then(() => (launched.up = true)).catch(() => {});
  return launched;
}

/**
 * Starts a Neo4j from the provisioned jars on 127.0.0.1 and resolves once Bolt accepts connections.
 * With `supervise`, an exit that stop() did not ask for is logged and followed by a restart on the
 * same port and data, with backoff; the driver reconnects by itself once Bolt answers again.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const log = opts.log ?? (() => {});
  const runtime = await provisionRuntime(opts.home, (m) => log(m));
  if (!(await portIsFree(opts.boltPort))) {
    throw new ProvisionError(`Port ${opts.boltPort} on 127.0.0.1 is already in use, so Neo4j cannot listen there. Stop whatever holds it (another \`npm start\`?) or set NEO4J_BOLT_PORT to a free port.`);
  }
  const dataDir = path.join(opts.home, 'data', opts.instance);
  mkdirSync(dataDir, { recursive: true });

  let startedAt = Date.now();
  let current = launchNeo4j(runtime, opts, dataDir);
  let startMs = 0;
  let upSince = 0;
  let failures = 0;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;

  const restart = async () => {
    if (stopping) return;
    startedAt = Date.now();
    current = launchNeo4j(runtime, opts, dataDir);
    try {
      await current.ready;
      startMs = Date.now() - startedAt;
      upSince = Date.now();
      log(`Neo4j is back after a restart that took ${startMs} ms (pid ${current.child.pid})`, 'warn');
      watch(current.child);
    } catch (e) {
      if (stopping) return;
      log(`Neo4j restart failed: ${(e as Error).message}`, 'error');
      scheduleRestart();
    }
  };
  const scheduleRestart = () => {
    if (stopping) return;
    if (upSince && Date.now() - upSince > STABLE_MS) failures = 0;
    const delay = RESTART_BACKOFF_MS[Math.min(failures, RESTART_BACKOFF_MS.length - 1)]!;
    failures += 1;
    upSince = 0;
    log(`restarting Neo4j in ${delay} ms (attempt ${failures})`, 'warn');
    restartTimer = setTimeout(() => void restart(), delay);
  };
  const watch = (child: ChildProcess) =>
    child.once('exit', (code, signal) => {
      if (stopping || child !== current.child) return;
      log(`Neo4j exited unexpectedly (${signal ?? `exit code ${code}`}, pid ${child.pid})`, 'error');
      if (opts.supervise) scheduleRestart();
    });

  const version = await current.ready;
  startMs = Date.now() - startedAt;
  upSince = Date.now();
  watch(current.child);
  return {
    uri: `bolt://127.0.0.1:${opts.boltPort}`,
    version,
    dataDir,
    get pid() {
      return current.child.pid!;
    },
    get startMs() {
      return startMs;
    },
    stop: async () => {
      stopping = true;
      clearTimeout(restartTimer);
      // One still starting (a restart) has nothing of ours to flush, and would finish starting
      // before it heeded SIGTERM: it is killed instead.
      if (!current.up) current.child.kill('SIGKILL');
      await stopChild(current.child);
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
