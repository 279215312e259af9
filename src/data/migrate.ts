import { z } from 'zod';
import { cypherNames, statementsOf } from './cypher-files.js';
import type { Driver } from 'neo4j-driver';
import { translateError } from './executor.js';
import { cypher } from './cypher-files.js';

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

export const componentRow = z.object({ name: z.string(), version: z.string(), edition: z.string() });
