import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchNeo4j } from '../../src/neo4j/local-neo4j.js';
import { ProvisionError } from '../../src/neo4j/provision.js';

/**
 * Guards the supervisor against a Neo4j that never comes up: the launch gives up after its start
 * timeout, and the Java process it gave up on must be gone, or it would hold the port and the
 * data folder's lock and every restart after it would fail. A stand-in for `java` that never
 * reports ready is enough here: this is about the process, not the database.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'kg-start-timeout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a Neo4j start that times out', () => {
  it('kills the process it gave up on', async () => {
    const pidFile = path.join(dir, 'pid');
    const fakeJava = path.join(dir, 'java');
    writeFileSync(fakeJava, `#!/bin/sh\necho $$ > ${pidFile}\nexec sleep 60\n`);
    chmodSync(fakeJava, 0o755);
    const launched = launchNeo4j(
      { java: fakeJava, classpath: '', version: 'test' },
      { home: dir, instance: 'x', boltPort: 1, password: 'p', heap: '64m', pageCacheMb: 8 },
      dir,
      300,
    );
    await expect(launched.ready).rejects.toBeInstanceOf(ProvisionError);
    await expect(launched.ready).rejects.toThrow(/did not start within/);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(pid)).toBe(false);
  });
});
