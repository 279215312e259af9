import { afterAll, describe, expect, it } from 'vitest';
import { ownNeo4j } from '../support/own-neo4j.js';

const DEADLINE_MS = 2000;
/** Longer than any answer may take: a request still pending then has hung. */
const HUNG_MS = 15_000;

async function timed<T>(work: T | Promise<T>): Promise<{ ms: number; value: T | 'hung' }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const value = await Promise.race([Promise.resolve(work), new Promise<'hung'>((r) => (timer = setTimeout(() => r('hung'), HUNG_MS)))]);
  clearTimeout(timer);
  return { ms: Math.round(performance.now() - started), value };
}

// A Neo4j of this file's own, whose Java process is stopped (SIGSTOP) and continued: a database that
// hangs instead of failing. The shared test instance is never touched.
describe('regression: a stalled database gets a deadline', () => {
  const own = ownNeo4j('stall', { REQUEST_TIMEOUT_MS: String(DEADLINE_MS) });
  let stopped = false;

  // Runs before the cleanup ownNeo4j registered (after-hooks run last-registered first): a stopped Java process cannot stop.
  afterAll(() => {
    if (stopped) process.kill(own.neo4j.pid, 'SIGCONT');
  });

  const graphql = () => own.graphql('{ documents { key } pressures { key } }');

  /** Polls until /ready is 200 and GraphQL answers correctly (a cold or just-resumed Neo4j on a busy machine may take a moment). */
  async function answersAgain(limitMs: number): Promise<number> {
    const started = performance.now();
    for (;;) {
      const ready = (await own.yoga.fetch('http://test/ready')).status === 200;
      if (ready && JSON.stringify((await graphql()).body) === JSON.stringify({ data: { documents: [], pressures: [] } })) return Math.round(performance.now() - started);
      if (performance.now() - started > limitMs) return -1;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  it('is ready and answers while Neo4j runs', async () => {
    expect(await answersAgain(30_000)).toBeGreaterThanOrEqual(0);
  });

  it('with the Java process stopped, /ready answers 503 DATABASE_UNAVAILABLE within about a second', async () => {
    process.kill(own.neo4j.pid, 'SIGSTOP');
    stopped = true;
    for (let probe = 0; probe < 3; probe++) {
      const { ms, value } = await timed(own.yoga.fetch('http://test/ready'));
      console.log(`/ready during the stall: ${ms} ms`);
      expect(value).not.toBe('hung');
      const res = value as Response;
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', code: 'DATABASE_UNAVAILABLE' });
      expect(ms).toBeLessThan(1500);
    }
  });

  it('a GraphQL request is answered with a coded error by its deadline, and an export with 504', async () => {
    const { ms, value } = await timed(graphql());
    console.log(`GraphQL during the stall: ${ms} ms (deadline ${DEADLINE_MS} ms)`);
    expect(value).not.toBe('hung');
    const { body } = value as Awaited<ReturnType<typeof graphql>>;
    expect(['DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(body.errors?.[0]?.extensions?.code);
    expect(body.data ?? null).toBeNull();
    expect(ms).toBeLessThan(DEADLINE_MS + 1000);

    const exported = await timed(own.yoga.fetch('http://test/export/graph.json'));
    console.log(`export during the stall: ${exported.ms} ms`);
    expect(exported.value).not.toBe('hung');
    expect((exported.value as Response).status).toBe(504);
    expect(await (exported.value as Response).json()).toMatchObject({ code: 'DATABASE_TIMEOUT' });
  });

  it('recovers by itself once the process continues', async () => {
    process.kill(own.neo4j.pid, 'SIGCONT');
    stopped = false;
    const ms = await answersAgain(60_000);
    console.log(`ready and answering again ${ms} ms after SIGCONT`);
    expect(ms).toBeGreaterThanOrEqual(0);
  });
});
