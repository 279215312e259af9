import { beforeAll, describe, expect, inject, it } from 'vitest';
import { GRAPHIQL_DEFAULT_QUERY } from '../../src/schema/graphiql-query.js';
import { cypherRows } from '../support/seed-fixtures.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * Behaviour of the read API on the real seed: ordering, refetching by global id, time windows,
 * knowledge time (asOf), paths, neighbourhoods and search. Expected sets are computed here from
 * the unfiltered data the API returns, so each filter is checked item by item, not by a count.
 */

const t = testApp();
const conn = inject('neo4j');
const cypher = (q: string, p: Record<string, unknown> = {}) => cypherRows(t.app.driver, conn.database, q, p);

const D000 = '000_25e003234a35428f';
const D001 = '001_0b6d67a0d5bf4862';
const D002 = '002_5cafd3943a687fb4';
const D004 = '004_2423c8d573dcf04f';

interface Rel {
  key: string;
  type: string;
  category: string;
  source: { key: string };
  target: { key: string };
  when: { iso: string; start: string; end: string } | null;
  evidence: { document: { key: string; publishedOn: { end: string } | null } }[];
}
const REL = 'key type category source { key } target { key } when { iso start end } evidence { document { key publishedOn { end } } }';

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data!;
}

interface Connection<T> {
  totalCount: number;
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every node of a connection, 50 at a time: the cost limit multiplies a selection by a literal
 * `first`, and one page of 200 with this much selected is over it. `query` takes `$after`.
 */
async function allNodes<T>(query: string, pick: (data: any) => Connection<T>): Promise<{ nodes: T[]; totalCount: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const conn = pick(await ok(query, { after }));
    nodes.push(...conn.edges.map((e) => e.node));
    if (!conn.pageInfo.hasNextPage) return { nodes, totalCount: conn.totalCount };
    after = conn.pageInfo.endCursor;
  }
}
const PAGE_OF = (sel: string) => `totalCount pageInfo { hasNextPage endCursor } edges { node { ${sel} } }`;

/** Position in timeline order: when.start, undated last. */
const pos = (r: Pick<Rel, 'when'>) => (r.when ? Date.parse(r.when.start) : Number.POSITIVE_INFINITY);
const byTimeline = (a: Rel, b: Rel) => pos(a) - pos(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function expectTimelineOrder(items: Pick<Rel, 'key' | 'when'>[]) {
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1]!, items[i]!];
    const where = `${a.key} (${a.when?.start ?? 'undated'}) before ${b.key} (${b.when?.start ?? 'undated'})`;
    expect(pos(a) <= pos(b), where).toBe(true);
    if (pos(a) === pos(b)) expect(a.key < b.key, `tie broken by key: ${where}`).toBe(true);
  }
}

const keys = (rs: { key: string }[]) => rs.map((r) => r.key);
const dayStart = (d: string) => Date.parse(`${d}T00:00:00.000Z`);
const dayEnd = (d: string) => Date.parse(`${d}T23:59:59.999Z`);

/** The window rule as documented on DateRange, applied to the unfiltered list. */
function inWindow(all: Rel[], w: { from?: string; to?: string; includeUndated?: boolean }): string[] {
  return keys(
    all.filter((r) => {
      if (!r.when) return !!w.includeUndated || (!w.from && !w.to);
      return (!w.from || Date.parse(r.when.end) >= dayStart(w.from)) && (!w.to || Date.parse(r.when.start) <= dayEnd(w.to));
    }),
  );
}

/** Knowledge time as documented on asOf: some evidence from a document certainly published by the end of that day. */
function knownAsOf(all: Rel[], asOf: string): string[] {
  return keys(all.filter((r) => r.evidence.some((e) => e.document.publishedOn && Date.parse(e.document.publishedOn.end) <= dayEnd(asOf))));
}

let all: Rel[];

withSeedGraph(t);

