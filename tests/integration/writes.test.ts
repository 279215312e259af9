import { beforeAll, describe, expect, it } from 'vitest';
import { revokeKey } from '../../src/store/key-store.js';
import { ADD_DOCUMENT, ADD_RELATIONSHIP, ARTICLE, BODY, UPSERT_ENTITY, accepted, articleInput, as, fineInput, keyFor, writeMarks } from '../support/writes.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * The write side (issue 11) through the real GraphQL layer: keys and scopes, mutations with
 * userErrors a client can act on, history, soft retraction, and nothing half-written.
 */

const t = testApp();
withSeedGraph(t);

let edit: (q: string, v?: Record<string, unknown>) => Promise<any>;
let editor: string;
let doc: string;

beforeAll(async () => {
  const k = await keyFor(t, 'EDIT');
  editor = k.name;
  edit = as(t, k.key);
  doc = accepted(await edit(ADD_DOCUMENT, { input: articleInput() }), 'addDocument').document.key;
  for (const [key, name] of [
    ['board-of-examples', 'Board of Examples'],
    ['widget-corp', 'Widget Corp'],
  ]) {
    accepted(await edit(UPSERT_ENTITY, { input: { key, name, kind: 'ORGANIZATION', description: `${name}, an organisation invented for the tests.` } }), 'upsertEntity');
  }
});

