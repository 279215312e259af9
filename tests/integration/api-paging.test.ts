import { beforeAll, describe, expect, inject, it } from 'vitest';
import { cypherRows } from '../support/seed-fixtures.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * Keyset paging over connections: every page walk yields each item once, in order, with the same
 * totalCount; cursors stay valid, and neither skip nor repeat items, when data is added between pages.
 */

const t = testApp();
const conn = inject('neo4j');
const cypher = (q: string, p: Record<string, unknown> = {}) => cypherRows(t.app.driver, conn.database, q, p);

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { key: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
const PAGE = 'totalCount edges { cursor node { key } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** Follows endCursor until hasNextPage is false, checking each page's own invariants on the way. */
async function walk(fetch: (after: string | null) => Promise<Page>, size: number, maxPages = 100): Promise<{ keys: string[]; totals: number[]; pages: number }> {
  const keys: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= maxPages; pages++) {
    const page = await fetch(after);
    totals.push(page.totalCount);
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    keys.push(...page.edges.map((e) => e.node.key));
    if (!page.pageInfo.hasNextPage) return { keys, totals, pages };
    expect(page.edges.length).toBe(size);
    after = page.pageInfo.endCursor;
  }
  throw new Error(`still hasNextPage after ${maxPages} pages`);
}

const relationshipsPage = (where: object | null, first: number) => async (after: string | null) =>
  (await ok<{ relationships: Page }>(`query($w: RelationshipWhere, $first: Int, $after: String) { relationships(where: $w, first: $first, after: $after) { ${PAGE} } }`, { w: where, first, after }))
    .relationships;

/** Copies a seed relationship's properties (evidence and all) under a new key, with its own `when`. */
async function addRelationship(key: string, copyOf: string, when: { startMs: number; endMs: number; iso: string } | 'same') {
  await cypher(
    `MATCH (a:Entity)-[src:REL {key: $copyOf}]->(b:Entity)
     WHERE src.txTo IS NULL
     CREATE (a)-[r:REL]->(b)
     SET r = properties(src), r.key = $key` +
      (when === 'same'
        ? ''
        : ', r.whenIso = $iso, r.whenPrecision = "DAY", r.whenStartMs = $startMs, r.whenEndMs = $endMs, r.sortMs = $startMs, r.whenStart = $startIso, r.whenEnd = $endIso'),
    { key, copyOf, ...(when === 'same' ? {} : { ...when, startIso: new Date(when.startMs).toISOString(), endIso: new Date(when.endMs).toISOString() }) },
  );
}
const removeRelationships = (keys: string[]) => cypher('MATCH ()-[r:REL]->() WHERE r.key IN $keys DELETE r', { keys });
const day = (iso: string) => ({ iso, startMs: Date.parse(`${iso}T00:00:00.000Z`), endMs: Date.parse(`${iso}T23:59:59.999Z`) });

let everything: string[];

withSeedGraph(t);

/** Every relationship key in order, in the largest pages the API allows (the seed holds more than one page's worth soon). */
const allKeys = async () => (await walk(relationshipsPage(null, 200), 200)).keys;

beforeAll(async () => {
  const { keys, totals } = await walk(relationshipsPage(null, 200), 200);
  everything = keys;
  expect(everything.length).toBe(totals[0]);
});


