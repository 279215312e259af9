import { createServer } from 'node:net';

/** A port that was free on 127.0.0.1 a moment ago, for a server or a Neo4j of the test's own. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
