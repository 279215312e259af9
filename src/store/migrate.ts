import type { Driver } from 'neo4j-driver';
import { cypher, cypherNames, statementsOf } from './cypher-files.js';
import { named, translateError, type Executor } from './executor.js';

/**
 * Applies cypher/migrations/NNN-*.cypher in order. Schema statements cannot share a transaction
 * with data or take parameters, so they run one by one in auto-commit transactions.
 */
export async function migrate(driver: Driver, database: string): Promise<number> {
  const session = driver.session({ database });
  let applied = 0;
  try {
    for (const name of cypherNames('migrations/').filter((n) => /\/\d{3}-/.test(n))) {
      for (const statement of statementsOf(name)) {
        await session.run(statement);
        applied++;
      }
    }
    await session.run(cypher('migrations/await-indexes'));
  } catch (e) {
    throw translateError(e);
  } finally {
    await session.close();
  }
  return applied;
}

/** The server's version and edition, for /ready. */
export async function dbComponents(db: Executor): Promise<{ name: string; version: string; edition: string }[]> {
  return db.read(named('queries/db-components'));
}
