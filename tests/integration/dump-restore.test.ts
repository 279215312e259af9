import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDump } from '../../src/model/dump-format.js';
import { dumpGraph, restoreGraph } from '../../src/store/dump-store.js';
import { ADD_DOCUMENT, ADD_RELATIONSHIP, UPSERT_ENTITY, accepted, articleInput, as, fineInput, keyFor } from '../support/writes.js';
import { allPages, changeLocalId } from '../support/pages.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * `npm run dump` and `npm run restore` (issue 11, "nothing is lost"): the seed graph and API
 * writes of every kind, with their history, dumped by the CLI, the database emptied, restored
 * by the CLI, and the graph answers the same and dumps to the same lines.
 */

const t = testApp();
withSeedGraph(t);
const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'kg-dump-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLIs on the test database, as an operator runs them (`npm run dump -- FILE` is `tsx src/cli/dump.ts FILE`). */
function cli(script: 'dump' | 'restore', ...args: string[]) {
  const conn = inject('neo4j');
  return run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database, LOG_LEVEL: 'info' },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const wipe = () => t.app.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: t.app.config.neo4j.database });
const size = async () => {
  const r = await t.app.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: t.app.config.neo4j.database });
  return Number(r.records[0]!.get('n'));
};

const API_ENTITIES = ['board-of-examples', 'widget-corp', 'widget-corporation', 'appeals-court-of-examples'];

/** What a client sees: every relationship (retracted too) with its evidence, the whole changes feed, entities with their versions, and the graph as recorded earlier. */
async function answers(recordedAt: string) {
  const relationships = await allPages(
    t,
    `query($after: String) { relationships(first: 100, after: $after, includeRetracted: true) { pageInfo { hasNextPage endCursor } edges { node { key type retracted retractionReason when { iso precision } amount { amount currency } source { key } target { key } evidence { document { key } start end quote } } } } }`,
    'relationships',
  );
  const changes = await allPages(t, `query($after: String) { changes(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id at actor action subject before after } } } }`, 'changes');
  const entities = await Promise.all(API_ENTITIES.map(async (key) => (await t.gql(`query($key: String!) { entity(key: $key) { key name aliases version } }`, { key })).data.entity));
  const earlier = (await t.gql(`query($at: DateTime!) { relationships(first: 100, recordedAsOf: $at, where: { source: "appeals-court-of-examples" }) { edges { node { key retracted } } } }`, { at: recordedAt })).data;
  return { relationships, changes, entities, earlier };
}

let recordedBeforeRetraction: string;
let editorKey: string;

beforeAll(async () => {
  const editor = await keyFor(t, 'EDIT');
  editorKey = editor.key;
  const admin = await keyFor(t, 'ADMIN');
  const edit = as(t, editor.key);
  const doc = accepted(await edit(ADD_DOCUMENT, { input: articleInput() }), 'addDocument').document.key;
  for (const [key, name] of [
    ['board-of-examples', 'Board of Examples'],
    ['widget-corp', 'Widget Corp'],
    ['widget-corporation', 'Widget Corporation'],
    ['appeals-court-of-examples', 'Appeals Court of Examples'],
  ]) {
    accepted(await edit(UPSERT_ENTITY, { input: { key, name, kind: 'ORGANIZATION', description: `${name}, an organisation invented for the tests.` } }), 'upsertEntity');
  }
  accepted(await edit(UPSERT_ENTITY, { input: { key: 'widget-corp', name: 'Widget Corp', kind: 'ORGANIZATION', aliases: ['Widget'] }, v: 1 }), 'upsertEntity');
  accepted(await edit(ADD_RELATIONSHIP, { input: fineInput(doc) }), 'addRelationship');
  accepted(await edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'board-fines-widget-corporation', target: 'widget-corporation', when: '2026-03' }) }), 'addRelationship');
  accepted(await edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'court-hears-widget-appeal', type: 'HEARD_APPEAL', source: 'appeals-court-of-examples', category: 'COMMUNICATION', cameo: '040', amount: null }) }), 'addRelationship');
  recordedBeforeRetraction = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 5));
  accepted(await edit(`mutation { retractRelationship(key: "court-hears-widget-appeal", reason: "not heard yet") { userErrors { code message field } } }`), 'retractRelationship');
  accepted(await as(t, admin.key)(`mutation { mergeEntities(keep: "widget-corp", merge: "widget-corporation") { userErrors { code message field } } }`), 'mergeEntities');
});

