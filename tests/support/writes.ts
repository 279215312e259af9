import { expect } from 'vitest';
import { createKey } from '../../src/store/key-store.js';
import type { testApp } from './test-app.js';

type TestApp = ReturnType<typeof testApp>;

/** An invented article: furniture lines around a body that states two facts. No source text. */
export const ARTICLE = [
  'Trending: ten phones you will want',
  'The Board of Examples fined Widget Corp $5 million on 3 March 2026. Widget Corp said it would appeal the fine. Widget Corp said it would appeal the fine.',
  'Share on social media',
].join('\n');
export const BODY = { start: ARTICLE.indexOf('The Board'), end: ARTICLE.indexOf('\nShare') };

let counter = 0;
/** A fresh key of a scope, made through the store as `npm run keys` does. */
export async function keyFor(t: TestApp, scope: 'READ' | 'EDIT' | 'REVIEW' | 'ADMIN', name = `${scope.toLowerCase()}-${process.pid}-${++counter}`): Promise<{ name: string; key: string }> {
  return { name, key: await createKey(t.app.db, name, scope) };
}

/** A GraphQL call with a bearer key. */
export function as(t: TestApp, key: string | null) {
  return <T = any>(query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, key ? { authorization: `Bearer ${key}` } : {});
}

/** The data of a mutation that must succeed with no userErrors. */
export function accepted<T extends Record<string, any>>(res: { data?: T; errors?: unknown }, field: keyof T): any {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const payload = res.data![field];
  expect(payload.userErrors, JSON.stringify(payload.userErrors)).toEqual([]);
  return payload;
}

export const ADD_DOCUMENT = `mutation($input: DocumentInput!) { addDocument(input: $input) { document { key title hasText } created change { id action actor subject } userErrors { code message field } } }`;
export const UPSERT_ENTITY = `mutation($input: EntityInput!, $v: Int) { upsertEntity(input: $input, expectedVersion: $v) { entity { key name aliases version } change { id action } userErrors { code message field } } }`;
export const ADD_RELATIONSHIP = `mutation($input: RelationshipInput!) { addRelationship(input: $input) { relationship { key type when { iso precision } amount { amount currency } evidence { document { key } start end quote } source { key } target { key } } change { id action subject before after } userErrors { code message field } } }`;

export const articleInput = (extra: Record<string, unknown> = {}) => ({
  title: 'Board fines Widget Corp',
  publisher: 'Example Wire',
  publishedOn: '2026-03-04',
  reliability: 'HIGH',
  reliabilityReason: 'An invented wire report used by the tests.',
  text: ARTICLE,
  body: [BODY],
  ...extra,
});

export const fineInput = (document: string, extra: Record<string, unknown> = {}) => ({
  type: 'FINED',
  source: 'board-of-examples',
  target: 'widget-corp',
  category: 'PRESSURE',
  cameo: '172',
  when: '2026-03-03',
  amount: { amount: 5_000_000, currency: 'USD' },
  status: 'REPORTED',
  summary: 'The board imposed a five-million-dollar penalty on the company.',
  evidence: [{ document, quote: 'The Board of Examples fined Widget Corp $5 million on 3 March 2026.' }],
  ...extra,
});

/** The graph's newest version and number of changes: a refused write changes neither. */
export async function writeMarks(t: TestApp): Promise<{ version: number; changes: number }> {
  const res = await t.app.driver.executeQuery(
    "OPTIONAL MATCH (g:GraphVersion {id: 'graph'}) WITH coalesce(g.n, 0) AS version CALL () { MATCH (c:Change) RETURN count(c) AS changes } RETURN version, changes",
    {},
    { database: t.app.config.neo4j.database },
  );
  return { version: Number(res.records[0]!.get('version')), changes: Number(res.records[0]!.get('changes')) };
}