describe('a document, an entity and a relationship added, read back, retracted, and recorded', () => {
  it('reads back the exact quote, sees the retraction, and the history holds all four changes', async () => {
    const before = new Date().toISOString();
    accepted(await edit(UPSERT_ENTITY, { input: { key: 'appeals-court-of-examples', name: 'Appeals Court of Examples', kind: 'ORGANIZATION' } }), 'upsertEntity');
    const added = accepted(
      await edit(ADD_RELATIONSHIP, {
        input: fineInput(doc, { key: 'court-hears-widget-appeal', type: 'HEARD_APPEAL', source: 'appeals-court-of-examples', category: 'COMMUNICATION', cameo: '040', when: '2026-03', amount: null, evidence: [{ document: doc, start: BODY.start, end: BODY.start + 67 }] }),
      }),
      'addRelationship',
    );
    expect(added.relationship.evidence[0].quote).toBe(ARTICLE.slice(BODY.start, BODY.start + 67));
    expect(added.change).toMatchObject({ action: 'ADD_RELATIONSHIP', subject: 'court-hears-widget-appeal' });

    // Read back as any reader would: the exact UTF-16 slice of the stored text.
    const read = await t.gql(`{ relationships(where: { source: "appeals-court-of-examples" }) { totalCount edges { node { key evidence { quote start end } } } } }`);
    expect(read.data.relationships.edges[0].node.evidence[0].quote).toBe(ARTICLE.slice(BODY.start, BODY.start + 67));
    const recordedBeforeRetraction = new Date().toISOString();

    const retracted = accepted(await edit(`mutation { retractRelationship(key: "court-hears-widget-appeal", reason: "the court did not hear it yet") { relationship { key retracted retractionReason } change { action } userErrors { code } } }`), 'retractRelationship');
    expect(retracted.relationship).toEqual({ key: 'court-hears-widget-appeal', retracted: true, retractionReason: 'the court did not hear it yet' });

    const now = await t.gql(`{ relationships(where: { source: "appeals-court-of-examples" }) { totalCount } }`);
    expect(now.data.relationships.totalCount).toBe(0);
    const withRetracted = await t.gql(`{ relationships(where: { source: "appeals-court-of-examples" }, includeRetracted: true) { edges { node { key retracted } } } }`);
    expect(withRetracted.data.relationships.edges).toEqual([{ node: { key: 'court-hears-widget-appeal', retracted: true } }]);
    const then = await t.gql(`query($at: DateTime!) { relationships(where: { source: "appeals-court-of-examples" }, recordedAsOf: $at) { edges { node { key retracted } } } }`, { at: recordedBeforeRetraction });
    expect(then.errors).toBeUndefined();
    expect(then.data.relationships.edges).toEqual([{ node: { key: 'court-hears-widget-appeal', retracted: false } }]);
    // Before it all, the court was not in the graph: naming it is NOT_FOUND, and its relationship is not there.
    const beforeItAll = await t.gql(`query($at: DateTime!) { timeline(keys: ["appeals-court-of-examples"], recordedAsOf: $at) { totalCount } }`, { at: before });
    expect(beforeItAll.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const noneThen = await t.gql(`query($at: DateTime!) { relationships(where: { types: ["HEARD_APPEAL"] }, recordedAsOf: $at, includeRetracted: true) { totalCount } }`, { at: before });
    expect(noneThen.data.relationships.totalCount).toBe(0);

    const history = await t.gql(`query($since: DateTime) { changes(since: $since, first: 50) { totalCount edges { node { action actor subject before after } } } }`, { since: before });
    const mine = history.data.changes.edges.map((e: any) => e.node).filter((c: any) => ['appeals-court-of-examples', 'court-hears-widget-appeal'].includes(c.subject));
    expect(mine.map((c: any) => c.action)).toEqual(['UPSERT_ENTITY', 'ADD_RELATIONSHIP', 'RETRACT_RELATIONSHIP']);
    for (const c of mine) expect(c.actor).toBe(editor);
    expect(JSON.parse(mine[2].after).retracted).toBe(true);
    expect(JSON.parse(mine[2].before).retracted).toBeUndefined();
    const docChange = await t.gql(`query($d: String!) { changes(subject: $d) { edges { node { action actor } } } }`, { d: doc });
    expect(docChange.data.changes.edges).toEqual([{ node: { action: 'ADD_DOCUMENT', actor: editor } }]);
  });

  it('the same text added again is the document already there; nothing is written', async () => {
    const marks = await writeMarks(t);
    const again = accepted(await edit(ADD_DOCUMENT, { input: articleInput({ title: 'Another title' }) }), 'addDocument');
    expect(again.document.key).toBe(doc);
    expect(again.created).toBe(false);
    expect(again.change).toBeNull();
    expect(await writeMarks(t)).toEqual(marks);
  });

  it('the entity’s version counts its changes; a stale expectedVersion is a VERSION_CONFLICT', async () => {
    const e = await t.gql(`{ entity(key: "widget-corp") { version } }`);
    const v = e.data.entity.version;
    const ok = accepted(await edit(UPSERT_ENTITY, { input: { key: 'widget-corp', name: 'Widget Corp', kind: 'ORGANIZATION', aliases: ['Widget'] }, v }), 'upsertEntity');
    expect(ok.entity.version).toBe(v + 1);
    const stale = await edit(UPSERT_ENTITY, { input: { key: 'widget-corp', name: 'Widget Corp', kind: 'ORGANIZATION', aliases: ['WC'] }, v });
    expect(stale.data.upsertEntity.userErrors).toEqual([expect.objectContaining({ code: 'VERSION_CONFLICT', field: ['expectedVersion'] })]);
    // What the edit left out stays: the description written before.
    const after = await t.gql(`{ entity(key: "widget-corp") { aliases description } }`);
    expect(after.data.entity).toEqual({ aliases: ['Widget'], description: 'Widget Corp, an organisation invented for the tests.' });
  });

  it('an alias that names another entity is a CONFLICT naming that entity', async () => {
    const res = await edit(UPSERT_ENTITY, { input: { key: 'widget-holdings', name: 'Widget Holdings', kind: 'ORGANIZATION', aliases: ['the Pentagon'] } });
    expect(res.data.upsertEntity.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'aliases'] });
    expect(res.data.upsertEntity.userErrors[0].message).toContain('us-department-of-defense');
  });

  it('a relationship key that exists is a CONFLICT', async () => {
    accepted(await edit(ADD_RELATIONSHIP, { input: fineInput(doc) }), 'addRelationship');
    const again = await edit(ADD_RELATIONSHIP, { input: fineInput(doc) });
    expect(again.data.addRelationship.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'key'] });
  });

  it('addEvidence adds a statement as a new version; the same span twice changes nothing', async () => {
    accepted(await edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'widget-appeals-fine', type: 'REJECTED', source: 'widget-corp', target: 'board-of-examples', category: 'OPPOSITION', cameo: '120', amount: null, when: null, evidence: [{ document: doc, quote: 'Widget Corp said it would appeal the fine.', start: ARTICLE.lastIndexOf('Widget Corp said') }] }) }), 'addRelationship');
    const more = accepted(
      await edit(`mutation($e: [EvidenceInput!]!) { addEvidence(relationship: "widget-appeals-fine", evidence: $e) { relationship { evidence { start quote } } change { action } userErrors { code } } }`, {
        e: [{ document: doc, quote: 'Widget Corp said it would appeal the fine.', start: ARTICLE.indexOf('Widget Corp said') }],
      }),
      'addEvidence',
    );
    expect(more.relationship.evidence.map((e: any) => e.start).sort()).toEqual([ARTICLE.indexOf('Widget Corp said'), ARTICLE.lastIndexOf('Widget Corp said')].sort());
    expect(more.change.action).toBe('ADD_EVIDENCE');
  });
});

