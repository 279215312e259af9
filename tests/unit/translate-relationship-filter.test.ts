import { describe, expect, it } from 'vitest';
import { toFilter } from '../../src/resolvers/filters.js';
import { exportEdgesText } from '../../src/store/translate/export.js';
import { neighborhoodText } from '../../src/store/translate/neighborhood.js';
import { pathsText } from '../../src/store/translate/paths.js';
import { filterParams, filterShape, NO_FILTER, type RelationshipFilter } from '../../src/store/translate/relationship-filter.js';
import { relationshipPageText, type PageSpec } from '../../src/store/translate/relationship-page.js';
import { WINDOW_BUCKETS } from '../../src/model/window-buckets.js';

/**
 * The translate layer without a database, TCK style: arguments go in, Cypher and parameters come
 * out. These pin down the rules that must hold for every statement: values only as parameters,
 * one relationship filter, no optional guards that defeat indexes, answers cut by indexes.
 */

const PROJECTION = { rel: ['category', 'whenIso'], entity: ['name'], document: ['title'] };
const page = (filter: RelationshipFilter, extra: Partial<PageSpec> = {}) =>
  relationshipPageText({ filter, batched: false, withTotal: false, withCursor: false, projection: PROJECTION, ...extra });

describe('RelationshipWhere to filter and parameters', () => {
  it('turns a window in calendar days into UTC instants, both ends inclusive', () => {
    const f = toFilter({ during: { from: '2026-02-01', to: '2026-02-28' } });
    expect(f.window).toEqual({ fromMs: Date.UTC(2026, 1, 1), toMs: Date.UTC(2026, 1, 28, 23, 59, 59, 999), includeUndated: false });
    // Each bucket's branch reads from the first start that can reach the window (window-buckets.ts):
    // the unit or third holding Feb 1st for UTC values, a unit and the zones' slack before for zoned.
    const H = 3_600_000;
    expect(filterParams(f)).toEqual({
      fromMs: Date.UTC(2026, 1, 1),
      toMs: Date.UTC(2026, 1, 28, 23, 59, 59, 999),
      fromYEAR: Date.UTC(2026, 0, 1),
      fromYEARThird: Date.UTC(2026, 0, 1),
      fromYEARZoned: Date.UTC(2026, 0, 1) - 16 * H,
      fromSEASON: Date.UTC(2025, 11, 1),
      // Winter 2025 has 90 days: its thirds start on Dec 1st, Dec 31st and Jan 30th.
      fromSEASONThird: Date.UTC(2026, 0, 30),
      fromSEASONZoned: Date.UTC(2025, 11, 1) - 16 * H,
      fromQUARTER: Date.UTC(2026, 0, 1),
      // So has the first quarter: Jan 1st, Jan 31st, Mar 2nd.
      fromQUARTERThird: Date.UTC(2026, 0, 31),
      fromQUARTERZoned: Date.UTC(2026, 0, 1) - 16 * H,
      fromMONTH: Date.UTC(2026, 1, 1),
      fromMONTHThird: Date.UTC(2026, 1, 1),
      fromMONTHZoned: Date.UTC(2026, 0, 1) - 16 * H,
      fromDAY: Date.UTC(2026, 1, 1),
      fromDAYThird: Date.UTC(2026, 1, 1),
      fromDAYZoned: Date.UTC(2026, 0, 31) - 16 * H,
      fromMINUTE: Date.UTC(2026, 1, 1) - 60_000,
    });
  });

  it('refuses a reversed window as the client’s mistake', () => {
    expect(() => toFilter({ during: { from: '2026-03-01', to: '2026-02-01' } })).toThrow(/after during.to/);
  });

  it('merges involving and involvingAny into one list of keys, each once', () => {
    expect(toFilter({ involving: 'anthropic', involvingAny: ['anthropic', 'openai'] }).involving).toEqual(['anthropic', 'openai']);
  });

  it('passes every category both as a list and one per index branch', () => {
    expect(filterParams(toFilter({ categories: ['PRESSURE', 'OPPOSITION'] }))).toEqual({
      categories: ['PRESSURE', 'OPPOSITION'],
      category0: 'PRESSURE',
      category1: 'OPPOSITION',
    });
  });

  it('asOf is the end of that UTC day', () => {
    expect(toFilter(null, { asOf: '2026-02-27' }).asOfMs).toBe(Date.UTC(2026, 1, 27, 23, 59, 59, 999));
  });
});