describe('npm run dump, then npm run restore into an empty database', () => {
  it('gives a graph that answers the same and dumps to the same lines', async () => {
    const before = await answers(recordedBeforeRetraction);
    // The fixture is what it claims to be: a retraction, a merge, versions and history to lose.
    expect(before.entities.map((e: any) => [e.key, e.version])).toEqual([
      ['board-of-examples', 1],
      ['widget-corp', 3],
      ['widget-corp', 3],
      ['appeals-court-of-examples', 1],
    ]);
    expect(before.earlier.relationships.edges).toEqual([{ node: { key: 'court-hears-widget-appeal', retracted: false } }]);
    expect(before.changes.length).toBeGreaterThan(10);

    const file = path.join(dir, 'graph.jsonl');
    const dumped = await cli('dump', file);
    expect(dumped.code, dumped.stderr).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const kinds = new Set(lines.map((l) => JSON.parse(l).kind + ':' + (JSON.parse(l).labels?.[0] ?? JSON.parse(l).type ?? '')));
    for (const k of ['node:ApiKey', 'node:Change', 'node:GraphVersion', 'node:Tx', 'node:State', 'node:Document', 'rel:MERGED_INTO', 'rel:REL', 'rel:MENTIONS', 'rel:STATE_OF']) expect(kinds).toContain(k);
    // Keys are there as hashes only.
    expect(readFileSync(file, 'utf8')).not.toContain(editorKey);

    await wipe();
    expect(await size()).toBe(0);
    const restored = await cli('restore', file);
    expect(restored.code, restored.stderr).toBe(0);
    // The test app's clock still holds the version of the graph that was wiped: learn the restored one.
    await t.app.db.refreshVersion();

    expect(await answers(recordedBeforeRetraction)).toEqual(before);
    const again = await dumpGraph(t.app.db);
    expect(again.lines.slice(1)).toEqual(lines.slice(1));
    expect(JSON.parse(again.lines[0]!).graphVersion).toBe(JSON.parse(lines[0]!).graphVersion);
  }, 300_000);

  it('keeps keys working and the history going on without a gap', async () => {
    const last = (await allPages(t, `query($after: String) { changes(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, 'changes')).at(-1) as { id: string };
    const res = accepted(await as(t, editorKey)(UPSERT_ENTITY, { input: { key: 'board-of-examples', name: 'Board of Examples', kind: 'ORGANIZATION', aliases: ['the Board'] }, v: 1 }), 'upsertEntity');
    expect(res.entity.version).toBe(2);
    const [lastVersion] = changeLocalId(last.id).split('.');
    expect(changeLocalId(res.change.id)).toBe(`${Number(lastVersion) + 1}.0`);
  });

  it('refuses a database that is not empty, and --force replaces it', async () => {
    const file = path.join(dir, 'graph.jsonl');
    const nodes = await size();
    const refused = await cli('restore', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty/);
    expect(await size()).toBe(nodes);

    const forced = await cli('restore', file, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    await t.app.db.refreshVersion();
    // The write made after the dump is gone with the graph it was in.
    const board = await t.gql(`{ entity(key: "board-of-examples") { version aliases } }`);
    expect(board.data.entity).toEqual({ version: 1, aliases: [] });
  }, 200_000);

  it('writes nothing from a dump cut short, or one whose relationships cannot all be made', async () => {
    const lines = readFileSync(path.join(dir, 'graph.jsonl'), 'utf8').trimEnd().split('\n');
    const cut = path.join(dir, 'cut.jsonl');
    writeFileSync(cut, lines.slice(0, -1).join('\n'));
    await wipe();
    const refused = await cli('restore', cut);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/no end line/);
    expect(await size()).toBe(0);

    // Past the format checks, one relationship cannot be made (its end is a node the dump does
    // not hold): the nodes and relationships made before it are rolled back with it.
    const dump = parseDump(lines);
    const broken = { ...dump, relationships: [...dump.relationships, { ...dump.relationships[0]!, from: dump.nodes.length + 1 }] };
    await expect(restoreGraph(t.app.db, broken)).rejects.toThrow(/relationships/);
    expect(await size()).toBe(0);
  });
});