describe('bad input gets a userError, nothing written and no 500', () => {
  const cases: { name: string; run: () => Promise<any>; field: string; code: string }[] = [
    { name: 'a quote that does not occur', run: () => edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'q1', evidence: [{ document: doc, quote: 'The board fined nobody.' }] }) }), field: 'addRelationship', code: 'QUOTE_NOT_FOUND' },
    { name: 'a quote that occurs twice', run: () => edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'q2', evidence: [{ document: doc, quote: 'Widget Corp said it would appeal the fine.' }] }) }), field: 'addRelationship', code: 'QUOTE_AMBIGUOUS' },
    { name: 'a span outside the text', run: () => edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'q3', evidence: [{ document: doc, start: 10, end: ARTICLE.length + 5 }] }) }), field: 'addRelationship', code: 'BAD_INPUT' },
    { name: 'a quote in the site furniture', run: () => edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'q4', evidence: [{ document: doc, quote: 'Share on social media' }] }) }), field: 'addRelationship', code: 'BAD_INPUT' },
    { name: 'an unknown entity key', run: () => edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'q5', target: 'nobody-here' }) }), field: 'addRelationship', code: 'NOT_FOUND' },
    { name: 'an unknown document', run: () => edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'q6', evidence: [{ document: 'doc-0000000000000000', quote: 'x' }] }) }), field: 'addRelationship', code: 'NOT_FOUND' },
    { name: 'a category that contradicts the CAMEO code', run: () => edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'q7', cameo: '051' }) }), field: 'addRelationship', code: 'BAD_INPUT' },
    { name: 'a date like 2026-02-30', run: () => edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'q8', when: '2026-02-30' }) }), field: 'addRelationship', code: 'BAD_INPUT' },
    { name: 'an amount with an empty currency', run: () => edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'q9', amount: { amount: 5, currency: '' } }) }), field: 'addRelationship', code: 'BAD_INPUT' },
    { name: 'a retraction of an unknown relationship', run: () => edit(`mutation { retractRelationship(key: "nobody-here", reason: "no reason") { userErrors { code message field } } }`), field: 'retractRelationship', code: 'NOT_FOUND' },
    { name: 'a document key taken by another text', run: () => edit(ADD_DOCUMENT, { input: articleInput({ key: doc, text: 'A different invented text for the same key.', body: null }) }), field: 'addDocument', code: 'CONFLICT' },
    { name: 'a body span outside the text', run: () => edit(ADD_DOCUMENT, { input: articleInput({ text: 'Short invented text.', body: [{ start: 0, end: 99 }] }) }), field: 'addDocument', code: 'BAD_INPUT' },
  ];

  it.each(cases)('$name', async ({ run, field, code }) => {
    const marks = await writeMarks(t);
    const res = await run();
    expect(res.status).toBe(200);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data[field].userErrors.map((e: any) => e.code)).toContain(code);
    expect(res.data[field].userErrors.every((e: any) => typeof e.message === 'string' && e.message.length > 0)).toBe(true);
    expect(await writeMarks(t)).toEqual(marks);
  });

  it('an amount without a currency is refused before it runs (the input type requires one)', async () => {
    const marks = await writeMarks(t);
    const res = await edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'q10', amount: { amount: 5 } }) });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions!.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(await writeMarks(t)).toEqual(marks);
  });

  it('a text above the configured limit is refused with TEXT_TOO_LARGE', async () => {
    const small = testApp({ MAX_DOCUMENT_CHARS: '1000' });
    try {
      const k = await keyFor(small, 'EDIT');
      const marks = await writeMarks(small);
      const res = await as(small, k.key)(ADD_DOCUMENT, { input: articleInput({ text: 'x'.repeat(10_001), body: null }) });
      expect(res.data.addDocument.userErrors[0]).toMatchObject({ code: 'TEXT_TOO_LARGE', field: ['input', 'text'] });
      expect(await writeMarks(small)).toEqual(marks);
    } finally {
      await small.close();
    }
  });
});

