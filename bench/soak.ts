/**
 * `npm run soak`: the service under load, faults and fuzzing, on loopback only and bounded in time.
 * It runs the real entry point (src/cli/start.ts) in a child process with a Neo4j of its own on free
 * ports, and prints a markdown table. Nothing here asserts; the tests do. Phases:
 *   1. load: many keep-alive clients asking read-only questions with known answers;
 *   2. kill -9 of the Java process under load: time until answers are correct again, wrong answers;
 *   3. a stall (SIGSTOP, then SIGCONT) under load: the longest request, the codes seen;
 *   4. seed reloads (alternating two variants) under readers: responses that mix both (torn);
 *   5. fuzzed operations, amplifying shapes included: 5xx and leaks.
 * `npm run soak -- --quick` is a short run for development; see --help for every flag.
 */
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { freePort } from '../tests/support/net.js';
import { captureExpected, LoadStats, runLoad } from './soak/load.js';
import { prng, rssMb, sleep, table, Tally } from './soak/measure.js';
import { fuzz } from './soak/fuzz.js';
import { startService, type Service } from './soak/service.js';
import { tornReads } from './soak/torn-reads.js';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'load-seconds': { type: 'string' },
    clients: { type: 'string' },
    'window-seconds': { type: 'string' },
    'fault-clients': { type: 'string' },
    'stall-seconds': { type: 'string' },
    readers: { type: 'string' },
    'reload-seconds': { type: 'string' },
    fuzz: { type: 'string' },
    'fuzz-clients': { type: 'string' },
    seed: { type: 'string' },
    skip: { type: 'string', default: '' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  console.log(`npm run soak -- [--quick] [--load-seconds 180] [--clients 64] [--window-seconds 60] [--fault-clients 16]
  [--stall-seconds 20] [--readers 16] [--reload-seconds 60] [--fuzz 10000] [--fuzz-clients 8] [--seed 1]
  [--skip load,kill,stall,reload,fuzz]`);
  process.exit(0);
}
const q = flags.quick;
const num = (v: string | undefined, full: number, quick: number) => (v !== undefined ? Number(v) : q ? quick : full);
const cfg = {
  loadMs: num(flags['load-seconds'], 180, 30) * 1000,
  clients: num(flags.clients, 64, 16),
  windowMs: num(flags['window-seconds'], 60, 10) * 1000,
  faultClients: num(flags['fault-clients'], 16, 8),
  stallMs: num(flags['stall-seconds'], 20, 10) * 1000,
  readers: num(flags.readers, 16, 8),
  reloadMs: num(flags['reload-seconds'], 60, 20) * 1000,
  fuzz: num(flags.fuzz, 10_000, 1_000),
  fuzzClients: num(flags['fuzz-clients'], 8, 4),
  seed: num(flags.seed, 1, 1),
  skip: new Set(flags.skip!.split(',').filter(Boolean)),
};
const log = (m: string) => console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${m}`);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const report: string[] = [];

const service: Service = await startService({ port: await freePort(), bolt: await freePort(), log });
const rssStart = { node: rssMb(service.nodePid), java: rssMb(service.javaPid()) };
let exitCode: number | null = null;
try {
  const probes = await captureExpected(service.port);
  log(`${probes.length} probe answers captured`);

  if (!cfg.skip.has('load')) {
    log(`load: ${cfg.clients} clients for ${s(cfg.loadMs)}`);
    const start = performance.now();
    const rssBefore = { node: rssMb(service.nodePid), java: rssMb(service.javaPid()) };
    const stats = await runLoad({ port: service.port, clients: cfg.clients, probes, stop: () => performance.now() - start > cfg.loadMs });
    const rssAfter = { node: rssMb(service.nodePid), java: rssMb(service.javaPid()) };
    const errors = new Tally();
    for (const [k, v] of stats.codes.counts) if (k !== 'correct') errors.add(k, v);
    report.push(
      `### Load: ${cfg.clients} clients for ${s(cfg.loadMs)}`,
      '',
      table(['requests', 'per second', 'errors by code', 'wrong answers', 'Node RSS start → end', 'Java RSS start → end'], [
        [stats.requests, Math.round(stats.requests / (cfg.loadMs / 1000)), errors.toString(), stats.wrong, `${rssBefore.node} → ${rssAfter.node} MB`, `${rssBefore.java} → ${rssAfter.java} MB`],
      ]),
      '',
      table(
        [`window (${cfg.windowMs / 1000} s)`, 'requests', 'p50 ms', 'p99 ms'],
        stats.windows(start, cfg.windowMs).filter((w) => w.index * cfg.windowMs < cfg.loadMs).map((w) => [w.index + 1, w.n, w.p50, w.p99]),
      ),
      '',
    );
  }

  if (!cfg.skip.has('kill')) {
    log(`kill -9 of Neo4j under ${cfg.faultClients} clients`);
    const stats = new LoadStats();
    let killedAt = Infinity;
    let recoveredAt = Infinity;
    const start = performance.now();
    const loading = runLoad({
      port: service.port,
      clients: cfg.faultClients,
      probes,
      stats,
      stop: () => performance.now() > recoveredAt + 5_000 || performance.now() - killedAt > 600_000,
      onOutcome: (o, _p, correct) => {
        if (correct && o.sentAt > killedAt && recoveredAt === Infinity) recoveredAt = o.sentAt + o.ms;
      },
    });
    await sleep(3_000);
    const pid = service.javaPid();
    const restartsBefore = service.restarts.length;
    killedAt = performance.now();
    process.kill(pid, 'SIGKILL');
    await loading;
    // Bolt may answer a moment before the launcher reports the start complete (with the new pid).
    for (let i = 0; i < 3000 && service.restarts.length === restartsBefore; i++) await sleep(100);
    const restartMs = service.restarts.at(-1);
    report.push(
      `### kill -9 of Neo4j under ${cfg.faultClients} clients`,
      '',
      table(['correct answers again after', "Neo4j's restart took", 'wrong answers', 'requests', 'answers by code'], [
        [recoveredAt === Infinity ? 'never (600 s)' : s(recoveredAt - killedAt), restartMs === undefined ? '—' : s(restartMs), stats.wrong, stats.requests, stats.codes.toString()],
      ]),
      stats.wrong ? `\nWrong answers by question: ${stats.wrongByProbe.toString()}.` : '',
      '',
    );
    log(`kill phase done in ${s(performance.now() - start)}`);
  }

  if (!cfg.skip.has('stall')) {
    log(`stall: SIGSTOP of Neo4j for ${s(cfg.stallMs)} under ${cfg.faultClients} clients`);
    const stats = new LoadStats();
    let stoppedAt = Infinity;
    let continuedAt = Infinity;
    let recoveredAt = Infinity;
    let longestDuring = 0;
    const codesDuring = new Tally();
    const loading = runLoad({
      port: service.port,
      clients: cfg.faultClients,
      probes,
      stats,
      stop: () => performance.now() > recoveredAt + 3_000 || performance.now() - continuedAt > 300_000,
      onOutcome: (o, _p, correct) => {
        const end = o.sentAt + o.ms;
        if (end > stoppedAt && o.sentAt < continuedAt) {
          longestDuring = Math.max(longestDuring, o.ms);
          codesDuring.add(correct ? 'correct' : (o.code ?? 'WRONG_ANSWER'));
        }
        if (correct && o.sentAt > continuedAt && recoveredAt === Infinity) recoveredAt = end;
      },
    });
    await sleep(3_000);
    const pid = service.javaPid();
    stoppedAt = performance.now();
    process.kill(pid, 'SIGSTOP');
    await sleep(cfg.stallMs);
    process.kill(pid, 'SIGCONT');
    continuedAt = performance.now();
    await loading;
    report.push(
      `### A ${s(cfg.stallMs)} stall (SIGSTOP) under ${cfg.faultClients} clients`,
      '',
      table(['longest request during the stall', 'answers during the stall by code', 'correct again after SIGCONT', 'wrong answers'], [
        [`${Math.round(longestDuring)} ms`, codesDuring.toString(), recoveredAt === Infinity ? 'never' : s(recoveredAt - continuedAt), stats.wrong],
      ]),
      '',
    );
  }

  if (!cfg.skip.has('reload')) {
    log(`seed reloads for ${s(cfg.reloadMs)} under ${cfg.readers} readers`);
    const config = loadConfig({ LOG_LEVEL: 'silent', QUERY_TIMEOUT_MS: '120000' });
    const app = createApp(config, createLogger('silent'), service.connection);
    try {
      const r = await tornReads({ port: service.port, db: app.db, seedDir: config.seedDir, sourcesDir: config.sourcesDir, readers: cfg.readers, durationMs: cfg.reloadMs });
      const mean = r.reloads.length ? Math.round(r.reloads.reduce((a, b) => a + b, 0) / r.reloads.length) : 0;
      report.push(
        `### Seed reloads under ${cfg.readers} readers (${s(cfg.reloadMs)})`,
        '',
        table(['reloads', 'mean reload', 'responses', 'torn responses', 'responses by kind'], [[r.reloads.length, `${mean} ms`, r.responses, r.torn, r.outcomes.toString()]]),
        '',
      );
    } finally {
      await app.driver.close();
    }
  }

  if (!cfg.skip.has('fuzz')) {
    log(`fuzz: ${cfg.fuzz} operations over ${cfg.fuzzClients} clients (seed ${cfg.seed})`);
    const f = await fuzz({ port: service.port, total: cfg.fuzz, clients: cfg.fuzzClients, rand: prng(cfg.seed) });
    report.push(
      `### ${cfg.fuzz} fuzzed operations (seed ${cfg.seed})`,
      '',
      table(['5xx or dropped', '504 at the deadline', 'leaks', 'by status', 'longest', 'largest response', 'shapes'], [
        [f.fiveXx.length, f.deadlines.length, f.leaks.length, f.byStatus.toString(), `${f.longestMs} ms`, `${Math.round(f.largestBody / 1024)} KB`, f.byShape.toString()],
      ]),
      '',
      `Codes: ${f.codes.toString()}.`,
      ...f.fiveXx.slice(0, 10).map((x) => `- 5xx: ${x}`),
      ...f.deadlines.slice(0, 5).map((x) => `- 504 at the deadline: ${x}`),
      ...f.leaks.slice(0, 10).map((x) => `- leak: ${x}`),
      '',
    );
  }
} finally {
  const rssEnd = { node: rssMb(service.nodePid), java: rssMb(service.javaPid()) };
  const stopping = performance.now();
  exitCode = await service.stop();
  report.push(
    '### Whole run',
    '',
    table(['Node RSS start → end', 'Java RSS start → end', 'warn/error log lines', 'Ctrl-C: exit code, time'], [
      [`${rssStart.node} → ${rssEnd.node} MB`, `${rssStart.java} → ${rssEnd.java} MB`, service.warnings(), `${exitCode}, ${s(performance.now() - stopping)}`],
    ]),
  );
  console.log(`\n## Soak (${q ? 'quick' : 'full'} run, ${new Date().toISOString().slice(0, 10)})\n\n${report.join('\n')}\n`);
}
process.exit(0);
