/**
 * `npm run ingest` as a person runs it: the CLI in its own process, talking HTTP to a real service
 * (the real Yoga on the test Neo4j with the seed graph) on a free loopback port.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/store/key-store.js';
import { SOURCES_DIR, testApp, withSeedGraph } from '../support/test-app.js';

const run = promisify(execFile);
const t = testApp();
withSeedGraph(t);

let server: Server;
let endpoint: string;
let editKey: string;
let readKey: string;
let dir: string;
let file: string;

/** Runs the CLI; never throws, gives the exit code and both streams. */
async function ingest(args: string[], env: Record<string, string | undefined> = { KG_API_KEY: editKey }) {
  const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...env };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], { env: childEnv, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

const common = () => ['--title', 'Ingest CLI test', '--published', '2026-03-01', '--reliability', 'MEDIUM', '--reason', 'Built by the ingest CLI test from a seed text.'];

beforeAll(async () => {
  editKey = await createKey(t.app.db, `ingest-cli-edit-${process.pid}`, 'EDIT');
  readKey = await createKey(t.app.db, `ingest-cli-read-${process.pid}`, 'READ');
  server = createServer(t.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  // A new document made at run time from a seed text: its longer paragraphs, so not the stored
  // document's text, and no article text in the repository.
  const seedText = readFileSync(path.join(SOURCES_DIR, readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt')).sort()[0]!), 'utf8');
  const paragraphs = seedText.split('\n').filter((l) => l.trim().length > 120).slice(0, 8);
  dir = mkdtempSync(path.join(tmpdir(), 'kg-ingest-'));
  file = path.join(dir, 'article.txt');
  writeFileSync(file, paragraphs.join('\n'));
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  it('adds the document, proposes, prints a table and the /review address, and never prints the key', async () => {
    const r = await ingest([file, ...common(), '--url', 'https://example.org/ingest-test', '--endpoint', endpoint]);
    expect(r.code, r.stderr).toBe(0);
    const doc = /^Document (\S+) added: Ingest CLI test$/m.exec(r.stdout)?.[1];
    expect(doc, r.stdout).toBeDefined();
    expect(r.stdout).toMatch(/^#\s+source\s+type\s+target\s+category\s+cameo\s+when\s+deadline\s+amount\s+conf\s+status$/m);
    const printed = Number(/^(\d+) proposals \(\1 new this run, \1 pending\)/m.exec(r.stdout)?.[1]);
    expect(printed).toBeGreaterThan(0);
    expect(r.stdout).toContain(`Review them: ${endpoint.replace('/graphql', '')}/review?document=${doc}`);
    expect(`${r.stdout}${r.stderr}`).not.toContain(editKey);
    const res = await t.gql(`query($doc: String!) { proposals(document: $doc) { totalCount edges { node { status document { key title url publishedOn { iso } reliability } } } } }`, { doc });
    expect(res.errors).toBeUndefined();
    expect(res.data.proposals.totalCount).toBe(printed);
    expect(res.data.proposals.edges[0].node).toEqual({
      status: 'PENDING',
      document: { key: doc, title: 'Ingest CLI test', url: 'https://example.org/ingest-test', publishedOn: { iso: '2026-03-01' }, reliability: 'MEDIUM' },
    });
    // Again: the same document and the same proposals, none new.
    const again = await ingest([file, ...common(), '--endpoint', endpoint]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`Document ${doc} was already there`);
    expect(again.stdout).toMatch(new RegExp(`^${printed} proposals \\(0 new this run`, 'm'));
  }, 300_000);

  it('fails with exit code 1 and says why: no key, a key too weak, no file, a userError, no service', async () => {
    const noKey = await ingest([file, ...common(), '--endpoint', endpoint], {});
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toContain('KG_API_KEY is not set');

    const weak = await ingest([file, ...common(), '--endpoint', endpoint], { KG_API_KEY: readKey });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/FORBIDDEN.*EDIT scope/);
    expect(weak.stderr).not.toContain(readKey);

    const noFile = await ingest([path.join(dir, 'missing.txt'), ...common(), '--endpoint', endpoint]);
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain('cannot read');
    expect(noFile.stderr).toContain('ENOENT');

    const badDate = await ingest([file, ...common().slice(0, 2), '--published', '2026-02-30', ...common().slice(4), '--endpoint', endpoint]);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(/addDocument was refused:\n\s+BAD_INPUT \(input\.publishedOn\)/);

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const down = await ingest([file, ...common(), '--endpoint', `http://127.0.0.1:${port}/graphql`]);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(`cannot reach http://127.0.0.1:${port}/graphql (ECONNREFUSED)`);
  });

  it('refuses bad arguments with the usage line and exit code 2', async () => {
    const r = await ingest([file, '--title', 'x', '--reliability', 'VERY', '--reason', 'r', '--endpoint', endpoint]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--reliability must be HIGH, MEDIUM or LOW');
    expect(r.stderr).toContain('usage: KG_API_KEY=');
  });
});
