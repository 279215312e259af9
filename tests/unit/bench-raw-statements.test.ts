import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { entitiesStatement, rawCall, rawStatement } from '../../bench/peer/raw/statements.js';
import { SCALE_SHAPES } from '../../bench/scale/shapes.js';
import { appOn } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { Executor, Statement } from '../../src/store/executor.js';
import { buildYoga } from '../../src/yoga.js';

/**
 * The raw side of bench:peer and bench:scale must run exactly the statements our server runs, so
 * that it is the floor for them. Our server runs here on an executor that records each statement
 * instead of sending it; the raw side's statement is built from the field and arguments its
 * operation gives (rawCall).
 */

/** What the recording executor answers: a relationship and a path, so that the loads that follow them are seen too. */
const REL = { type: 'HOLDS_ROLE', category: 'AFFILIATION', status: 'REPORTED', sortMs: 0, source: 'dario-amodei', target: 'anthropic' };
const PATH = { nodes: ['pete-hegseth', 'anthropic', 'deepseek'], keys: ['r1', 'r2'], rows: [{ ...REL, key: 'r1' }, { ...REL, key: 'r2' }] };

/** Our server's statements for one operation. */
async function oursStatements(query: string, variables: Record<string, unknown>): Promise<Statement[]> {
  const seen: Statement[] = [];
  const db: Executor = {
    version: 7,
    async read<T>(s: Statement) {
      seen.push(s);
      const [key] = (s.params.keys as string[] | undefined) ?? [];
      if (s.name === 'relationships-by-keys') return [{ rel: { ...REL, key } }] as T[];
      // The paths statement returns its nodes' entities when the operation selects them.
      const entities = /AS entities/.test(s.text) ? PATH.nodes.map((key) => ({ key, name: key, kind: 'ORGANIZATION' })) : undefined;
      if (s.name === 'paths') return [{ fromFound: true, toFound: true, paths: [PATH], entities }] as T[];
      throw new Error('recorded');
    },
    writeTransaction: () => Promise.reject(new Error('no writes here')),
    autoCommit: () => Promise.reject(new Error('no writes here')),
    forRequest: () => db,
    atVersion: () => db,
    refreshVersion: async () => 7,
    followVersion: () => () => {},
  };
  const store = { driver: {} as Driver, db, credentials: { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused-here' }, local: null, close: async () => {} };
  const yoga = buildYoga(appOn(loadConfig({ LOG_LEVEL: 'silent' }), createLogger('silent'), store));
  await yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return seen;
}

describe('the raw side runs our statements', () => {
  for (const shape of SCALE_SHAPES) {
    it(`shape ${shape.id}: the same text and parameters as our server`, async () => {
      const ours = await oursStatements(shape.ops.ours.query, shape.variables);
      const { field, args } = await rawCall(shape.ops.raw.query, shape.variables);
      const raw = rawStatement(field, args);
      expect(ours.length).toBeGreaterThan(0);
      expect(raw).toEqual(ours[0]);
      // Entities the statement does not return are loaded in one more, by our server and by the raw side alike.
      // A path's nodes come with the paths statement; a relationship by key still loads its ends after it.
      const then = field === 'relationship' ? [entitiesStatement(field, [REL.source, REL.target])] : [];
      expect(ours.slice(1)).toEqual(then);
    });
  }
});