describe('statements from the one relationship filter', () => {
  const hostile = "anthropic' OR 1=1 //";

  it('never puts a user value in the text: keys, types and dates are parameters', () => {
    const f = toFilter({ source: hostile, target: hostile, types: ['X_Y'], during: { from: '2026-01-01' } }, { asOf: '2026-02-27' });
    for (const text of [page(f), exportEdgesText(f), neighborhoodText({ filter: f, depth: 2, projection: PROJECTION }), pathsText({ filter: f, maxHops: 3, timeRespecting: true, projection: PROJECTION })]) {
      expect(text).not.toContain(hostile);
      expect(text).not.toContain('X_Y');
      expect(text).not.toMatch(/1767225600000/);
    }
  });

  it('writes only the predicates a filter uses: no `$x IS NULL OR …` guard anywhere', () => {
    const texts = [page(NO_FILTER), page(toFilter({ categories: ['PRESSURE'], during: { from: '2026-02-01', to: '2026-02-28' } }))];
    for (const text of texts) expect(text).not.toMatch(/\$\w+ IS NULL OR/);
    expect(page(NO_FILTER)).not.toContain('$categories');
    expect(page(toFilter({ categories: ['PRESSURE'] }))).toContain('category IN $categories');
  });

  it('one shape, one statement text: the text is cached and values never change it', () => {
    const a = page(toFilter({ target: 'anthropic', during: { from: '2026-02-01' } }));
    const b = page(toFilter({ target: 'openai', during: { from: '2025-01-01' } }));
    expect(a).toBe(b);
    expect(filterShape(toFilter({ target: 'a' }))).not.toBe(filterShape(toFilter({ source: 'a' })));
  });

  it('answers a window without a scan: one branch per bucket of dates, read from where that bucket can first reach the window', () => {
    const text = page(toFilter({ during: { from: '2026-02-01', to: '2026-02-28' } }));
    expect(text).not.toContain('whenPrecision');
    for (const b of WINDOW_BUCKETS) {
      const escaped = b.id.replace(/[/]/g, '\\/');
      expect(text).toMatch(new RegExp(`whenBucket = '${escaped}' AND \\w+\\.sortMs >= \\$${b.param}\\b`));
    }
    expect(text).toMatch(/sortMs <= \$toMs/);
    // Each branch is ordered and cut before the branches are merged, and the merge is cut again.
    expect(text.match(/LIMIT \$limit/g)!.length).toBe(WINDOW_BUCKETS.length + 1);
  });

  it('gives every global branch a predicate on each property of its composite index, so Neo4j seeks it in order and stops at $limit', () => {
    // Neo4j reads a composite range index only when each of its properties has a predicate; a
    // missing one made the unfiltered page expand and sort every relationship (bench:scale shape f).
    const unfiltered = page(NO_FILTER, { withCursor: false });
    expect(unfiltered).toMatch(/\w+\.sortMs IS NOT NULL AND \w+\.key IS NOT NULL/);
    const byCategory = page(toFilter({ categories: ['PRESSURE', 'OPPOSITION'] }));
    expect(byCategory.match(/category = \$category\d[\s\S]*?sortMs IS NOT NULL AND \w+\.key IS NOT NULL/g)!.length).toBe(2);
    const windowed = page(toFilter({ during: { from: '2026-02-01', to: '2026-02-28' } }));
    expect(windowed).not.toContain('sortMs IS NOT NULL');
    expect(windowed.match(/\.key IS NOT NULL/g)!.length).toBe(WINDOW_BUCKETS.length); // one per bucket
  });

  it('regression: orders each global branch by its index’s leading equality properties first, so a dense window reads the index in order and stops at $limit', () => {
    // Ordered by (sortMs, key) alone, Neo4j sorted every row of a branch's range: shape h of
    // bench:scale went from 8,321 db hits at 10k entities to 57,510 at 100k for the same 50 rows.
    const branchOrders = (text: string) => [...text.matchAll(/RETURN this\d+, this\d+, this\d+\s+ORDER BY ([^\n]+)/g)].map((m) => m[1]!);
    const windowed = branchOrders(page(toFilter({ during: { from: '2026-02-01', to: '2026-02-28' } })));
    expect(windowed).toHaveLength(WINDOW_BUCKETS.length);
    for (const order of windowed) expect(order).toMatch(/^this\d+\.whenBucket ASC, this\d+\.sortMs ASC, this\d+\.key ASC$/);
    const byCategory = branchOrders(page(toFilter({ categories: ['PRESSURE', 'OPPOSITION'] })));
    expect(byCategory).toHaveLength(2);
    for (const order of byCategory) expect(order).toMatch(/^this\d+\.category ASC, this\d+\.sortMs ASC, this\d+\.key ASC$/);
    const both = branchOrders(page(toFilter({ categories: ['PRESSURE'], during: { from: '2026-02-01', to: '2026-02-28' } })));
    for (const order of both) expect(order).toMatch(/^this\d+\.category ASC, this\d+\.whenBucket ASC, this\d+\.sortMs ASC/);
  });

  it('anchors on the entity a filter names, so the cost follows its degree, and checks existence in the same statement', () => {
    const text = page(toFilter({ target: 'anthropic' }));
    expect(text).toMatch(/MATCH \(\w+:Entity \{ key: \$target \}\)\s+MATCH \(\w+\)<-\[\w+:REL\]-\(\w+:Entity\)/);
    expect(text).toMatch(/AS found/);
  });

  it('reads one pinned version of the graph in every statement', () => {
    for (const text of [page(NO_FILTER), exportEdgesText(NO_FILTER), neighborhoodText({ filter: NO_FILTER, depth: 1, projection: PROJECTION })]) {
      expect(text).toMatch(/txFrom <= \$v AND \(\w+\.txTo IS NULL OR \w+\.txTo > \$v\)/);
    }
  });

  it('hides retracted relationships unless asked for', () => {
    expect(page(NO_FILTER)).toContain('retracted IS NULL');
    expect(page(toFilter(null, { includeRetracted: true }))).not.toContain('retracted IS NULL');
  });

  it('viaRoles counts the acts of role holders, only within their role', () => {
    const text = page(toFilter({ source: 'us-department-of-defense', viaRoles: true }));
    expect(text).toContain("type = 'HOLDS_ROLE'");
    expect(text).toMatch(/UNION ALL/);
    expect(text).toMatch(/untilEndMs/);
  });

  it('exports and the API share the filter: the same window predicate appears in both', () => {
    const f = toFilter({ during: { from: '2026-02-01', to: '2026-02-28', includeUndated: true } });
    const window = /\(\w+\.whenStartMs IS NOT NULL AND \w+\.whenEndMs >= \$fromMs AND \w+\.whenStartMs <= \$toMs\) OR \w+\.whenStartMs IS NULL/;
    expect(exportEdgesText(f)).toMatch(window);
    expect(page(f)).toMatch(window);
  });

  it('selects only the stored properties the operation asked for', () => {
    const text = page(NO_FILTER, { projection: { rel: ['summary'], entity: ['name'], document: null } });
    expect(text).toContain('.summary');
    expect(text).not.toContain('.evDocs,');
    expect(text).not.toMatch(/Document/);
  });

  it('paths keep whole length groups, so ties are broken by key, never by what Neo4j kept', () => {
    const text = pathsText({ filter: NO_FILTER, maxHops: 4, timeRespecting: false, projection: PROJECTION });
    expect(text).toContain('SHORTEST 1 GROUPS');
    expect(text).toContain('SHORTEST 4 GROUPS');
    expect(text).not.toContain('SHORTEST 5 GROUPS');
    expect(text).toMatch(/ORDER BY size\(\w+\.keys\) ASC, \w+\.keys ASC/);
  });

  it('refuses a hop bound that is not a small integer before any text is built', () => {
    expect(() => pathsText({ filter: NO_FILTER, maxHops: 7, timeRespecting: false, projection: PROJECTION })).toThrow(/1 to 6/);
  });
});
