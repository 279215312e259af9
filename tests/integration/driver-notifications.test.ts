import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/store/executor.js';

/**
 * Guards the driver's notification filter. The stored form leaves absent properties out, so most
 * statements name keys, labels and types that a given graph may not hold (`txTo`, `retracted`,
 * `State`, …), and Neo4j then attaches a warning for each to every result summary: up to 19 on
 * `paths`, which cost more to serialise and unpack than the statement itself.
 */

const conn = inject('neo4j');
const ours = createDriver(conn.uri, conn.user, conn.password);
const plain = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password));
afterAll(async () => {
  await ours.close();
  await plain.close();
});

const STATEMENT = 'MATCH (n:NoSuchLabelHere) WHERE n.noSuchPropertyHere IS NULL RETURN n.otherMissingProperty AS x';

async function notifications(driver: typeof ours): Promise<number> {
  const session = driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(STATEMENT)).summary.notifications.length;
  } finally {
    await session.close();
  }
}

describe('the service driver asks Neo4j for no notifications', () => {
  it('a statement naming unknown labels and properties warns on a default driver and not on ours', async () => {
    expect(await notifications(plain)).toBeGreaterThan(0);
    expect(await notifications(ours)).toBe(0);
  });
});
