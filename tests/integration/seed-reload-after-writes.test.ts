import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadSeed } from '../../src/store/seed-load.js';
import { ADD_DOCUMENT, ADD_RELATIONSHIP, UPSERT_ENTITY, accepted, articleInput, as, fineInput, keyFor } from '../support/writes.js';
import { SOURCES_DIR, testApp, withSeedGraph } from '../support/test-app.js';

/**
 * Issue 11, "seed and writes coexist": reloading the seed (npm run seed, or a start with
 * SEED_ON_START) never deletes or alters what was written through the API, and an API write
 * that contradicts the seed (a retraction of a seed relationship, an edit of a seed entity)
 * survives a reload, even of a seed that changed the same records.
 */

const t = testApp();
withSeedGraph(t);
const dir = mkdtempSync(path.join(tmpdir(), 'kg-seed-reload-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RETRACTED = 'dario-amodei-ceo-of-anthropic';
const EDITED_ENTITY = 'anthropic';
const UNTOUCHED = 'pete-hegseth-defense-secretary';

/** What the API wrote, and the seed records it touched, as a client reads them. */
async function apiView() {
  const res = await t.gql(
    `{
      board: entity(key: "board-of-examples") { key name kind description version }
      edited: entity(key: "${EDITED_ENTITY}") { name aliases description version }
      fines: relationships(where: { source: "board-of-examples" }) { edges { node { key type summary target { key } evidence { document { key } start end quote } } } }
      retracted: relationships(where: { source: "dario-amodei", target: "anthropic" }, includeRetracted: true) { edges { node { key retracted retractionReason summary } } }
      documents { key title hasText }
    }`,
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

async function summaryOf(key: string, source: string): Promise<string> {
  const res = await t.gql(`query($s: String!) { relationships(where: { source: $s }, first: 100) { edges { node { key summary } } } }`, { s: source });
  return res.data.relationships.edges.find((e: any) => e.node.key === key).node.summary;
}

/** A copy of the seed in which the records above say something else. */
function changedSeed(): string {
  const copy = path.join(dir, 'seed');
  cpSync('seed', copy, { recursive: true });
  const relFile = path.join(copy, 'relationships', '000.yaml');
  const rels = parseDocument(readFileSync(relFile, 'utf8'));
  const list = rels.get('relationships') as any;
  for (const item of list.items) {
    const key = item.get('key');
    if (key === RETRACTED) item.set('summary', 'A reworded summary from a later seed.');
    if (key === UNTOUCHED) item.set('summary', 'Another reworded summary from a later seed.');
  }
  writeFileSync(relFile, rels.toString());
  const orgFile = path.join(copy, 'entities', 'organizations.yaml');
  const orgs = parseDocument(readFileSync(orgFile, 'utf8'));
  for (const item of (orgs.get('entities') as any).items) if (item.get('key') === EDITED_ENTITY) item.set('description', 'A reworded description from a later seed.');
  writeFileSync(orgFile, orgs.toString());
  return copy;
}

let doc: string;

beforeAll(async () => {
  const edit = as(t, (await keyFor(t, 'EDIT')).key);
  doc = accepted(await edit(ADD_DOCUMENT, { input: articleInput() }), 'addDocument').document.key;
  accepted(await edit(UPSERT_ENTITY, { input: { key: 'board-of-examples', name: 'Board of Examples', kind: 'ORGANIZATION', description: 'An organisation invented for the tests.' } }), 'upsertEntity');
  accepted(await edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'board-fines-anthropic', target: EDITED_ENTITY }) }), 'addRelationship');
  const current = (await t.gql(`{ entity(key: "${EDITED_ENTITY}") { name kind aliases description version } }`)).data.entity;
  accepted(
    await edit(UPSERT_ENTITY, { input: { key: EDITED_ENTITY, name: current.name, kind: current.kind, aliases: [...current.aliases, 'Anthropic Test Alias'], description: 'A description written through the API.' }, v: current.version }),
    'upsertEntity',
  );
  accepted(await edit(`mutation { retractRelationship(key: "${RETRACTED}", reason: "retracted through the API for the test") { userErrors { code message field } } }`), 'retractRelationship');
});

describe('reloading the seed after API writes', () => {
  it('the same seed again: API data and the API’s edits of seed records are intact', async () => {
    const before = await apiView();
    expect(before.retracted.edges).toEqual([{ node: expect.objectContaining({ key: RETRACTED, retracted: true, retractionReason: 'retracted through the API for the test' }) }]);
    expect(before.edited.aliases).toContain('Anthropic Test Alias');
    expect(before.fines.edges).toHaveLength(1);
    expect(before.documents.map((d: { key: string }) => d.key)).toContain(doc);

    await loadSeed(t.app.db, 'seed', SOURCES_DIR);
    expect(await apiView()).toEqual(before);
  });

  it('a seed that changed the same records: the API’s version stays, and the seed’s other changes land', async () => {
    const before = await apiView();
    const untouchedBefore = await summaryOf(UNTOUCHED, 'pete-hegseth');

    const summary = await loadSeed(t.app.db, changedSeed(), SOURCES_DIR);
    // The reload did write: a seed record no API write touched takes the seed's new words.
    expect(summary.version).not.toBeNull();
    expect(await summaryOf(UNTOUCHED, 'pete-hegseth')).not.toBe(untouchedBefore);
    expect(await summaryOf(UNTOUCHED, 'pete-hegseth')).toBe('Another reworded summary from a later seed.');
    // The records the API wrote or edited are as the API left them, and the loader says it kept them.
    expect(await apiView()).toEqual(before);
    expect(summary.overridden).toEqual(expect.arrayContaining([RETRACTED, EDITED_ENTITY]));
  });
});
