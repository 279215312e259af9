import { describe, expect, inject, it } from 'vitest';
import { cypherRows } from '../support/seed-fixtures.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * Regression for issue 8, section 3: the contract, the ultimatum, the Defense Production Act, the
 * supply-chain-risk designation and the Fable/Mythos suspension were only ever named in a
 * relationship's `context`, so paths and neighbourhoods could not reach them.
 */

const t = testApp();
withSeedGraph(t);
const conn = inject('neo4j');

const CENTRAL = ['anthropic-dod-contract', 'pentagon-ultimatum', 'defense-production-act', 'supply-chain-risk-designation', 'fable-mythos-suspension'];

interface Path {
  length: number;
  nodes: { key: string }[];
  relationships: { key: string; source: { key: string }; target: { key: string } }[];
}

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const PATHS = `query($from: String!, $to: String!) {
  paths(from: $from, to: $to, maxHops: 3, first: 5) { length nodes { key } relationships { key source { key } target { key } } }
}`;

/** Each hop joins the node before it to the node after it, in either direction. */
function expectChain(p: Path, from: string, to: string) {
  expect(p.nodes[0]!.key).toBe(from);
  expect(p.nodes.at(-1)!.key).toBe(to);
  p.relationships.forEach((r, i) => {
    expect([r.source.key, r.target.key].sort()).toEqual([p.nodes[i]!.key, p.nodes[i + 1]!.key].sort());
  });
}

describe('the central entities of the Pentagon standoff can be reached by traversal', () => {
  it.each(CENTRAL)('paths from Hegseth reach %s', async (key) => {
    const { paths } = await ok<{ paths: Path[] }>(PATHS, { from: 'pete-hegseth', to: key });
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expectChain(p, 'pete-hegseth', key);
  });

  it('the threat to invoke the Defense Production Act reaches the Act through the ultimatum Hegseth delivered', async () => {
    const { paths } = await ok<{ paths: Path[] }>(PATHS, { from: 'pete-hegseth', to: 'defense-production-act' });
    expect(paths[0]!.length).toBe(2);
    expect(paths[0]!.nodes.map((n) => n.key)).toEqual(['pete-hegseth', 'pentagon-ultimatum', 'defense-production-act']);
  });

  it('the ultimatum has its actor, its issuer, its target and the penalties it threatened as neighbours', async () => {
    const { neighborhood } = await ok<{ neighborhood: { nodes: { key: string }[]; relationships: { key: string }[] } }>(
      '{ neighborhood(key: "pentagon-ultimatum") { nodes { key } relationships { key } } }',
    );
    expect(neighborhood.relationships.length).toBeGreaterThan(0);
    expect(neighborhood.nodes.map((n) => n.key)).toEqual(
      expect.arrayContaining(['pentagon-ultimatum', 'pete-hegseth', 'us-department-of-defense', 'anthropic', 'anthropic-dod-contract', 'defense-production-act', 'supply-chain-risk-designation']),
    );
  });

  it.each(CENTRAL)('the neighbourhood of %s is not empty', async (key) => {
    const { neighborhood } = await ok<{ neighborhood: { relationships: { key: string }[] } }>('query($k: String!) { neighborhood(key: $k) { relationships { key } } }', { k: key });
    expect(neighborhood.relationships.length).toBeGreaterThan(0);
  });

  it('no entity in the loaded seed graph is without a relationship', async () => {
    const isolated = await cypherRows(t.app.driver, conn.database, 'MATCH (e:Entity) WHERE NOT EXISTS { (e)-[r]-(:Entity) WHERE r.key IS NOT NULL } RETURN e.key AS key ORDER BY key');
    const total = await cypherRows<{ n: number }>(t.app.driver, conn.database, 'MATCH (e:Entity) RETURN count(e) AS n');
    expect(total[0]!.n).toBeGreaterThan(100);
    expect(isolated).toEqual([]);
  });
});
