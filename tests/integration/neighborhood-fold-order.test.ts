import { describe, expect, inject, it } from 'vitest';
import { cypherRows } from '../support/seed-fixtures.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * Guards the neighbourhood's exact answer (which nodes, in which order, which relationships, and
 * `truncated`) against a breadth-first reference written here in plain TypeScript over every
 * visible relationship of the seed graph. The statement is an optimisation target, so any
 * rewrite of it must keep this answer, limit by limit.
 */

const t = testApp();
withSeedGraph(t);
const conn = inject('neo4j');

interface Rel {
  k: string;
  s: string;
  t: string;
  ms: number | null;
}
interface Answer {
  nodes: string[];
  rels: string[];
  truncated: boolean;
}

/** Timeline order: sortMs ascending with undated last, then key (Cypher's ORDER BY). */
const timeline = (a: Rel, b: Rel) => (a.ms === b.ms ? 0 : a.ms === null ? 1 : b.ms === null ? -1 : a.ms - b.ms) || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0);

/**
 * Each hop offers every relationship touching the frontier, in timeline order: its two ends join
 * (source first) while there is room, and it is kept once both ends are in.
 */
function reference(all: Rel[], anchor: string, depth: number, limit: number): Answer {
  const nodes = [anchor];
  const inNodes = new Set(nodes);
  const rels: string[] = [];
  const kept = new Set<string>();
  let next = [anchor];
  let truncated = false;
  for (let hop = 0; hop < depth; hop++) {
    const frontier = new Set(next);
    next = [];
    for (const r of all.filter((x) => frontier.has(x.s) || frontier.has(x.t)).sort(timeline)) {
      for (const end of [r.s, r.t]) {
        if (inNodes.has(end)) continue;
        if (nodes.length >= limit) truncated = true;
        else {
          nodes.push(end);
          inNodes.add(end);
          next.push(end);
        }
      }
      if (inNodes.has(r.s) && inNodes.has(r.t) && !kept.has(r.k)) {
        rels.push(r.k);
        kept.add(r.k);
      }
    }
  }
  return { nodes, rels, truncated };
}

const QUERY = `query($key: String!, $depth: Int!, $limit: Int!) {
  neighborhood(key: $key, depth: $depth, limit: $limit) { truncated nodes { key } relationships { key } }
}`;

describe('neighborhood keeps the breadth-first answer, in order, at every limit', () => {
  const cases = ['anthropic', 'pete-hegseth', 'deepseek'].flatMap((key) => [1, 2, 3].flatMap((depth) => [1, 2, 5, 17, 40, 200].map((limit) => ({ key, depth, limit }))));

  it('matches the reference fold for 54 anchors, depths and limits', async () => {
    const all = await cypherRows<Rel>(
      t.app.driver,
      conn.database,
      'MATCH (a:Entity)-[r:REL]->(b:Entity) WHERE r.txTo IS NULL AND r.retracted IS NULL RETURN r.key AS k, a.key AS s, b.key AS t, r.sortMs AS ms',
    );
    expect(all.length).toBeGreaterThan(150);
    let truncatedCases = 0;
    for (const c of cases) {
      const res = await t.gql<{ neighborhood: { truncated: boolean; nodes: { key: string }[]; relationships: { key: string }[] } }>(QUERY, c);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const n = res.data!.neighborhood;
      const got: Answer = { nodes: n.nodes.map((x) => x.key), rels: n.relationships.map((x) => x.key), truncated: n.truncated };
      expect(got, JSON.stringify(c)).toEqual(reference(all, c.key, c.depth, c.limit));
      if (got.truncated) truncatedCases++;
    }
    // The cases must exercise both sides of the cut.
    expect(truncatedCases).toBeGreaterThan(10);
    expect(truncatedCases).toBeLessThan(cases.length);
  });
});