beforeAll(async () => {
  const got = await allNodes<Rel>(`query($after: String) { relationships(first: 50, after: $after) { ${PAGE_OF(REL)} } }`, (d) => d.relationships);
  all = got.nodes;
  expect(all.length).toBe(got.totalCount);
  expect(all.length).toBeGreaterThan(100);
  // The keys alone fit on one page: the complete list in one response, to compare with the walk.
  const one = await ok('{ relationships(first: 200) { totalCount edges { node { key } } } }');
  expect(one.relationships.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(keys(all));
});


describe('ordering', () => {
  it('relationships come by when.start, oldest first, undated last, ties broken by key', () => {
    expectTimelineOrder(all);
    // The data must exercise every rule, or the check above proves nothing.
    const dated = all.filter((r) => r.when);
    const undated = all.filter((r) => !r.when);
    expect(dated.length).toBeGreaterThan(10);
    expect(undated.length).toBeGreaterThan(10);
    expect(all.findIndex((r) => !r.when)).toBe(dated.length);
    const ties = dated.filter((r, i) => i > 0 && pos(r) === pos(dated[i - 1]!));
    expect(ties.length).toBeGreaterThan(5);
    expect(keys(all)).toEqual(keys([...all].sort(byTimeline)));
  });

  it('timeline(keys) is in the same order and holds exactly the relationships involving those keys', async () => {
    // OpenAI brings undated relationships (models it developed, dated by no source); every act of Hegseth and Sacks is dated.
    const { nodes: items, totalCount } = await allNodes<Rel>(
      `query($after: String) { timeline(keys: ["pete-hegseth", "david-sacks", "openai"], first: 50, after: $after) { ${PAGE_OF(REL)} } }`,
      (d) => d.timeline,
    );
    expectTimelineOrder(items);
    const expected = all.filter((r) => ['pete-hegseth', 'david-sacks', 'openai'].some((k) => r.source.key === k || r.target.key === k));
    expect(keys(items)).toEqual(keys(expected));
    expect(totalCount).toBe(expected.length);
    expect(items.some((r) => !r.when)).toBe(true);
  });

  it('timeline without keys is the whole graph in timeline order', async () => {
    const data = await ok('{ timeline(first: 200) { totalCount edges { node { key } } } }');
    expect(data.timeline.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(keys(all));
  });

  it('Entity.relationships is in timeline order and matches the top-level filter', async () => {
    const { nodes: items } = await allNodes<Rel>(
      `query($after: String) { entity(key: "anthropic") { relationships(first: 50, after: $after) { ${PAGE_OF(REL)} } } }`,
      (d) => d.entity.relationships,
    );
    expectTimelineOrder(items);
    expect(keys(items)).toEqual(keys(all.filter((r) => r.source.key === 'anthropic' || r.target.key === 'anthropic')));
  });

  it('pressures are PRESSURE relationships, oldest first', async () => {
    const data = await ok(`{ pressures(target: "anthropic") { ${REL} } }`);
    expectTimelineOrder(data.pressures);
    expect(keys(data.pressures)).toEqual(keys(all.filter((r) => r.category === 'PRESSURE' && r.target.key === 'anthropic')));
  });
});

describe('refetching with node(id) and nodes(ids)', () => {
  it('an entity, a relationship and a document come back by their global ids, which stay the same', async () => {
    const q = `{
      entity(key: "pete-hegseth") { id key }
      relationships(first: 3) { edges { node { id key type source { key } } } }
      documents { id key title }
    }`;
    const first = await ok(q);
    const second = await ok(q);
    expect(second).toEqual(first);

    const ent = first.entity;
    const rel = first.relationships.edges[0].node;
    const doc = first.documents.find((d: { key: string }) => d.key === D000);
    for (const id of [ent.id, rel.id, doc.id]) expect(id).not.toMatch(/pete-hegseth|^[a-z0-9-]+$/);

    const byId = await ok(
      `query($e: ID!, $r: ID!, $d: ID!) {
        e: node(id: $e) { id __typename ... on Entity { key name kind } }
        r: node(id: $r) { id __typename ... on Relationship { key type source { key } } }
        d: node(id: $d) { id __typename ... on Document { key title } }
      }`,
      { e: ent.id, r: rel.id, d: doc.id },
    );
    expect(byId.e).toEqual({ id: ent.id, __typename: 'Person', key: 'pete-hegseth', name: 'Pete Hegseth', kind: 'PERSON' });
    expect(byId.r).toEqual({ id: rel.id, __typename: 'Relationship', key: rel.key, type: rel.type, source: rel.source });
    expect(byId.d).toEqual({ id: doc.id, __typename: 'Document', key: D000, title: doc.title });
  });

  it('nodes(ids) returns each node in the order asked, ids unchanged', async () => {
    const data = await ok(`{ relationships(first: 10) { edges { node { id key } } } a: entity(key: "anthropic") { id key } }`);
    const wanted = [...data.relationships.edges.map((e: { node: { id: string; key: string } }) => e.node).reverse(), data.a];
    const got = await ok(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Relationship { key } ... on Entity { key } } }`, {
      ids: wanted.map((n: { id: string }) => n.id),
    });
    expect(got.nodes).toEqual(wanted);
  });

  it('every entity type refetches through node(id)', async () => {
    const data = await ok('{ documents { entities { id key kind __typename } } }');
    const byKind = new Map<string, { id: string; key: string; __typename: string }>();
    for (const d of data.documents) for (const e of d.entities) byKind.set(e.kind, e);
    expect([...byKind.keys()].sort()).toEqual(['AI_MODEL', 'CONTRACT', 'EVENT', 'ORGANIZATION', 'PERSON', 'POLICY']);
    for (const e of byKind.values()) {
      const got = await ok('query($id: ID!) { node(id: $id) { id __typename ... on Entity { key } } }', { id: e.id });
      expect(got.node).toEqual({ id: e.id, __typename: e.__typename, key: e.key });
    }
  });
});

describe('time windows (DateRange)', () => {
  const windows: { name: string; during: { from?: string; to?: string; includeUndated?: boolean } }[] = [
    { name: 'from only', during: { from: '2026-02-25' } },
    { name: 'to only', during: { to: '2025-12-31' } },
    { name: 'both, one day', during: { from: '2026-02-24', to: '2026-02-24' } },
    { name: 'both, a month', during: { from: '2026-02-01', to: '2026-02-28' } },
    { name: 'both, with undated', during: { from: '2026-02-24', to: '2026-02-24', includeUndated: true } },
    { name: 'to only, with undated', during: { to: '2023-12-31', includeUndated: true } },
  ];
  for (const w of windows) {
    it(`relationships(during: ${w.name}) holds exactly the items whose [when.start, when.end] overlaps the UTC days`, async () => {
      const data = await ok(`query($w: DateRange) { relationships(where: { during: $w }, first: 200) { totalCount edges { node { key } } } }`, { w: w.during });
      const expected = inWindow(all, w.during);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      expect(data.relationships.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(expected);
      expect(data.relationships.totalCount).toBe(expected.length);
    });
  }

  it('day boundaries are UTC and inclusive: a DAY item is in its own day and not in the days around it', async () => {
    const q = `query($w: DateRange) { relationships(where: { during: $w }, first: 200) { edges { node { key } } } }`;
    const has = async (w: object) => (await ok(q, { w })).relationships.edges.some((e: { node: { key: string } }) => e.node.key === 'hegseth-ultimatum-anthropic');
    expect(await has({ from: '2026-02-24', to: '2026-02-24' })).toBe(true);
    expect(await has({ to: '2026-02-23' })).toBe(false);
    expect(await has({ from: '2026-02-25' })).toBe(false);
    expect(await has({ to: '2026-02-24' })).toBe(true);
    expect(await has({ from: '2026-02-24' })).toBe(true);
  });

  it('a coarse date overlaps rather than having to fit inside: a MONTH item is in a one-day window within that month', async () => {
    const data = await ok(`{ relationships(where: { during: { from: "2026-02-24", to: "2026-02-24" } }, first: 200) { edges { node { key when { precision } } } } }`);
    const nodes = data.relationships.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toContainEqual({ key: 'tory-green-criticizes-anthropic', when: { precision: 'MONTH' } });
  });

  it('undated items appear only with includeUndated', async () => {
    const undated = keys(all.filter((r) => !r.when));
    const q = `query($w: DateRange) { relationships(where: { during: $w }, first: 200) { edges { node { key } } } }`;
    const without = keys((await ok(q, { w: { from: '2020-01-01', to: '2030-12-31' } })).relationships.edges.map((e: { node: Rel }) => e.node));
    const withUndated = keys((await ok(q, { w: { from: '2020-01-01', to: '2030-12-31', includeUndated: true } })).relationships.edges.map((e: { node: Rel }) => e.node));
    expect(without.filter((k) => undated.includes(k))).toEqual([]);
    expect(withUndated.filter((k) => undated.includes(k))).toEqual(undated);
  });

  it('pressures, timeline and neighborhood apply the same window', async () => {
    const w = { from: '2026-02-01', to: '2026-02-28' };
    const data = await ok(
      `query($w: DateRange) {
        pressures(target: "anthropic", during: $w) { key }
        timeline(keys: ["anthropic"], during: $w, first: 200) { edges { node { key } } }
        neighborhood(key: "anthropic", during: $w) { relationships { key } }
      }`,
      { w },
    );
    const windowed = new Set(inWindow(all, w));
    const involving = all.filter((r) => r.source.key === 'anthropic' || r.target.key === 'anthropic').filter((r) => windowed.has(r.key));
    expect(keys(data.pressures)).toEqual(keys(involving.filter((r) => r.category === 'PRESSURE' && r.target.key === 'anthropic')));
    expect(data.timeline.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(keys(involving));
    expect(keys(data.neighborhood.relationships).sort()).toEqual(keys(involving).sort());
  });
});

describe('knowledge time (asOf)', () => {
  it('the documents carry the publication bounds asOf relies on', async () => {
    const data = await ok('{ documents { key publishedOn { iso precision end } } }');
    const end = (k: string) => data.documents.find((d: { key: string }) => d.key === k).publishedOn.end;
    expect(Date.parse(end(D000))).toBe(dayEnd('2026-02-27'));
    expect(Date.parse(end(D002))).toBe(dayEnd('2026-02-28'));
    expect(Date.parse(end(D004))).toBe(dayEnd('2026-02-28'));
    expect(Date.parse(end(D001))).toBe(dayEnd('2026-06-30'));
  });

  for (const asOf of ['2025-12-31', '2026-02-26', '2026-02-27', '2026-02-28', '2026-04-15', '2026-06-30', '2026-12-31']) {
    it(`relationships(asOf: ${asOf}) holds exactly what documents certainly published by then reported`, async () => {
      const data = await ok(`query($d: Date) { relationships(asOf: $d, first: 200) { totalCount edges { node { key } } } }`, { d: asOf });
      const expected = knownAsOf(all, asOf);
      expect(data.relationships.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(expected);
      expect(data.relationships.totalCount).toBe(expected.length);
    });
  }

  it('asOf 2026-02-26 excludes what only later documents reported, and before every document nothing is known', async () => {
    // No document is certainly out by the end of 26 February: 000 is dated the 27th, 002 and 004 "late February".
    const q = `query($d: Date) { relationships(asOf: $d, first: 200) { totalCount edges { node { key evidence { document { key } } } } } }`;
    expect((await ok(q, { d: '2026-02-26' })).relationships.totalCount).toBe(0);
    expect((await ok(q, { d: '2020-01-01' })).relationships.totalCount).toBe(0);

    const on27 = (await ok(q, { d: '2026-02-27' })).relationships.edges.map((e: { node: { key: string; evidence: { document: { key: string } }[] } }) => e.node);
    const on27Keys = keys(on27);
    expect(on27Keys).toContain('hegseth-ultimatum-anthropic');
    // Only in 002 (late February, possibly the 28th) and only in 001 (Q2): not yet known on the 27th.
    expect(on27Keys).not.toContain('vitalik-buterin-backed-anthropic');
    expect(on27Keys).not.toContain('anthropic-released-fable-5');
    for (const r of on27) expect(r.evidence.map((e: { document: { key: string } }) => e.document.key)).toContain(D000);

    const on28 = keys((await ok(q, { d: '2026-02-28' })).relationships.edges.map((e: { node: { key: string } }) => e.node));
    expect(on28).toContain('vitalik-buterin-backed-anthropic');
    expect(on28).not.toContain('anthropic-released-fable-5');
  });

  it('pressures, timeline, neighborhood and Entity.relationships honour asOf', async () => {
    const q = `query($d: Date) {
      pressures(target: "anthropic", asOf: $d) { key }
      timeline(keys: ["anthropic"], asOf: $d, first: 200) { totalCount edges { node { key } } }
      neighborhood(key: "anthropic", asOf: $d) { nodes { key } relationships { key } }
      entity(key: "anthropic") { relationships(asOf: $d, first: 200) { totalCount edges { node { key } } } }
    }`;
    const before = await ok(q, { d: '2026-01-01' });
    expect(before.pressures).toEqual([]);
    expect(before.timeline.totalCount).toBe(0);
    expect(before.neighborhood).toEqual({ nodes: [{ key: 'anthropic' }], relationships: [] });
    expect(before.entity.relationships.totalCount).toBe(0);

    const on27 = await ok(q, { d: '2026-02-27' });
    const known = new Set(knownAsOf(all, '2026-02-27'));
    const involving = all.filter((r) => (r.source.key === 'anthropic' || r.target.key === 'anthropic') && known.has(r.key));
    expect(keys(on27.pressures)).toEqual(keys(involving.filter((r) => r.category === 'PRESSURE' && r.target.key === 'anthropic')));
    expect(keys(on27.pressures)).toContain('hegseth-ultimatum-anthropic');
    expect(on27.timeline.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(keys(involving));
    expect(on27.entity.relationships.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(keys(involving));
    expect(keys(on27.neighborhood.relationships).sort()).toEqual(keys(involving).sort());
  });
});

interface Path {
  length: number;
  nodes: { key: string }[];
  relationships: { key: string; source: { key: string }; target: { key: string }; when: { start: string } | null }[];
}
const PATH = 'length nodes { key } relationships { key source { key } target { key } when { start } }';

/** A path is a chain from `from` to `to`, each relationship joining consecutive nodes in either direction. */
function expectChain(p: Path, from: string, to: string) {
  expect(p.nodes[0]!.key).toBe(from);
  expect(p.nodes.at(-1)!.key).toBe(to);
  expect(p.length).toBe(p.relationships.length);
  expect(p.nodes.length).toBe(p.length + 1);
  p.relationships.forEach((r, i) => {
    expect([r.source.key, r.target.key].sort()).toEqual([p.nodes[i]!.key, p.nodes[i + 1]!.key].sort());
  });
}

/** Each hop dated, and starts non-decreasing along the path. */
function expectTimeRespecting(p: Path) {
  for (const r of p.relationships) expect(r.when, `${r.key} is dated`).not.toBeNull();
  for (let i = 1; i < p.relationships.length; i++) {
    expect(Date.parse(p.relationships[i - 1]!.when!.start) <= Date.parse(p.relationships[i]!.when!.start), p.relationships.map((r) => `${r.key}@${r.when?.start}`).join(' -> ')).toBe(true);
  }
}

describe('paths', () => {
  const pathsQuery = `query($from: String!, $to: String!, $hops: Int, $tr: Boolean, $first: Int) {
    paths(from: $from, to: $to, maxHops: $hops, timeRespecting: $tr, first: $first) { ${PATH} }
  }`;

  it('finds shortest paths in either direction, shortest first, within maxHops', async () => {
    const { paths } = await ok<{ paths: Path[] }>(pathsQuery, { from: 'david-sacks', to: 'pete-hegseth', hops: 3, first: 10 });
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(10);
    for (const p of paths) {
      expectChain(p, 'david-sacks', 'pete-hegseth');
      expect(p.length).toBeLessThanOrEqual(3);
    }
    const lengths = paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    // sacks -> anthropic <- hegseth: the second hop runs against its direction.
    expect(paths[0]!.length).toBe(2);
    expect(paths[0]!.relationships[1]!.target.key).toBe('anthropic');
    const none = await ok<{ paths: Path[] }>(pathsQuery, { from: 'david-sacks', to: 'pete-hegseth', hops: 1 });
    expect(none.paths).toEqual([]);
  });

  it('timeRespecting keeps the direction of time along the path (seed: Sacks in 2025-10, then Hegseth in 2026-02)', async () => {
    const forward = await ok<{ paths: Path[] }>(pathsQuery, { from: 'david-sacks', to: 'pete-hegseth', hops: 6, tr: true, first: 10 });
    expect(forward.paths.length).toBeGreaterThan(0);
    for (const p of forward.paths) {
      expectChain(p, 'david-sacks', 'pete-hegseth');
      expectTimeRespecting(p);
    }
    // Backwards the same hops run from 2026 to 2025: paths exist, but none respects time.
    const plain = await ok<{ paths: Path[] }>(pathsQuery, { from: 'pete-hegseth', to: 'david-sacks', hops: 6, first: 10 });
    expect(plain.paths.length).toBeGreaterThan(0);
    const backward = await ok<{ paths: Path[] }>(pathsQuery, { from: 'pete-hegseth', to: 'david-sacks', hops: 6, tr: true, first: 10 });
    expect(backward.paths).toEqual([]);
  });

  it('timeRespecting skips undated and out-of-order hops for a longer ordered path (constructed graph)', async () => {
    //   A --(undated)--> C
    //   A --(2030-01-10)--> B <--(2030-01-05)-- C            shorter, but goes back in time
    //   A --(2030-01-01)--> D <--(2030-01-20)-- E --(2030-01-25)--> C    longer, in order
    const added = ['tr-ac', 'tr-ab', 'tr-cb', 'tr-ad', 'tr-ed', 'tr-ec'];
    await cypher("UNWIND ['tr-a', 'tr-b', 'tr-c', 'tr-d', 'tr-e'] AS k CREATE (:Entity:Organization {key: k, name: 'Test ' + k, kind: 'ORGANIZATION', aliases: [], createdTx: 1, txFrom: 1})");
    const hop = async (key: string, from: string, to: string, day: string | null) =>
      cypher(
        `MATCH ()-[src:REL {key: 'amodei-meets-hegseth'}]->(), (a:Entity {key: $from}), (b:Entity {key: $to})
         WHERE src.txTo IS NULL
         CREATE (a)-[r:REL]->(b)
         SET r = properties(src), r.key = $key, r.whenIso = $day, r.whenStartMs = $start, r.whenEndMs = $end, r.sortMs = coalesce($start, 9007199254740991),
             r.whenStart = $startIso, r.whenEnd = $endIso, r.whenPrecision = CASE WHEN $day IS NULL THEN null ELSE 'DAY' END`,
        { key, from, to, day, start: day ? dayStart(day) : null, end: day ? dayEnd(day) : null, startIso: day ? new Date(dayStart(day)).toISOString() : null, endIso: day ? new Date(dayEnd(day)).toISOString() : null },
      );
    try {
      await hop('tr-ac', 'tr-a', 'tr-c', null);
      await hop('tr-ab', 'tr-a', 'tr-b', '2030-01-10');
      await hop('tr-cb', 'tr-c', 'tr-b', '2030-01-05');
      await hop('tr-ad', 'tr-a', 'tr-d', '2030-01-01');
      await hop('tr-ed', 'tr-e', 'tr-d', '2030-01-20');
      await hop('tr-ec', 'tr-e', 'tr-c', '2030-01-25');
      const route = (ps: Path[]) => ps.map((p) => p.relationships.map((r) => r.key).join(','));

      const plain = await ok<{ paths: Path[] }>(pathsQuery, { from: 'tr-a', to: 'tr-c', hops: 3, first: 10 });
      expect(route(plain.paths)).toEqual(['tr-ac', 'tr-ab,tr-cb', 'tr-ad,tr-ed,tr-ec']);

      const ordered = await ok<{ paths: Path[] }>(pathsQuery, { from: 'tr-a', to: 'tr-c', hops: 3, tr: true, first: 10 });
      expect(route(ordered.paths)).toEqual(['tr-ad,tr-ed,tr-ec']);
      expectChain(ordered.paths[0]!, 'tr-a', 'tr-c');
      expectTimeRespecting(ordered.paths[0]!);
      expect(ordered.paths[0]!.nodes.map((n) => n.key)).toEqual(['tr-a', 'tr-d', 'tr-e', 'tr-c']);

      // Read from C the short route is in order (01-05, then 01-10) and the long one is not.
      const reverse = await ok<{ paths: Path[] }>(pathsQuery, { from: 'tr-c', to: 'tr-a', hops: 3, tr: true, first: 10 });
      expect(route(reverse.paths)).toEqual(['tr-cb,tr-ab']);

      // The ordered route needs three hops.
      const tooShort = await ok<{ paths: Path[] }>(pathsQuery, { from: 'tr-a', to: 'tr-c', hops: 2, tr: true, first: 10 });
      expect(tooShort.paths).toEqual([]);

      // A window that cuts off the last hop leaves no ordered route.
      const windowed = await ok<{ paths: Path[] }>(
        `{ paths(from: "tr-a", to: "tr-c", maxHops: 3, timeRespecting: true, during: { from: "2030-01-01", to: "2030-01-24" }) { ${PATH} } }`,
      );
      expect(windowed.paths).toEqual([]);
    } finally {
      await cypher('MATCH ()-[r]->() WHERE r.key IN $keys DELETE r', { keys: added });
      await cypher("MATCH (n:Entity) WHERE n.key STARTS WITH 'tr-' DETACH DELETE n");
    }
  });
});

describe('neighborhood', () => {
  const anthropicRels = () => all.filter((r) => r.source.key === 'anthropic' || r.target.key === 'anthropic');

  it('depth 1 is the entity, its neighbours and the relationships between them', async () => {
    const data = await ok('{ neighborhood(key: "anthropic") { truncated nodes { key } relationships { key source { key } target { key } } } }');
    const n = data.neighborhood;
    const neighbours = new Set(anthropicRels().flatMap((r) => [r.source.key, r.target.key]));
    expect(n.truncated).toBe(false);
    expect(keys(n.nodes).sort()).toEqual([...neighbours].sort());
    expect(n.nodes[0].key).toBe('anthropic');
    // Relationships between two neighbours count too: both ends are in the subgraph.
    const nodeSet = new Set(keys(n.nodes));
    for (const r of n.relationships) expect(nodeSet.has(r.source.key) && nodeSet.has(r.target.key)).toBe(true);
    for (const k of keys(anthropicRels())) expect(keys(n.relationships)).toContain(k);
  });

  it('limit caps the nodes and reports truncation; depth 2 reaches further than depth 1', async () => {
    const data = await ok(`{
      small: neighborhood(key: "anthropic", depth: 2, limit: 5) { truncated nodes { key } relationships { source { key } target { key } } }
      one: neighborhood(key: "pete-hegseth", depth: 1) { truncated nodes { key } }
      two: neighborhood(key: "pete-hegseth", depth: 2) { truncated nodes { key } }
    }`);
    expect(data.small.nodes.length).toBe(5);
    expect(data.small.truncated).toBe(true);
    const small = new Set(keys(data.small.nodes));
    for (const r of data.small.relationships) expect(small.has(r.source.key) && small.has(r.target.key)).toBe(true);
    const one = keys(data.one.nodes);
    const two = keys(data.two.nodes);
    expect(two.length).toBeGreaterThan(one.length);
    for (const k of one) expect(two).toContain(k);
    expect(data.two.truncated).toBe(false);
  });
});

describe('search', () => {
  const search = async (text: string, extra = '') =>
    (await ok<{ search: { score: number; entity: { key: string; kind: string } }[] }>(`query($text: String!) { search(text: $text${extra}) { score entity { key kind } } }`, { text })).search;

  it('an alias finds its entity first: "Pentagon" is the U.S. Department of Defense', async () => {
    expect((await search('Pentagon'))[0]?.entity.key).toBe('us-department-of-defense');
  });

  it('"DoD" finds the U.S. Department of Defense first', async () => {
    expect((await search('DoD'))[0]?.entity.key).toBe('us-department-of-defense');
  });

  it('a typo still finds the entity: "Hegsth" is Pete Hegseth', async () => {
    expect((await search('Hegsth'))[0]?.entity.key).toBe('pete-hegseth');
  });

  it('a prefix finds the entity: "Amod" finds Dario Amodei', async () => {
    expect(keys((await search('Amod')).map((h) => h.entity))).toContain('dario-amodei');
  });

  it('hits are ranked best first, and kinds and first narrow them', async () => {
    const hits = await search('Anthropic');
    expect(hits.length).toBeGreaterThan(3);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const people = await search('Anthropic', ', kinds: [PERSON], first: 3');
    expect(people.length).toBeGreaterThan(0);
    expect(people.length).toBeLessThanOrEqual(3);
    for (const h of people) expect(h.entity.kind).toBe('PERSON');
  });
});

describe('the preset question', () => {
  it('"who pressured Anthropic in February 2026" returns the ultimatum with its deadline and quoted evidence', async () => {
    const data = await ok(GRAPHIQL_DEFAULT_QUERY);
    const rows = data.pressures as any[];
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      expect(r.category).toBe('PRESSURE');
      expect(r.target.key).toBe('anthropic');
      expect(r.evidence.length).toBeGreaterThan(0);
    }
    const ultimatum = rows.find((r) => r.type === 'ISSUED_ULTIMATUM' && r.source.key === 'pete-hegseth');
    expect(ultimatum).toBeDefined();
    expect(ultimatum.when).toEqual({ iso: '2026-02-24', precision: 'DAY' });
    expect(ultimatum.deadline.iso).toMatch(/^2026-02-27T17:01/);
    expect(ultimatum.deadline.precision).toBe('MINUTE');
    expect(Date.parse(ultimatum.deadline.start)).toBe(Date.UTC(2026, 1, 27, 22, 1));
    const quotes: string[] = ultimatum.evidence.map((e: { quote: string | null }) => e.quote);
    for (const q of quotes) expect(q && q.length > 10, `quote: ${q}`).toBe(true);
    expect(ultimatum.evidence.map((e: { document: { key: string } }) => e.document.key)).toContain(D000);
    // Hegseth's other levers that day are part of the answer.
    const hegseth = rows.filter((r) => r.source.key === 'pete-hegseth').map((r) => r.type);
    expect(hegseth).toEqual(expect.arrayContaining(['ISSUED_ULTIMATUM', 'THREATENED_TO_INVOKE', 'THREATENED_TO_DESIGNATE']));
  });
});