describe('keys and scopes', () => {
  it('a mutation without a key is UNAUTHENTICATED; reading needs none', async () => {
    const res = await t.gql(ADD_DOCUMENT, { input: articleInput() });
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ entity(key: "anthropic") { key } }')).data.entity.key).toBe('anthropic');
  });

  it('a key of too small a scope is FORBIDDEN: merging needs ADMIN', async () => {
    const res = await edit(`mutation { mergeEntities(keep: "widget-corp", merge: "board-of-examples") { userErrors { code } } }`);
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(res.errors![0]!.message).toContain('EDIT');
  });

  it('a revoked key, or one that is not ours, is UNAUTHENTICATED', async () => {
    const k = await keyFor(t, 'EDIT');
    accepted(await as(t, k.key)(ADD_DOCUMENT, { input: articleInput() }), 'addDocument');
    expect(await revokeKey(t.app.db, k.name)).toBe(true);
    const marks = await writeMarks(t);
    const res = await as(t, k.key)(UPSERT_ENTITY, { input: { key: 'revoked-write', name: 'Revoked Write', kind: 'PERSON' } });
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const forged = await as(t, `kg_${'A'.repeat(43)}`)(UPSERT_ENTITY, { input: { key: 'forged-write', name: 'Forged Write', kind: 'PERSON' } });
    expect(forged.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(await writeMarks(t)).toEqual(marks);
  });

  it('with READ_REQUIRES_KEY, reading needs a key of any scope, and a READ key cannot write', async () => {
    const locked = testApp({ READ_REQUIRES_KEY: 'true' });
    try {
      expect((await locked.gql('{ entity(key: "anthropic") { key } }')).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      const reader = await keyFor(locked, 'READ');
      expect((await as(locked, reader.key)('{ entity(key: "anthropic") { key } }')).data.entity.key).toBe('anthropic');
      expect((await as(locked, reader.key)(ADD_DOCUMENT, { input: articleInput() })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    } finally {
      await locked.close();
    }
  });
});

describe('merging entities', () => {
  it('moves names and relationships, and the merged key keeps resolving to the kept entity', async () => {
    const admin = as(t, (await keyFor(t, 'ADMIN')).key);
    accepted(await edit(UPSERT_ENTITY, { input: { key: 'widget-corporation', name: 'Widget Corporation', kind: 'ORGANIZATION', aliases: ['WidgetCo'] } }), 'upsertEntity');
    accepted(await edit(ADD_RELATIONSHIP, { input: fineInput(doc, { key: 'board-fines-widget-corporation', target: 'widget-corporation', when: '2026-03' }) }), 'addRelationship');
    const merged = accepted(await admin(`mutation { mergeEntities(keep: "widget-corp", merge: "widget-corporation") { entity { key aliases } change { action } userErrors { code message } } }`), 'mergeEntities');
    expect(merged.entity.key).toBe('widget-corp');
    expect(merged.entity.aliases).toEqual(expect.arrayContaining(['Widget Corporation', 'WidgetCo']));
    const byOldKey = await t.gql(`{ entity(key: "widget-corporation") { key } }`);
    expect(byOldKey.data.entity.key).toBe('widget-corp');
    const rel = await t.gql(`{ relationships(where: { types: ["FINED"], target: "widget-corp" }) { edges { node { key target { key } } } } }`);
    expect(rel.data.relationships.edges.map((e: any) => e.node.key)).toContain('board-fines-widget-corporation');
    const search = await t.gql(`{ search(text: "WidgetCo", first: 1) { entity { key } } }`);
    expect(search.data.search[0].entity.key).toBe('widget-corp');
  });
});
