import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localPassword, neo4jVersion } from '../../src/neo4j/provision.js';
import { createDriver, createExecutor } from '../../src/store/executor.js';
import { createKey } from '../../src/store/key-store.js';
import { freePort } from '../support/net.js';

/**
 * Issue 11, "nothing is lost": the real entry point (`npm start`) with a Neo4j of its own that it
 * supervises; a stream of API writes runs while the Java process is killed with SIGKILL. After
 * the restart every write the API acknowledged is there, and no write is there in part.
 */
describe('an acknowledged write survives kill -9 of Neo4j during a stream of writes', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'kg-durable-'));
  const version = neo4jVersion();
  symlinkSync(path.join(inject('neo4j').home, `runtime-${version}`), path.join(home, `runtime-${version}`));
  let child: ChildProcess | null = null;
  let out = '';
  let httpPort: number;
  let boltPort: number;

  const logged = (msg: RegExp) =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, any>)
      .filter((l) => msg.test(l.msg));
  const until = async (done: () => boolean, ms: number) => {
    for (const end = Date.now() + ms; !done() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 200));
  };

  beforeAll(async () => {
    httpPort = await freePort();
    boltPort = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
      env: { ...process.env, PORT: String(httpPort), NEO4J_BOLT_PORT: String(boltPort), NEO4J_HOME: home, SEED_ON_START: 'false', LOG_LEVEL: 'info', NEO4J_URI: '', NEO4J_HEAP: '512m', NEO4J_PAGECACHE_MB: '64' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    await until(() => out.includes('GraphQL and GraphiQL') || child!.exitCode !== null, 600_000);
    if (!out.includes('GraphQL and GraphiQL')) throw new Error(`npm start did not come up:\n${out}`);
  });

  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  });

  it('every acknowledged write is present after recovery, and every present write is whole', async () => {
    // The key is made as `npm run keys` makes it, on the server's own Neo4j.
    const driver = createDriver(`bolt://127.0.0.1:${boltPort}`, 'neo4j', localPassword(home, null));
    const key = await createKey(createExecutor(driver, { database: 'neo4j', timeoutMs: 30_000 }), 'durable-editor', 'EDIT');

    const post = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`http://127.0.0.1:${httpPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(60_000),
      });
      return { status: res.status, body: (await res.json().catch(() => null)) as any };
    };
    const acknowledged: string[] = [];
    // What the other writes got: "HTTP status code" or the socket error, counted.
    const failures = new Map<string, number>();
    let killed = false;
    let ackedAfterKill = 0;
    let next = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const n = next++;
        const k = `durable-${n}`;
        const r = await post(`mutation($input: EntityInput!) { upsertEntity(input: $input, expectedVersion: 0) { entity { key version } userErrors { code } } }`, {
          input: { key: k, name: `Durable Org ${n}`, kind: 'ORGANIZATION', aliases: [`DO-${n}`], description: `Organisation ${n} of a write stream.` },
        }).catch((e: Error) => ({ status: 0, body: { error: e.message } }));
        if (r.status === 200 && r.body?.data?.upsertEntity?.entity?.key === k && r.body.data.upsertEntity.userErrors.length === 0) {
          acknowledged.push(k);
          if (killed) ackedAfterKill++;
        } else {
          const why = `${r.status} ${r.body?.errors?.[0]?.extensions?.code ?? r.body?.data?.upsertEntity?.userErrors?.[0]?.code ?? r.body?.error ?? ''}`;
          failures.set(why, (failures.get(why) ?? 0) + 1);
          // Through the outage: a slow stream, not a storm on a machine that is restarting Neo4j.
          await new Promise((res) => setTimeout(res, 500));
        }
      }
    };
    const workers = Array.from({ length: 2 }, worker);

    await until(() => acknowledged.length >= 20, 120_000);
    const [up] = logged(/^Neo4j is up$/);
    process.kill(up!.pid as number, 'SIGKILL');
    killed = true;
    const ackedBeforeKill = acknowledged.length;
    // The stream goes on through the outage (those writes fail) and after the supervisor's restart.
    await until(() => logged(/^Neo4j is back after a restart/).length > 0 || child!.exitCode !== null, 600_000);
    await until(() => ackedAfterKill >= 10, 120_000);
    stop = true;
    await Promise.all(workers);
    const restart = logged(/^Neo4j (exited|is back|restart)/).map((l) => l.msg);
    console.log(`kill -9 during a write stream: ${ackedBeforeKill} writes acknowledged before the kill, ${acknowledged.length} in all; the others: ${JSON.stringify(Object.fromEntries(failures))}; supervisor: ${JSON.stringify(restart)}`);
    expect(logged(/^Neo4j exited unexpectedly \(SIGKILL/)).toHaveLength(1);
    expect(logged(/^Neo4j is back after a restart/), out.slice(-3000)).toHaveLength(1);
    expect(ackedAfterKill).toBeGreaterThanOrEqual(10);

    // Read back through the API: every acknowledged write, as it was acknowledged.
    // In requests of ten aliases: the armour refuses more aliases in one operation.
    for (let from = 0; from < acknowledged.length; from += 10) {
      const batch = acknowledged.slice(from, from + 10);
      const read = await post(`{ ${batch.map((k, i) => `e${i}: entity(key: "${k}") { key name aliases version }`).join(' ')} }`, {});
      expect(read.body.errors, JSON.stringify(read.body.errors)).toBeUndefined();
      for (const [i, k] of batch.entries()) {
        const n = k.slice('durable-'.length);
        expect(read.body.data[`e${i}`]).toEqual({ key: k, name: `Durable Org ${n}`, aliases: [`DO-${n}`], version: 1 });
      }
    }

    // No partial write: every entity of the stream (acknowledged or not) came with its Tx and its
    // Change, every Tx has its changes, and the version counter is the last Tx.
    const db = { database: 'neo4j' };
    const whole = await driver.executeQuery(
      `MATCH (n:Entity) WHERE n.key STARTS WITH 'durable-'
       OPTIONAL MATCH (c:Change {subject: n.key})
       WITH n, count(c) AS changes, collect(c.version)[0] AS v
       OPTIONAL MATCH (t:Tx {n: v})
       RETURN n.key AS key, n.version AS version, changes, count(t) AS txs`,
      {},
      db,
    );
    const present = whole.records.map((r) => r.toObject());
    expect(present.map((p) => p.key)).toEqual(expect.arrayContaining(acknowledged));
    for (const p of present) expect({ key: p.key, version: Number(p.version), changes: Number(p.changes), txs: Number(p.txs) }).toEqual({ key: p.key, version: 1, changes: 1, txs: 1 });
    const log = await driver.executeQuery(
      `MATCH (g:GraphVersion {id: 'graph'})
       CALL () { MATCH (t:Tx) RETURN count(t) AS txs, max(t.n) AS last }
       CALL () { MATCH (t:Tx) WHERE NOT EXISTS { MATCH (c:Change {version: t.n}) } RETURN count(t) AS empty }
       RETURN g.n AS counter, txs, last, empty`,
      {},
      db,
    );
    const l = log.records[0]!.toObject();
    expect({ counter: Number(l.counter), txs: Number(l.txs), last: Number(l.last), empty: Number(l.empty) }).toEqual({ counter: Number(l.txs), txs: Number(l.txs), last: Number(l.txs), empty: 0 });
    await driver.close();
  }, 1_500_000);
});
