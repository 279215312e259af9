import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { provisionRuntime, ProvisionError } from '../../src/neo4j/provision.js';

/** Start-up failures a newcomer can hit, each with a message that says what to do. */
describe('regression: provisioning errors name the fix', () => {
  const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };
  const temp: string[] = [];
  afterEach(() => {
    process.env.PATH = saved.PATH;
    if (saved.JAVA_HOME === undefined) delete process.env.JAVA_HOME;
    else process.env.JAVA_HOME = saved.JAVA_HOME;
    for (const d of temp.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const emptyHome = () => {
    const d = mkdtempSync(path.join(tmpdir(), 'kg-provision-'));
    temp.push(d);
    return d;
  };

  it('says to install a JDK when Java is missing', async () => {
    process.env.JAVA_HOME = '/nonexistent-jdk';
    const error = await provisionRuntime(emptyHome()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisionError);
    expect((error as Error).message).toMatch(/Java was not found.*install a JDK/);
  });

  it('says to install Maven, or to use NEO4J_URI, when Maven is missing and nothing is downloaded yet', async () => {
    process.env.JAVA_HOME = '/usr/lib/jvm/java-17-openjdk-amd64';
    process.env.PATH = emptyHome(); // no mvn on it
    const error = await provisionRuntime(emptyHome()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisionError);
    expect((error as Error).message).toMatch(/Maven \(`mvn`\) was not found.*NEO4J_URI/);
  });

  it('names the port and the variable to change when the Bolt port is taken', async () => {
    const { home, password } = inject('neo4j');
    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const error = await startLocalNeo4j({ home, instance: `taken-${port}`, boltPort: port, password, heap: '256m', pageCacheMb: 32 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProvisionError);
      expect((error as Error).message).toMatch(new RegExp(`Port ${port} .*already in use.*NEO4J_BOLT_PORT`));
    } finally {
      holder.close();
      rmSync(path.join(home, 'data', `taken-${port}`), { recursive: true, force: true });
    }
  });
});
