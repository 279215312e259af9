import { execFile } from 'node:child_process';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { keyHash } from '../../src/model/keys.js';
import { UPSERT_ENTITY, accepted, as } from '../support/writes.js';
import { testApp } from '../support/test-app.js';

/**
 * `npm run keys` (issue 11, "keys and scopes") as an operator runs it (`npm run keys -- …` is
 * `tsx src/cli/keys.ts …`): the key is printed once, alone on the last line; only its hash is
 * stored; revoking works at once; and the key appears in no log, the CLI's or the service's.
 */

let logged = '';
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    logged += chunk.toString();
    done();
  },
});
// Everything the service logs, at its most talkative.
const t = testApp({}, createLogger('trace', sink));
afterAll(async () => {
  await t.app.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: t.app.config.neo4j.database });
  await t.close();
});

function keys(...args: string[]) {
  const conn = inject('neo4j');
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/keys.ts', ...args], {
    env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database, LOG_LEVEL: 'trace' },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const name = `cli-editor-${process.pid}`;

describe('npm run keys', () => {
  it('creates a key, prints it alone on the last line, stores only its hash, and never logs it', async () => {
    const made = await keys('create', '--name', name, '--scope', 'EDIT');
    expect(made.code, made.stderr).toBe(0);
    const lines = made.stdout.trimEnd().split('\n');
    const key = lines.at(-1)!;
    expect(key).toMatch(/^kg_[A-Za-z0-9_-]{43}$/);
    // Printed once: not elsewhere on stdout, and not on stderr (where the CLI logs).
    expect(made.stdout.split(key).length - 1).toBe(1);
    expect(made.stderr).not.toContain(key);

    const db = { database: t.app.config.neo4j.database };
    const stored = await t.app.driver.executeQuery('MATCH (k:ApiKey {name: $name}) RETURN properties(k) AS p', { name }, db);
    expect(stored.records).toHaveLength(1);
    const props = stored.records[0]!.get('p') as Record<string, unknown>;
    expect(props).toMatchObject({ name, scope: 'EDIT', hash: keyHash(key) });
    // Nowhere in the graph is the key itself.
    const anywhere = await t.app.driver.executeQuery('MATCH (n) WHERE any(p IN keys(n) WHERE n[p] IS :: STRING AND n[p] CONTAINS $key) RETURN count(n) AS n', { key }, db);
    expect(Number(anywhere.records[0]!.get('n'))).toBe(0);

    // The key works, for writes that succeed and writes that are refused; the service logs neither with the key.
    const edit = as(t, key);
    accepted(await edit(UPSERT_ENTITY, { input: { key: 'keys-cli-org', name: 'Keys CLI Org', kind: 'ORGANIZATION' } }), 'upsertEntity');
    const refused = await edit(UPSERT_ENTITY, { input: { key: 'Not A Key!', name: 'x', kind: 'ORGANIZATION' } });
    expect(JSON.stringify(refused)).toMatch(/BAD_INPUT|BAD_USER_INPUT/);
    const forbidden = await edit(`mutation { mergeEntities(keep: "keys-cli-org", merge: "keys-cli-org") { userErrors { code } } }`);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(logged.length).toBeGreaterThan(0);
    expect(logged).not.toContain(key);

    const listed = await keys('list');
    expect(listed.stdout).toContain(name);
    expect(listed.stdout + listed.stderr).not.toContain(key);
    expect(listed.stdout + listed.stderr).not.toContain(keyHash(key));

    const revoked = await keys('revoke', '--name', name);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout + revoked.stderr).not.toContain(key);
    const after = await edit(UPSERT_ENTITY, { input: { key: 'keys-cli-org', name: 'Keys CLI Org', kind: 'ORGANIZATION', description: 'after revocation' } });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(logged).not.toContain(key);

    // Once revoked, the name stays taken and revoking again says so.
    expect((await keys('revoke', '--name', name)).code).toBe(1);
    expect((await keys('create', '--name', name, '--scope', 'EDIT')).code).toBe(1);
  }, 300_000);

  it('refuses a bad scope or name with usage and exit 2, writing nothing', async () => {
    const bad = await keys('create', '--name', 'bad-scope', '--scope', 'OWNER');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/usage: npm run keys/);
    const found = await t.app.driver.executeQuery("MATCH (k:ApiKey {name: 'bad-scope'}) RETURN count(k) AS n", {}, { database: t.app.config.neo4j.database });
    expect(Number(found.records[0]!.get('n'))).toBe(0);
  }, 120_000);
});
