import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, changeLocalId } from '../support/pages.js';
import { ADD_DOCUMENT, ADD_RELATIONSHIP, UPSERT_ENTITY, accepted, articleInput, as, fineInput, keyFor, writeMarks } from '../support/writes.js';
import { testApp } from '../support/test-app.js';

/**
 * Issue 11, "concurrency", with parallel requests through the real GraphQL layer: editors racing
 * on one entity (one wins, the rest VERSION_CONFLICT), on one relationship key (one wins, the rest
 * CONFLICT), on one new entity key (never two entities), and many distinct writes at once (all
 * land, and the graph's version counter and the Change ids have no gap and no duplicate).
 */

const t = testApp();
const wipe = () => t.app.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: t.app.config.neo4j.database });
const PARALLEL = 20;

let edit: ReturnType<typeof as>;
let doc: string;

beforeAll(async () => {
  await wipe();
  edit = as(t, (await keyFor(t, 'EDIT')).key);
  doc = accepted(await edit(ADD_DOCUMENT, { input: articleInput() }), 'addDocument').document.key;
  for (const [key, name] of [
    ['board-of-examples', 'Board of Examples'],
    ['widget-corp', 'Widget Corp'],
  ]) {
    accepted(await edit(UPSERT_ENTITY, { input: { key, name, kind: 'ORGANIZATION' } }), 'upsertEntity');
  }
});
afterAll(async () => {
  await wipe();
  await t.close();
});

const all = <T>(n: number, f: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => f(i)));

/** The payload's userError codes, or "OK"; a GraphQL error (a 500, a timeout) fails the test. */
function outcome(res: { data?: any; errors?: unknown }, field: string): string {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const errors: { code: string }[] = res.data[field].userErrors;
  return errors.length === 0 ? 'OK' : errors.map((e) => e.code).join(',');
}

const tally = (xs: string[]) => xs.reduce<Record<string, number>>((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {});

describe(`${PARALLEL} parallel writes`, () => {
  it('upserting one entity with the same expectedVersion: exactly one wins, the rest are VERSION_CONFLICT', async () => {
    const before = (await t.gql(`{ entity(key: "widget-corp") { version } }`)).data.entity.version;
    const results = await all(PARALLEL, (i) =>
      edit(UPSERT_ENTITY, { input: { key: 'widget-corp', name: 'Widget Corp', kind: 'ORGANIZATION', description: `Edit number ${i} of a race.` }, v: before }),
    );
    expect(tally(results.map((r) => outcome(r, 'upsertEntity')))).toEqual({ OK: 1, VERSION_CONFLICT: PARALLEL - 1 });
    const winner = results.findIndex((r) => r.data.upsertEntity.userErrors.length === 0);
    const after = (await t.gql(`{ entity(key: "widget-corp") { version description } }`)).data.entity;
    expect(after).toEqual({ version: before + 1, description: `Edit number ${winner} of a race.` });
  });

  it('creating one new entity key at once: one entity, never two', async () => {
    const results = await all(PARALLEL, (i) => edit(UPSERT_ENTITY, { input: { key: 'racing-newcomer', name: 'Racing Newcomer', kind: 'ORGANIZATION', description: `Attempt ${i}.` }, v: 0 }));
    const outcomes = tally(results.map((r) => outcome(r, 'upsertEntity')));
    // expectedVersion 0 claims "new": one creates it, every later one finds version 1.
    expect(outcomes).toEqual({ OK: 1, VERSION_CONFLICT: PARALLEL - 1 });
    const nodes = await t.app.driver.executeQuery("MATCH (n:Entity {key: 'racing-newcomer'}) RETURN count(n) AS n, collect(n.version) AS versions", {}, { database: t.app.config.neo4j.database });
    expect(Number(nodes.records[0]!.get('n'))).toBe(1);
    expect(nodes.records[0]!.get('versions').map(Number)).toEqual([1]);
  });

  it('adding one relationship key at once: one lands, the rest are CONFLICT', async () => {
    const results = await all(PARALLEL, () => edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'one-contested-fine' }) }));
    expect(tally(results.map((r) => outcome(r, 'addRelationship')))).toEqual({ OK: 1, CONFLICT: PARALLEL - 1 });
    const read = await t.gql(`{ relationships(where: { source: "board-of-examples" }, first: 100) { edges { node { key } } } }`);
    expect(read.data.relationships.edges.filter((e: any) => e.node.key === 'one-contested-fine')).toHaveLength(1);
  });

  it('adding distinct relationships at once: all land; versions and Change ids run on without a gap or a duplicate', async () => {
    const marks = await writeMarks(t);
    const results = await all(PARALLEL, (i) => edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: `parallel-fine-${i}`, when: `2026-03-${String(i + 1).padStart(2, '0')}` }) }));
    expect(tally(results.map((r) => outcome(r, 'addRelationship')))).toEqual({ OK: PARALLEL });

    const after = await writeMarks(t);
    expect(after.version).toBe(marks.version + PARALLEL);
    expect(after.changes).toBe(marks.changes + PARALLEL);

    // Each acknowledged write got its own version: the ids the clients were told are marks.version+1 … +PARALLEL, once each.
    const told = results.map((r) => changeLocalId(r.data.addRelationship.change.id)).sort((a, b) => parseFloat(a) - parseFloat(b));
    expect(told).toEqual(Array.from({ length: PARALLEL }, (_, i) => `${marks.version + 1 + i}.0`));

    // The feed agrees: every version from 1 on holds Change ids numbered from 0, and the versions have no gap.
    const feed = await allPages<{ id: string; subject: string }>(t, `query($after: String) { changes(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id subject } } } }`, 'changes');
    const ids = feed.map((c) => changeLocalId(c.id));
    expect(new Set(ids).size).toBe(ids.length);
    const versions = [...new Set(ids.map((id) => Number(id.split('.')[0])))];
    expect(versions).toEqual(Array.from({ length: after.version }, (_, i) => i + 1));
    for (const v of versions) {
      const idx = ids.filter((id) => Number(id.split('.')[0]) === v).map((id) => Number(id.split('.')[1]));
      expect(idx).toEqual(Array.from({ length: idx.length }, (_, i) => i));
    }
    expect(feed.filter((c) => c.subject.startsWith('parallel-fine-'))).toHaveLength(PARALLEL);

    // And the Tx log: one per version, numbered 1..n.
    const tx = await t.app.driver.executeQuery('MATCH (x:Tx) RETURN x.n AS n ORDER BY n', {}, { database: t.app.config.neo4j.database });
    expect(tx.records.map((r) => Number(r.get('n')))).toEqual(versions);
  });
});
