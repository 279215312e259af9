import { describe, expect, it } from 'vitest';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * "The Pentagon side" (issue 8 §4): with viaRoles, the acts of people who held a role in an
 * organisation when they acted count as the organisation's, and each result says through which
 * role. An organisation's parts (PART_OF) count as its side too.
 */

const t = testApp();
withSeedGraph(t);

interface Rel {
  key: string;
  source: { key: string };
  viaRoles: { key: string; type: string; source: { key: string }; target: { key: string }; role: string | null }[];
}

async function pressures(args: string): Promise<Rel[]> {
  const res = await t.gql<{ pressures: Rel[] }>(`{ pressures(${args}) { key source { key } viaRoles { key type role source { key } target { key } } } }`);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.pressures;
}

describe('viaRoles', () => {
  it('counts the ultimatum Hegseth issued as Defense Secretary as the Department of Defense’s, through his role', async () => {
    const own = await pressures('actor: "us-department-of-defense"');
    expect(own.map((r) => r.key)).not.toContain('hegseth-ultimatum-anthropic');

    const side = await pressures('actor: "us-department-of-defense", viaRoles: true');
    const ultimatum = side.find((r) => r.key === 'hegseth-ultimatum-anthropic');
    expect(ultimatum, 'the ultimatum is on the department’s side').toBeDefined();
    expect(ultimatum!.source.key).toBe('pete-hegseth');
    expect(ultimatum!.viaRoles).toHaveLength(1);
    expect(ultimatum!.viaRoles[0]).toMatchObject({ type: 'HOLDS_ROLE', source: { key: 'pete-hegseth' }, target: { key: 'us-department-of-defense' } });
    // The department's own acts are still there, with no role to go through.
    for (const r of own) expect(side.find((s) => s.key === r.key)?.viaRoles).toEqual([]);
    expect(side.length).toBeGreaterThan(own.length);
  });

  it('works the same on relationships and timeline', async () => {
    const rel = await t.gql(`{ relationships(first: 200, where: { source: "us-department-of-defense", categories: [PRESSURE], viaRoles: true }) { edges { node { key } } } }`);
    const tl = await t.gql(`{ timeline(keys: ["us-department-of-defense"], categories: [PRESSURE], viaRoles: true, first: 200) { edges { node { key } } } }`);
    expect(rel.errors).toBeUndefined();
    expect(tl.errors).toBeUndefined();
    const keys = (d: any, f: string) => d[f].edges.map((e: any) => e.node.key);
    expect(keys(rel.data, 'relationships')).toContain('hegseth-ultimatum-anthropic');
    expect(keys(tl.data, 'timeline')).toContain('hegseth-ultimatum-anthropic');
  });

  it('an organisation’s parts are its side: the U.S. government side includes the Department of Defense and its Secretary', async () => {
    const side = await pressures('actor: "us-government", viaRoles: true');
    const ultimatum = side.find((r) => r.key === 'hegseth-ultimatum-anthropic');
    expect(ultimatum).toBeDefined();
    // Through the chain of parts and then the role.
    expect(ultimatum!.viaRoles.map((v) => v.type)).toEqual(expect.arrayContaining(['PART_OF', 'HOLDS_ROLE']));
    // A part's own act counts through the chain of parts alone: the White House's criticism, for one.
    const partsOnly = side.filter((r) => r.viaRoles.length > 0 && r.viaRoles.every((v) => v.type === 'PART_OF'));
    expect(partsOnly.length).toBeGreaterThan(0);
    for (const r of partsOnly) expect(r.viaRoles.at(-1)!.target.key).toBe('us-government');
  });

  it('only a role held counts: someone who formerly held one speaks for himself', async () => {
    const res = await t.gql<{ relationships: { edges: { node: { type: string } }[] } }>(
      `{ relationships(first: 200, where: { types: ["FORMERLY_HELD_ROLE"] }) { edges { node { type source { key } target { key } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const former = res.data!.relationships.edges.map((e: any) => e.node);
    for (const f of former) {
      const side = await t.gql<{ relationships: { edges: { node: { source: { key: string } } }[] } }>(
        `query($org: String!) { relationships(first: 200, where: { source: $org, viaRoles: true }) { edges { node { source { key } } } } }`,
        { org: f.target.key },
      );
      expect(side.data!.relationships.edges.map((e) => e.node.source.key)).not.toContain(f.source.key);
    }
  });
});
