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
  log?: (msg: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  version: string;
  dataDir: string;
  stop(): Promise<void>;
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Starts a Neo4j from the provisioned jars on 127.0.0.1 and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const log = opts.log ?? (() => {});
  const runtime = await provisionRuntime(opts.home, log);
  if (!(await portIsFree(opts.boltPort))) {
    throw new ProvisionError(`Port ${opts.boltPort} on 127.0.0.1 is already in use, so Neo4j cannot listen there. Stop whatever holds it (another \`npm start\`?) or set NEO4J_BOLT_PORT to a free port.`);
  }
  const dataDir = path.join(opts.home, 'data', opts.instance);
  mkdirSync(dataDir, { recursive: true });
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
    },
  );
  const stderrTail: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => {
    stderrTail.push(chunk.toString());
    if (stderrTail.length > 40) stderrTail.shift();
  });
  const version = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ProvisionError(`Neo4j did not start within 180 s; see ${path.join(dataDir, 'logs/debug.log')}`)), 180_000);
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
  return { uri: `bolt://127.0.0.1:${opts.boltPort}`, version, dataDir, stop: () => stopChild(child) };
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
