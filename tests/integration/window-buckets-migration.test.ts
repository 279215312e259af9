import { describe, expect, inject, it } from 'vitest';
import type { Precision, Qualifier } from '../../src/model/temporal.js';
import { windowBucketOf } from '../../src/model/window-buckets.js';
import { parseDump } from '../../src/model/dump-format.js';
import { dumpGraph, restoreGraph } from '../../src/store/dump-store.js';
import { migrate } from '../../src/store/migrate.js';
import { cypherRows } from '../support/seed-fixtures.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * Windows read dated relationships by `whenBucket`. The writer stores it (windowBucketOf), and
 * migration 040 gives it once to graphs stored before it, with a CASE that must agree with the
 * writer on every kind of date: plain, qualified, zoned, zoned and qualified, MINUTE. It runs in
 * the start that creates the buckets' index, before it.
 */

const t = testApp();
withSeedGraph(t);
const conn = inject('neo4j');
const rows = <T = Record<string, any>>(q: string, p: Record<string, unknown> = {}) => cypherRows<T>(t.app.driver, conn.database, q, p);

interface Stored {
  key: string;
  bucket: string | null;
  precision: Precision | null;
  timezone: string | null;
  qualifier: Qualifier | null;
}
const stored = () =>
  rows<Stored>(
    'MATCH ()-[r:REL]->() RETURN r.key AS key, r.whenBucket AS bucket, r.whenPrecision AS precision, r.whenTimezone AS timezone, r.whenQualifier AS qualifier ORDER BY key, r.txFrom',
  );
const expected = (s: Stored) => (s.precision ? windowBucketOf({ precision: s.precision, timezone: s.timezone ?? undefined, qualifier: s.qualifier ?? undefined }) : null);

// Dates of every kind the seed may lack, as a graph stored before buckets holds them.
const OLD = [
  { key: 'wb-minute-zoned', whenPrecision: 'MINUTE', whenTimezone: 'America/New_York', sortMs: Date.UTC(2026, 1, 10, 15) },
  { key: 'wb-month-zoned-early', whenPrecision: 'MONTH', whenTimezone: 'Europe/Paris', whenQualifier: 'EARLY', sortMs: Date.UTC(2026, 0, 31, 23) },
  { key: 'wb-year-late', whenPrecision: 'YEAR', whenQualifier: 'LATE', sortMs: Date.UTC(2025, 8, 1) },
  { key: 'wb-day', whenPrecision: 'DAY', sortMs: Date.UTC(2026, 1, 12) },
  { key: 'wb-day-blank-zone', whenPrecision: 'DAY', whenTimezone: '', sortMs: Date.UTC(2026, 1, 13) },
  { key: 'wb-undated', sortMs: 9_000_000_000_000_000 },
];

const WINDOW = `{ relationships(where: { during: { from: "2025-06-01", to: "2026-03-31" } }, first: 200) { edges { node { key } } } }`;
const windowKeys = async () => {
  const res = await t.gql<{ relationships: { edges: { node: { key: string } }[] } }>(WINDOW);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.relationships.edges.map((e) => e.node.key);
};

describe('whenBucket', () => {
  it('the writer stores the bucket windowBucketOf gives, on every dated relationship of the seed', async () => {
    const all = await stored();
    const dated = all.filter((s) => s.precision);
    expect(dated.length).toBeGreaterThan(100);
    for (const s of all) expect(s.bucket, s.key).toBe(expected(s));
  });

  it('migration 040 gives a graph stored before buckets the same ones, once, and windows answer as before', async () => {
    const before = await windowKeys();
    expect(before.length).toBeGreaterThan(20);
    await rows(
      `MATCH (a:Entity {key: 'anthropic'}), (b:Entity {key: 'us-department-of-defense'})
       UNWIND $old AS o CREATE (a)-[r:REL]->(b) SET r = o, r.type = 'TESTED_WITH', r.txFrom = 0`,
      { old: OLD },
    );
    // A graph from before: no buckets anywhere, and no index of them.
    await rows('MATCH ()-[r:REL]->() REMOVE r.whenBucket');
    await rows('DROP INDEX rel_bucket_sort');
    // The windows read by bucket: without them, the dated relationships are not found.
    expect((await windowKeys()).length).toBeLessThan(before.length);

    await migrate(t.app.db);
    const after = await stored();
    const kinds = new Set(after.map((s) => s.bucket?.replace(/^[A-Z]+/, '')));
    expect([...kinds].sort()).toEqual(['', '/3', '@tz', undefined].sort());
    for (const s of after) expect(s.bucket, s.key).toBe(expected(s));
    expect(after.find((s) => s.key === 'wb-day-blank-zone')!.bucket).toBe('DAY');
    expect(after.find((s) => s.key === 'wb-minute-zoned')!.bucket).toBe('MINUTE');

    const restored = await windowKeys();
    expect(restored.filter((k) => !k.startsWith('wb-'))).toEqual(before);

    // Once: a later start, the index being there, does not scan again.
    await rows("MATCH ()-[r:REL {key: 'wb-day'}]->() REMOVE r.whenBucket");
    await migrate(t.app.db);
    expect((await stored()).find((s) => s.key === 'wb-day')!.bucket).toBeNull();
    await rows("MATCH ()-[r:REL]->() WHERE r.key STARTS WITH 'wb-' DELETE r");
  });

  it('regression: a dump made before buckets restores with them, though the index already exists', async () => {
    const before = await windowKeys();
    await rows('MATCH ()-[r:REL]->() REMOVE r.whenBucket');
    const { lines } = await dumpGraph(t.app.db);
    await restoreGraph(t.app.db, parseDump(lines), { force: true });
    const restored = await stored();
    expect(restored.filter((s) => s.precision).length).toBeGreaterThan(100);
    for (const s of restored) expect(s.bucket, s.key).toBe(expected(s));
    expect(await windowKeys()).toEqual(before);
  });
});
