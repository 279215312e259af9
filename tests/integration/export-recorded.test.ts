import { beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, ADD_RELATIONSHIP, UPSERT_ENTITY, accepted, articleInput, as, fineInput, keyFor } from '../support/writes.js';
import { testApp } from '../support/test-app.js';

/**
 * Exports filtered by transaction time (issue 11 §8): `recordedAsOf` gives the graph as it had
 * been recorded at an instant, so an export taken for a report can be taken again later.
 */

const t = testApp();
let edit: ReturnType<typeof as>;
let beforeWrites: string;
let afterAdding: string;

const exportKeys = async (query = '') => {
  const res = await t.yoga.fetch(`http://test/export/graph.json${query ? `?${query}` : ''}`);
  expect(res.status, await res.clone().text()).toBe(200);
  const body = (await res.json()) as { edges: { key: string }[]; graph?: { graphVersion?: number } };
  return body.edges.map((e) => e.key);
};

beforeAll(async () => {
  await t.app.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: t.app.config.neo4j.database });
  await t.app.db.refreshVersion();
  edit = as(t, (await keyFor(t, 'EDIT')).key);
  beforeWrites = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 20));
  const doc = accepted(await edit(ADD_DOCUMENT, { input: articleInput() }), 'addDocument').document.key;
  for (const [key, name] of [
    ['board-of-examples', 'Board of Examples'],
    ['widget-corp', 'Widget Corp'],
  ]) {
    accepted(await edit(UPSERT_ENTITY, { input: { key, name, kind: 'ORGANIZATION' } }), 'upsertEntity');
  }
  accepted(await edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'board-fined-widget' }) }), 'addRelationship');
  await new Promise((r) => setTimeout(r, 20));
  afterAdding = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 20));
  accepted(await edit(`mutation { retractRelationship(key: "board-fined-widget", reason: "The fine was never imposed.") { userErrors { code } } }`), 'retractRelationship');
});

describe('exports with recordedAsOf', () => {
  it('give the graph as recorded at that instant: before the writes, after the relationship was added, and now that it is retracted', async () => {
    expect(await exportKeys(`recordedAsOf=${encodeURIComponent(beforeWrites)}`)).toEqual([]);
    expect(await exportKeys(`recordedAsOf=${encodeURIComponent(afterAdding)}`)).toEqual(['board-fined-widget']);
    expect(await exportKeys()).toEqual([]);
  });

  it('combine with the other filters', async () => {
    expect(await exportKeys(`recordedAsOf=${encodeURIComponent(afterAdding)}&category=PRESSURE&involving=widget-corp`)).toEqual(['board-fined-widget']);
    expect(await exportKeys(`recordedAsOf=${encodeURIComponent(afterAdding)}&category=SUPPORT`)).toEqual([]);
  });

  it('refuse what is not an instant with a 400 that names the parameter', async () => {
    const res = await t.yoga.fetch('http://test/export/graph.json?recordedAsOf=yesterday');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', error: expect.stringMatching(/recordedAsOf/) });
  });
});
