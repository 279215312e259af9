/**
 * The research notebook, run the way a researcher runs it: the real seed in the test Neo4j, the real
 * server on a 127.0.0.1 port, and notebooks/pressure-network.ipynb executed headless by nbclient in
 * the project's virtualenv (.venv/, made by tests/support/python-env.ts). Any failing cell fails the
 * test. The executed copy goes to test-artifacts/notebook/, never back into notebooks/.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/store/seed-load.js';
import { ensurePythonEnv, ROOT, warnSkipped, type PythonEnv } from '../support/python-env.js';
import { SOURCES_DIR, testApp } from '../support/test-app.js';

const NOTEBOOK = path.join(ROOT, 'notebooks', 'pressure-network.ipynb');
const RUNNER = path.join(ROOT, 'tests', 'notebook', 'run_notebook.py');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'notebook');
const EXECUTED = path.join(ARTIFACTS, 'pressure-network.executed.ipynb');

interface Output {
  output_type: 'stream' | 'display_data' | 'execute_result' | 'error';
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: 'code' | 'markdown' | 'raw';
  source: string | string[];
  execution_count?: number | null;
  outputs?: Output[];
  metadata: Record<string, unknown>;
}
interface Notebook {
  nbformat: number;
  metadata: { kernelspec?: { name: string; language?: string } };
  cells: Cell[];
}

const readNotebook = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Notebook;
const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join('') : (v ?? ''));
const decodeHtml = (s: string) => s.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e]!);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the committed notebook', () => {
  const nb = readNotebook(NOTEBOOK);
  const code = nb.cells.filter((c) => c.cell_type === 'code');

  it('is an nbformat 4 Python notebook with markdown explaining its code', () => {
    expect(nb.nbformat).toBe(4);
    expect(nb.metadata.kernelspec?.name).toBe('python3');
    expect(code.length).toBeGreaterThan(5);
    expect(nb.cells.filter((c) => c.cell_type === 'markdown').length).toBeGreaterThanOrEqual(code.length / 2);
  });

  it('has no outputs and no execution counts (clear them before committing)', () => {
    const dirty = code
      .map((c, i) => ({ i, outputs: c.outputs?.length ?? 0, count: c.execution_count ?? null }))
      .filter((c) => c.outputs > 0 || c.count !== null);
    expect(dirty, 'run "Clear All Outputs" (or jupyter nbconvert --clear-output --inplace) before committing').toEqual([]);
    for (const cell of nb.cells) expect(Object.keys(cell.metadata).filter((k) => ['execution', 'collapsed', 'scrolled'].includes(k))).toEqual([]);
  });

  it('reads the server address from KG_GRAPHQL_URL and KG_BASE_URL, defaulting to npm start', () => {
    const source = code.map((c) => joined(c.source)).join('\n');
    expect(source).toContain('os.environ.get("KG_GRAPHQL_URL", "http://localhost:4000/graphql")');
    expect(source).toContain('KG_BASE_URL');
  });

  it('pins every requirement exactly', () => {
    const lines = readFileSync(path.join(ROOT, 'notebooks', 'requirements.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(lines.filter((l) => !/^[A-Za-z0-9._-]+==[A-Za-z0-9.+!-]+$/.test(l))).toEqual([]);
    const names = lines.map((l) => (l.split('==')[0] ?? '').toLowerCase());
    for (const pkg of ['pandas', 'networkx', 'matplotlib', 'requests', 'nbclient', 'nbformat', 'ipykernel']) expect(names).toContain(pkg);
  });
});

describe('the notebook executed headless against the test server', () => {
  const t = testApp();
  let env: PythonEnv = { reason: 'the Python environment was not set up' };
  let server: Server | null = null;
  let baseUrl = '';
  let executed: Notebook | null = null;
  let run: { code: number; output: string; ms: number } | null = null;

  beforeAll(async () => {
    const got = await ensurePythonEnv();
    env = got;
    if (got.reason !== undefined) {
      warnSkipped('the notebook tests (tests/integration/notebook.test.ts)', got.reason);
      return;
    }
    if (!got.installed) console.log(`[python env] reused .venv/ (requirements unchanged; checked in ${got.ms} ms)`);
    await t.app.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: t.app.config.neo4j.database });
    await loadSeed(t.app.db, path.join(ROOT, 'seed'), SOURCES_DIR);
    server = createServer(t.yoga);
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(0, '127.0.0.1', () => resolve());
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 900_000);

  afterAll(async () => {
    if (server) {
      const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    }
    if (!env.reason) await t.app.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: t.app.config.neo4j.database });
    await t.close();
  });

  it('runs every cell without an error (nbclient, in .venv)', async (ctx) => {
    if (env.reason) ctx.skip(env.reason);
    const before = sha256(NOTEBOOK);
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    const started = performance.now();
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      KG_GRAPHQL_URL: `${baseUrl}/graphql`,
      KG_BASE_URL: baseUrl,
      PYTHONUNBUFFERED: '1',
      // jupyter_core's notice about moving to platformdirs; the runner's own output is what matters.
      JUPYTER_PLATFORM_DIRS: '1',
    };
    delete childEnv.MPLBACKEND;
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      const child = spawn(env.python!, [RUNNER, NOTEBOOK, EXECUTED, '--timeout', '180'], { cwd: ROOT, env: childEnv });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      child.on('close', (code) => resolve({ code: code ?? 1, output }));
    });
    run = { ...result, ms: Math.round(performance.now() - started) };
    writeFileSync(path.join(ARTIFACTS, 'runner.log'), run.output);
    console.log(`[notebook] executed in ${(run.ms / 1000).toFixed(1)} s against ${baseUrl}: ${run.output.trim().split('\n').at(-1)}`);
    expect(sha256(NOTEBOOK), 'executing must not write into notebooks/').toBe(before);
    executed = readNotebook(EXECUTED);
    const errors = executed.cells.flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === 'error').map((o) => `${o.ename}: ${o.evalue}`));
    expect(errors, run.output).toEqual([]);
    expect(run.code, run.output).toBe(0);
    const code = executed.cells.filter((c) => c.cell_type === 'code');
    expect(code.every((c) => typeof c.execution_count === 'number')).toBe(true);
  }, 300_000);

  it('printed the same PRESSURE count as the API, and that the export agrees', async (ctx) => {
    if (env.reason) ctx.skip(env.reason);
    expect(executed, 'the notebook did not run').not.toBeNull();
    const stdout = executed!.cells.flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === 'stream' && o.name === 'stdout').map((o) => joined(o.text))).join('');
    const printed = Number(/PRESSURE relationships from GraphQL: (\d+)/.exec(stdout)?.[1]);
    const { data } = await t.gql<{ pressures: { key: string }[] }>('{ pressures { key } }');
    expect(printed).toBeGreaterThan(0);
    expect(printed).toBe(data!.pressures.length);
    expect(stdout).toContain(`export and GraphQL agree: ${printed} PRESSURE edges`);
    expect(stdout).toMatch(new RegExp(`/export/edges.csv\\?category=PRESSURE: ${printed} rows`));
    expect(stdout).toMatch(new RegExp(`graph: \\d+ entities, ${printed} PRESSURE relationships`));
    expect(stdout, 'the notebook must use KG_GRAPHQL_URL').toContain(`GraphQL endpoint: ${baseUrl}/graphql`);
  });

  const stdout = () => executed!.cells.flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === 'stream' && o.name === 'stdout').map((o) => joined(o.text))).join('');
  const html = () => decodeHtml(executed!.cells.flatMap((c) => (c.outputs ?? []).map((o) => joined(o.data?.['text/html'])).filter(Boolean)).join(''));

  it('showed the quotes behind the table, and dates with their qualifier and estimate', async (ctx) => {
    if (env.reason) ctx.skip(env.reason);
    expect(executed, 'the notebook did not run').not.toBeNull();
    const { data } = await t.gql<{ pressures: { key: string; evidence: { quote: string | null }[] }[] }>('{ pressures { key evidence { quote } } }');
    const quotes = data!.pressures.flatMap((p) => p.evidence.map((e) => e.quote)).filter((q): q is string => !!q);
    expect(quotes.length).toBeGreaterThan(0);
    expect(stdout()).toContain(`quotes shown: ${quotes.length}`);
    const shown = html();
    const ultimatum = data!.pressures.find((p) => p.key === 'hegseth-ultimatum-anthropic')!;
    for (const e of ultimatum.evidence) if (e.quote) expect(shown).toContain(e.quote);
    // Regression: the table said "2026-02 MONTH" while the plot put the point at 19 February.
    expect(shown).toContain('late Feb 2026 (estimated)');
    expect(shown).toContain('2026-02-19 – 2026-02-28');
  });

  it('listed every dispute, and what was known at each publication date (asOf)', async (ctx) => {
    if (env.reason) ctx.skip(env.reason);
    expect(executed, 'the notebook did not run').not.toBeNull();
    const { data } = await t.gql<{ disputes: { claims: unknown[] }[] }>('{ disputes { claims { value } } }');
    const claims = data!.disputes.reduce((n, d) => n + d.claims.length, 0);
    expect(stdout()).toContain(`disputes from GraphQL: ${data!.disputes.length} with ${claims} claims`);
    const known = [...stdout().matchAll(/known by (\d{4}-\d{2}-\d{2}): (\d+) PRESSURE relationships/g)];
    expect(known.length).toBeGreaterThanOrEqual(3);
    for (const [, day, n] of known) {
      const res = await t.gql<{ pressures: unknown[] }>('query($d: Date!) { pressures(asOf: $d) { key } }', { d: day });
      expect(Number(n), `asOf ${day}`).toBe(res.data!.pressures.length);
    }
    const args = await t.gql<{ __type: { fields: { name: string; args: { name: string }[] }[] } }>('{ __type(name: "Query") { fields { name args { name } } } }');
    const hasRecorded = args.data!.__type.fields.some((f) => f.name === 'pressures' && f.args.some((a) => a.name === 'recordedAsOf'));
    expect(stdout()).toMatch(hasRecorded ? /recordedAsOf \d{4}-\d{2}-\d{2}: \d+ PRESSURE relationships/ : /recordedAsOf: not in this server's schema yet; skipped/);
  });

  it('drew the timeline, the network and the asOf curve as PNG figures', (ctx) => {
    if (env.reason) ctx.skip(env.reason);
    expect(executed, 'the notebook did not run').not.toBeNull();
    const pngs = executed!.cells.flatMap((c) => (c.outputs ?? []).map((o) => o.data?.['image/png']).filter((p): p is string | string[] => !!p));
    expect(pngs.length).toBeGreaterThanOrEqual(3);
    pngs.forEach((b64, i) => {
      const png = Buffer.from(joined(b64), 'base64');
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.length).toBeGreaterThan(20_000);
      writeFileSync(path.join(ARTIFACTS, `figure-${i + 1}.png`), png);
    });
  });

  it('showed the tables (pandas HTML) it built', (ctx) => {
    if (env.reason) ctx.skip(env.reason);
    expect(executed, 'the notebook did not run').not.toBeNull();
    const html = executed!.cells.flatMap((c) => (c.outputs ?? []).map((o) => joined(o.data?.['text/html'])).filter(Boolean));
    expect(html.length).toBeGreaterThanOrEqual(3);
    expect(html.join('')).toContain('ISSUED_ULTIMATUM');
  });
});