describe('walking every page', () => {
  it('relationships(first: 7) yields each relationship exactly once, in order, and totalCount never changes', async () => {
    const { keys, totals, pages } = await walk(relationshipsPage(null, 7), 7);
    expect(pages).toBe(Math.ceil(everything.length / 7));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(everything);
    expect(new Set(totals)).toEqual(new Set([everything.length]));
  });

  it('a filtered walk (during, with undated) pages the filtered list the same way', async () => {
    const where = { during: { from: '2026-02-01', to: '2026-02-28', includeUndated: true } };
    const whole = await relationshipsPage(where, 200)(null);
    const { keys, totals } = await walk(relationshipsPage(where, 6), 6);
    expect(keys).toEqual(whole.edges.map((e) => e.node.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(totals)).toEqual(new Set([whole.totalCount]));
    expect(whole.totalCount).toBeGreaterThan(12);
  });

  it('timeline(first: 5) walks the same way', async () => {
    const fetch = async (after: string | null) =>
      (await ok<{ timeline: Page }>(`query($after: String) { timeline(keys: ["anthropic"], first: 5, after: $after) { ${PAGE} } }`, { after })).timeline;
    const whole = (await ok<{ timeline: Page }>(`{ timeline(keys: ["anthropic"], first: 200) { ${PAGE} } }`)).timeline;
    const { keys, totals } = await walk(fetch, 5);
    expect(keys).toEqual(whole.edges.map((e) => e.node.key));
    expect(new Set(totals)).toEqual(new Set([whole.totalCount]));
    expect(whole.totalCount).toBeGreaterThan(20);
  });

  it('Entity.relationships(first: 4) walks the same way', async () => {
    const fetch = async (after: string | null) =>
      (await ok<{ entity: { relationships: Page } }>(`query($after: String) { entity(key: "us-department-of-defense") { relationships(first: 4, after: $after) { ${PAGE} } } }`, { after }))
        .entity.relationships;
    const whole = (await ok<{ entity: { relationships: Page } }>(`{ entity(key: "us-department-of-defense") { relationships(first: 200) { ${PAGE} } } }`)).entity.relationships;
    const { keys, totals } = await walk(fetch, 4);
    expect(keys).toEqual(whole.edges.map((e) => e.node.key));
    expect(new Set(totals)).toEqual(new Set([whole.totalCount]));
    expect(whole.totalCount).toBeGreaterThan(8);
  });

  it('a cursor from one page of a walk gives the same next page when asked again', async () => {
    const p1 = await relationshipsPage(null, 7)(null);
    const a = await relationshipsPage(null, 7)(p1.pageInfo.endCursor);
    const b = await relationshipsPage(null, 7)(p1.pageInfo.endCursor);
    expect(b).toEqual(a);
    expect(a.edges.map((e) => e.node.key)).toEqual(everything.slice(7, 14));
  });

  it('the cursor after the last item gives an empty last page', async () => {
    let last = await relationshipsPage(null, 200)(null);
    while (last.pageInfo.hasNextPage) last = await relationshipsPage(null, 200)(last.pageInfo.endCursor);
    expect(last.edges.at(-1)!.node.key).toBe(everything.at(-1));
    const after = await relationshipsPage(null, 7)(last.pageInfo.endCursor);
    expect(after.edges).toEqual([]);
    expect(after.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    expect(after.totalCount).toBe(everything.length);
  });
});

describe('cursors stay valid when data is added', () => {
  it('relationships inserted between pages neither break the walk nor repeat or skip an item', async () => {
    const fetch = relationshipsPage(null, 7);
    const p1 = await fetch(null);
    const p2 = await fetch(p1.pageInfo.endCursor);
    const seen = [...p1.edges, ...p2.edges].map((e) => e.node.key);
    const cursorItem = seen.at(-1)!;

    // Around the cursor: one long before it, one sharing its `when` with a smaller key (before it),
    // one sharing its `when` with a greater key (after it), one in the far future and one undated.
    const before = 'paging-added-in-1990';
    const tieBefore = `0-paging-tie-${cursorItem}`;
    const tieAfter = `${cursorItem}-zz-paging-tie`;
    const future = 'paging-added-in-2031';
    const undated = 'paging-added-undated';
    const added = [before, tieBefore, tieAfter, future, undated];
    expect(tieBefore < cursorItem && cursorItem < tieAfter).toBe(true);
    try {
      await addRelationship(before, 'amodei-meets-hegseth', day('1990-01-01'));
      await addRelationship(tieAfter, cursorItem, 'same');
      await addRelationship(tieBefore, cursorItem, 'same');
      await addRelationship(future, 'amodei-meets-hegseth', day('2031-01-01'));
      await addRelationship(undated, 'anthropic-developed-claude', 'same'); // an act the sources never date

      // The old cursor still works, and the page after it starts with the tie that sorts after it.
      const p3 = await fetch(p2.pageInfo.endCursor);
      expect(p3.edges[0]!.node.key).toBe(tieAfter);
      expect(p3.totalCount).toBe(everything.length + added.length);

      const rest: string[] = [];
      let page = p3;
      for (;;) {
        rest.push(...page.edges.map((e) => e.node.key));
        if (!page.pageInfo.hasNextPage) break;
        page = await fetch(page.pageInfo.endCursor);
        expect(page.totalCount).toBe(everything.length + added.length);
      }
      const walked = [...seen, ...rest];
      expect(new Set(walked).size, 'no item twice').toBe(walked.length);
      // Every original item exactly once, in the original order.
      expect(walked.filter((k) => everything.includes(k))).toEqual(everything);
      // What sorts after the cursor is picked up; what sorts before it is not revisited.
      expect(rest).toEqual(expect.arrayContaining([tieAfter, future, undated]));
      expect(walked).not.toContain(before);
      expect(walked).not.toContain(tieBefore);
      // The 2031 item sorts before every undated one.
      expect(rest.indexOf(future)).toBeLessThan(rest.indexOf(undated));
      // A fresh walk now shows the whole new list; the old walk is that list minus what was added behind the cursor.
      const now = await allKeys();
      expect(now[0]).toBe(before);
      expect(now.filter((k) => k !== before && k !== tieBefore)).toEqual(walked);
    } finally {
      await removeRelationships(added);
    }
  });

  it('once the added data is removed, a fresh walk is the original list again', async () => {
    const { keys, totals } = await walk(relationshipsPage(null, 7), 7);
    expect(keys).toEqual(everything);
    expect(new Set(totals)).toEqual(new Set([everything.length]));
  });
});
