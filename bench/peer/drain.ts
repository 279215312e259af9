import type { Driver } from 'neo4j-driver';

const OTHERS = `SHOW TRANSACTIONS YIELD currentQuery
WHERE currentQuery IS NULL OR NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
RETURN count(*) AS running`;

/**
 * Waits until Neo4j runs no transaction but this one. A load run ends with requests in flight
 * whose clients are gone while the server still works on them; without this, that work would
 * fall on the next run (another side's, in an interleaved schedule) and on its CPU counts.
 */
export async function waitUntilIdle(driver: Driver, database: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2) {
    const { records } = await driver.executeQuery(OTHERS, {}, { database });
    quiet = Number(records[0]!.get('running')) === 0 ? quiet + 1 : 0;
    if (Date.now() > deadline) throw new Error(`Neo4j still runs transactions ${timeoutMs / 1000} s after a load run ended`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
