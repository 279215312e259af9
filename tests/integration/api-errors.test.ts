import { describe, expect, inject, it } from 'vitest';
import { cypherRows } from '../support/seed-fixtures.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * Bad input never gets a 5xx: it gets a 4xx or a GraphQL error with a stable extensions.code, and
 * no response carries a stack trace or a database message.
 */

const t = testApp();
const conn = inject('neo4j');
const cypher = (q: string, p: Record<string, unknown> = {}) => cypherRows(t.app.driver, conn.database, q, p);

type Res = Awaited<ReturnType<typeof t.gql>>;

/** Stack frames, file positions, Neo4j or Cypher wording: none of it may reach a client. */
const LEAKS = [/\n\s*at\s/, /\bat [\w$.<>]+ \(/, /\(?[\w./-]+\.(?:ts|js|mjs|cjs):\d+(?::\d+)?/, /neo4j/i, /cypher/i, /Neo\.\w+Error/, /"stack(?:trace)?"/i, /\bquery\s*=|\bMATCH \(/];

function expectNoLeak(res: Res) {
  const text = JSON.stringify(res);
  for (const re of LEAKS) expect(text, `response leaks ${re}`).not.toMatch(re);
}

/** A 4xx, or a GraphQL error whose extensions.code is set; never a 5xx. */
function expectRejected(res: Res, code?: string | string[]) {
  expect(res.status, JSON.stringify(res)).toBeLessThan(500);
  expect(res.errors?.length, `expected errors, got ${JSON.stringify(res)}`).toBeGreaterThan(0);
  for (const e of res.errors!) expect(typeof e.extensions?.code, `error without a code: ${JSON.stringify(e)}`).toBe('string');
  if (code) expect([code].flat()).toContain(res.errors![0]!.extensions!.code);
  expectNoLeak(res);
}

const cursorOf = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const globalId = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64');

withSeedGraph(t);


interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  code?: string | string[];
}

const BAD_INPUT: Case[] = [
  // Dates
  { name: 'an impossible date literal, 2026-02-30', query: '{ relationships(where: { during: { from: "2026-02-30" } }) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'an impossible date variable, 2026-02-30', query: 'query($d: Date) { relationships(where: { during: { to: $d } }) { totalCount } }', variables: { d: '2026-02-30' }, code: 'BAD_USER_INPUT' },
  { name: '"yesterday" as a date', query: 'query($d: Date) { relationships(where: { during: { from: $d } }) { totalCount } }', variables: { d: 'yesterday' }, code: 'BAD_USER_INPUT' },
  { name: '"yesterday" as asOf', query: '{ pressures(asOf: "yesterday") { key } }', code: 'BAD_USER_INPUT' },
  { name: 'a date-time where a date is expected', query: '{ timeline(during: { from: "2026-02-01T00:00:00Z" }) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'month 13 as asOf', query: 'query($d: Date) { relationships(asOf: $d) { totalCount } }', variables: { d: '2026-13-01' }, code: 'BAD_USER_INPUT' },
  { name: 'a number as a date', query: 'query($d: Date) { relationships(asOf: $d) { totalCount } }', variables: { d: 20260201 }, code: 'BAD_USER_INPUT' },
  { name: 'from after to in relationships', query: '{ relationships(where: { during: { from: "2026-03-01", to: "2026-02-01" } }) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'from after to in pressures', query: '{ pressures(during: { from: "2026-03-01", to: "2026-02-01" }) { key } }', code: 'BAD_USER_INPUT' },
  { name: 'from after to in timeline', query: '{ timeline(during: { from: "2026-03-01", to: "2026-02-01" }) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'from after to in paths', query: '{ paths(from: "anthropic", to: "openai", during: { from: "2026-03-01", to: "2026-02-01" }) { length } }', code: 'BAD_USER_INPUT' },
  { name: 'from after to in neighborhood', query: '{ neighborhood(key: "anthropic", during: { from: "2026-03-01", to: "2026-02-01" }) { truncated } }', code: 'BAD_USER_INPUT' },
  { name: 'from after to in Entity.relationships', query: '{ entity(key: "anthropic") { relationships(where: { during: { from: "2026-03-01", to: "2026-02-01" } }) { totalCount } } }', code: 'BAD_USER_INPUT' },

  // Unknown keys
  { name: 'an unknown source key', query: '{ relationships(where: { source: "nobody-here" }) { totalCount } }', code: 'NOT_FOUND' },
  { name: 'an unknown involving key', query: '{ relationships(where: { involving: "nobody-here" }) { totalCount } }', code: 'NOT_FOUND' },
  { name: 'an unknown pressures actor', query: '{ pressures(actor: "nobody-here") { key } }', code: 'NOT_FOUND' },
  { name: 'an unknown paths end', query: '{ paths(from: "anthropic", to: "nobody-here") { length } }', code: 'NOT_FOUND' },
  { name: 'an unknown neighborhood key', query: '{ neighborhood(key: "nobody-here") { truncated } }', code: 'NOT_FOUND' },
  { name: 'an unknown timeline key', query: '{ timeline(keys: ["anthropic", "nobody-here"]) { totalCount } }', code: 'NOT_FOUND' },
  { name: 'an unknown target in Entity.relationships', query: '{ entity(key: "anthropic") { relationships(where: { target: "nobody-here" }) { totalCount } } }', code: 'NOT_FOUND' },
  { name: 'node(id) of an unknown entity', query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: globalId('Organization', 'nobody-here') }, code: 'NOT_FOUND' },
  { name: 'node(id) of an unknown relationship', query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: globalId('Relationship', 'nobody-here') }, code: 'NOT_FOUND' },
  { name: 'node(id) of an unknown document', query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: globalId('Document', 'nobody-here') }, code: 'NOT_FOUND' },
  { name: 'node(id) naming an existing entity under another type', query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: globalId('Person', 'anthropic') }, code: 'NOT_FOUND' },

  // Key and id formats
  { name: 'a key with spaces and capitals', query: '{ entity(key: "Not A Key") { key } }', code: 'BAD_USER_INPUT' },
  { name: 'a key with a quote', query: `{ relationships(where: { source: "anthropic' OR 1=1" }) { totalCount } }`, code: 'BAD_USER_INPUT' },
  { name: 'a key of Cypher', query: '{ paths(from: "anthropic", to: "x}) DETACH DELETE (n") { length } }', code: 'BAD_USER_INPUT' },
  { name: 'an overlong key', query: 'query($k: String!) { entity(key: $k) { key } }', variables: { k: 'a'.repeat(200) }, code: 'BAD_USER_INPUT' },
  { name: 'a lower-case relationship type', query: '{ relationships(where: { types: ["issued ultimatum"] }) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'an unknown category', query: '{ relationships(where: { categories: [BRIBERY] }) { totalCount } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a global id that is not one', query: '{ node(id: "garbage") { id } }', code: 'BAD_USER_INPUT' },
  { name: 'a global id that is not one, in nodes', query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: ['garbage'] }, code: 'BAD_USER_INPUT' },

  // Page sizes and limits
  { name: 'relationships first: 10000', query: '{ relationships(first: 10000) { totalCount } }', code: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'] },
  { name: 'relationships first: 10000 in a variable', query: 'query($n: Int) { relationships(first: $n) { totalCount } }', variables: { n: 10000 }, code: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'] },
  { name: 'relationships first: 201', query: '{ relationships(first: 201) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'relationships first: 0', query: '{ relationships(first: 0) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'relationships first: -1', query: '{ relationships(first: -1) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'timeline first: 10000', query: '{ timeline(first: 10000) { totalCount } }', code: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'] },
  { name: 'Entity.relationships first: 10000', query: '{ entity(key: "anthropic") { relationships(first: 10000) { totalCount } } }', code: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'] },
  { name: 'search first: 10000', query: '{ search(text: "anthropic", first: 10000) { score } }', code: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'] },
  { name: 'paths first: 11', query: '{ paths(from: "anthropic", to: "openai", first: 11) { length } }', code: 'BAD_USER_INPUT' },
  { name: 'neighborhood limit: 100000', query: '{ neighborhood(key: "anthropic", limit: 100000) { truncated } }', code: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'] },
  { name: 'maxHops 7', query: '{ paths(from: "anthropic", to: "openai", maxHops: 7) { length } }', code: 'BAD_USER_INPUT' },
  { name: 'maxHops 0', query: '{ paths(from: "anthropic", to: "openai", maxHops: 0) { length } }', code: 'BAD_USER_INPUT' },
  { name: 'depth 4', query: '{ neighborhood(key: "anthropic", depth: 4) { truncated } }', code: 'BAD_USER_INPUT' },
  { name: 'depth 0', query: '{ neighborhood(key: "anthropic", depth: 0) { truncated } }', code: 'BAD_USER_INPUT' },
  { name: 'an int too large for GraphQL', query: '{ relationships(first: 99999999999) { totalCount } }', code: ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'] },

  // Cursors
  { name: 'a cursor that is not base64 JSON', query: '{ relationships(after: "garbage") { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'a cursor of the wrong shape', query: 'query($c: String) { relationships(after: $c) { totalCount } }', variables: { c: cursorOf({ key: 'anthropic' }) }, code: 'BAD_USER_INPUT' },
  { name: 'a cursor with an unsafe number', query: 'query($c: String) { relationships(after: $c) { totalCount } }', variables: { c: cursorOf([1e300, 'x']) }, code: 'BAD_USER_INPUT' },
  { name: 'a cursor in Entity.relationships', query: '{ entity(key: "anthropic") { relationships(after: "%%%") { totalCount } } }', code: 'BAD_USER_INPUT' },
  { name: 'a cursor in timeline', query: '{ timeline(after: "W10=") { totalCount } }', code: 'BAD_USER_INPUT' },

  // Search text
  { name: 'empty search text', query: '{ search(text: "") { score } }', code: 'BAD_USER_INPUT' },
  { name: 'blank search text', query: '{ search(text: "   ") { score } }', code: 'BAD_USER_INPUT' },
  { name: 'search text of only Lucene operators', query: '{ search(text: ")))") { score } }', code: 'BAD_USER_INPUT' },
  { name: 'search text of only *:*', query: '{ search(text: "*:*") { score } }', code: 'BAD_USER_INPUT' },
  { name: 'a lone backslash', query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: '\\' }, code: 'BAD_USER_INPUT' },
  { name: 'overlong search text', query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: 'anthropic '.repeat(100) }, code: 'BAD_USER_INPUT' },
];

const deepQuery = (levels: number) => {
  let inner = 'key';
  for (let i = 0; i < levels; i++) inner = `relationships(first: 1) { edges { node { source { ${inner} } } } }`;
  return `{ entity(key: "anthropic") { ${inner} } }`;
};

const LIMITS: Case[] = [
  { name: 'a query 8 relationship levels deep', query: deepQuery(8) },
  { name: 'a query 4 relationship levels deep, past the depth limit', query: deepQuery(4) },
  { name: 'too many aliases', query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: entity(key: "anthropic") { key }`).join(' ')} }` },
  { name: 'too many tokens', query: `{ entity(key: "anthropic") { ${Array.from({ length: 4000 }, () => 'key').join(' ')} } }` },
  { name: 'too many directives', query: `{ entity(key: "anthropic") { key ${Array.from({ length: 40 }, () => '@include(if: true)').join(' ')} } }` },
  { name: 'a costly fan-out', query: '{ documents { entities { relationships(first: 200) { edges { node { source { relationships(first: 200) { edges { node { target { documents { entities { key } } } } } } } } } } } } }' },
];

describe('bad input gets a coded error, never a 5xx', () => {
  for (const c of BAD_INPUT) {
    it(c.name, async () => {
      expectRejected(await t.gql(c.query, c.variables ?? {}), c.code);
    });
  }
});

describe('query limits reject oversized operations with a code', () => {
  for (const c of LIMITS) {
    it(c.name, async () => {
      const res = await t.gql(c.query, c.variables ?? {});
      expectRejected(res);
      expect(res.data ?? null).toBeNull();
    });
  }

  it('a query just inside the limits still runs', async () => {
    const res = await t.gql(deepQuery(2));
    expect(res.errors).toBeUndefined();
    expect(res.data.entity.relationships.edges).toHaveLength(1);
  });
});

describe('malformed requests', () => {
  it('a syntax error is GRAPHQL_PARSE_FAILED', async () => {
    expectRejected(await t.gql('{ entity(key: "anthropic") { key }'), 'GRAPHQL_PARSE_FAILED');
  });

  it('an unknown field is GRAPHQL_VALIDATION_FAILED and suggests nothing', async () => {
    const res = await t.gql('{ entity(key: "anthropic") { nam } }');
    expectRejected(res, 'GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  it('a body that is not JSON is a 4xx', async () => {
    const res = await t.yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    const text = await res.text();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    for (const re of LEAKS) expect(text).not.toMatch(re);
  });

  it('a GET with a bad date is rejected with a code too', async () => {
    const q = encodeURIComponent('{ relationships(where: { during: { from: "yesterday" } }) { totalCount } }');
    const res = await t.yoga.fetch(`http://test/graphql?query=${q}`, { headers: { accept: 'application/graphql-response+json' } });
    const body = (await res.json()) as Res;
    expectRejected({ ...body, status: res.status }, 'BAD_USER_INPUT');
  });
});

describe('Lucene syntax in search text never causes an error', () => {
  const texts = ['AND OR ~ *:* "unclosed', 'anthropic)))', 'anthropic AND', 'OR hegseth', 'hegseth~~', 'name:anthropic', 'pete* [1 TO 5] {a TO b}', 'claude^10', '"unclosed anthropic', 'a\\b', 'dod || pentagon && -x', 'ünïcödé Ántropic', '+-&&||!(){}[]^"~*?:\\/ hegseth'];
  for (const text of texts) {
    it(JSON.stringify(text), async () => {
      const res = await t.gql('query($t: String!) { search(text: $t) { score entity { key } } }', { t: text });
      expect(res.status).toBe(200);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(Array.isArray(res.data.search)).toBe(true);
      expectNoLeak(res);
    });
  }

  it('the words around the syntax still count: "anthropic)))" finds Anthropic and "+-&&… hegseth" finds Hegseth', async () => {
    const top = async (text: string) => (await t.gql('query($t: String!) { search(text: $t) { entity { key } } }', { t: text })).data.search[0]?.entity.key;
    expect(await top('anthropic)))')).toBe('anthropic');
    expect(await top('+-&&||!(){}[]^"~*?:\\/ hegseth')).toBe('pete-hegseth');
  });
});

describe('no response leaks internals', () => {
  it('the entity lookup of an unknown key is simply null, with no error', async () => {
    const res = await t.gql('{ entity(key: "nobody-here") { key } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ entity: null });
  });

  it('node(id) under the wrong type does not echo the stored entity', async () => {
    const res = await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: globalId('Person', 'anthropic') });
    expect(JSON.stringify(res)).not.toMatch(/markets itself on AI safety|orgType|attributeEvidence/);
  });
});
