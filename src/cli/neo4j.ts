/**
 * `npm run neo4j -- start|status|stop`: the project's own Neo4j, by hand, for recovery.
 *   start   runs it in the foreground (Ctrl-C stops it), for `npm run seed` or a shell of your own;
 *   status  says whether it answers on its port, its version, data folder and process;
 *   stop    ends a Neo4j of this project left running (a crashed `npm start`), gently then firmly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { localPassword } from '../neo4j/provision.js';
import { openStore } from '../store/connect.js';
import { dbComponents } from '../store/migrate.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
const command = process.argv[2] ?? 'status';
const instance = process.argv.includes('--instance') ? process.argv[process.argv.indexOf('--instance') + 1]! : 'dev';
const dataDir = path.join(config.neo4j.home, 'data', instance);

/** Java processes started by this project's launcher for this data folder (their environment names it). */
function ourProcesses(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const env = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (env.includes(`KG_NEO4J_HOME=${dataDir}`)) pids.push(Number(entry));
    } catch {
      // Gone, or not ours to read.
    }
  }
  return pids;
}

async function status(): Promise<number> {
  const pids = ourProcesses();
  const store = openStore(config, { uri: `bolt://127.0.0.1:${config.neo4j.boltPort}`, user: 'neo4j', password: localPassword(config.neo4j.home, config.neo4j.password) });
  try {
    const rows = await dbComponents(store.db.forRequest({ deadlineAt: Date.now() + 3000 }));
    console.log(`Neo4j ${rows[0]?.version} answers on bolt://127.0.0.1:${config.neo4j.boltPort}; data ${dataDir}; process ${pids.join(', ') || 'not started by this project'}`);
    return 0;
  } catch {
    console.log(`No Neo4j answers on port ${config.neo4j.boltPort}. Data ${dataDir}${existsSync(dataDir) ? '' : ' (none yet)'}; ${pids.length ? `process ${pids.join(', ')} of this project is alive but not answering: \`npm run neo4j -- stop\`` : 'no process of this project is running'}.`);
    return 1;
  } finally {
    await store.close();
  }
}

async function stop(): Promise<number> {
  const pids = ourProcesses();
  if (!pids.length) {
    console.log(`No Neo4j of this project is running on ${dataDir}.`);
    return 0;
  }
  for (const pid of pids) process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (ourProcesses().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  for (const pid of ourProcesses()) process.kill(pid, 'SIGKILL');
  console.log(`Stopped ${pids.join(', ')}.`);
  return 0;
}

async function start(): Promise<number> {
  const log = createLogger(config.logLevel);
  const running = await startLocalNeo4j({
    home: config.neo4j.home,
    instance,
    boltPort: config.neo4j.boltPort,
    password: localPassword(config.neo4j.home, config.neo4j.password),
    heap: config.neo4j.heap,
    pageCacheMb: config.neo4j.pageCacheMb,
    log: (m) => log.info(m),
  });
  console.log(`Neo4j ${running.version} on ${running.uri} (user neo4j, password in ${path.join(config.neo4j.home, 'password')}); data ${running.dataDir}. Ctrl-C stops it.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.stop();
  return 0;
}

const commands: Record<string, () => Promise<number>> = { start, status, stop };
const run = commands[command];
if (!run) {
  console.error(`usage: npm run neo4j -- start|status|stop [--instance dev]`);
  process.exit(2);
}
process.exit(await run());
