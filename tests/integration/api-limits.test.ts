import { afterAll, describe, expect, it } from 'vitest';
import { testApp, withSeedGraph } from '../support/test-app.js';

/** The node limit and the new `first`/`after` arguments on the seed graph. */
const t = testApp();
// The same service with no practical node limit, to compare answers with.
const unlimited = testApp({ MAX_RESPONSE_NODES: '1000000000' });
withSeedGraph(t);
afterAll(() => unlimited.close());

const ok = async (gql: typeof t.gql, query: string, variables: Record<string, unknown> = {}) => {
  const res = await gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
};

describe('regression: one small query must not exhaust memory', () => {
  it('the 88-byte nested-lists query that produced 62.6 MB is refused with 400 QUERY_TOO_COMPLEX', async () => {
    const res = await t.gql('{ documents { entities { documents { entities { documents { entities { key } } } } } } }');
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'nodes', maxNodes: 20000 });
  });

  it('the same shape with small pages is answered, and its answer is as small as its estimate says', async () => {
    const query = '{ documents(first: 5) { key entities(first: 10) { key documents(first: 5) { key entities(first: 10) { key } } } } }';
    const res = await t.gql(query, {}, { 'x-query-stats': '1' });
    expect(res.errors).toBeUndefined();
    const items = (res.data.documents as any[]).flatMap((d) => [d, ...d.entities.flatMap((e: any) => [e, ...e.documents.flatMap((x: any) => [x, ...x.entities])])]);
    expect(items.length).toBeGreaterThan(100);
    expect(items.length).toBeLessThanOrEqual(5 + 50 + 250 + 2500);
  });
});

describe('default pages do not cut today\'s graph', () => {
  it('documents and their entities: the defaults return what first: 200 returns', async () => {
    const q = (first: string) => `{ documents${first} { key entities${first} { key } } }`;
    const byDefault = await ok(t.gql, q(''));
    expect(byDefault.documents).toHaveLength(5);
    expect(byDefault).toEqual(await ok(unlimited.gql, q('(first: 200)')));
  });

  it("every entity's documents, facts and disputes: the defaults return what first: 200 returns", async () => {
    const q = (first: string) => `{ documents(first: 200) { entities(first: 200) { key documents${first} { key } facts${first} { key } disputes${first} { id } } } }`;
    const byDefault = await ok(unlimited.gql, q(''));
    expect(byDefault).toEqual(await ok(unlimited.gql, q('(first: 200)')));
    const entities = byDefault.documents.flatMap((d: any) => d.entities);
    expect(entities.some((e: any) => e.facts.length > 0 && e.disputes.length > 0 && e.documents.length > 1)).toBe(true);
  });

  it('disputes and pressures: the defaults return all of them', async () => {
    const all = await ok(unlimited.gql, '{ disputes(first: 200) { id } pressures(first: 1000) { key } }');
    expect(await ok(t.gql, '{ disputes { id } pressures { key } }')).toEqual(all);
    expect(all.disputes.length).toBeGreaterThan(5);
  });
});

describe('first and after on plain lists', () => {
  it('pages through the documents by key, in order, without gaps or repeats', async () => {
    const all = (await ok(t.gql, '{ documents { key } }')).documents.map((d: any) => d.key);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const data = await ok(t.gql, 'query($after: String) { documents(first: 2, after: $after) { key } }', { after });
      const keys = data.documents.map((d: any) => d.key);
      if (keys.length === 0) break;
      expect(keys.length).toBeLessThanOrEqual(2);
      seen.push(...keys);
      after = keys.at(-1);
    }
    expect(seen).toEqual(all);
  });

  it('pages through the disputes by id', async () => {
    const all = (await ok(t.gql, '{ disputes { id } }')).disputes.map((d: any) => d.id);
    const first = (await ok(t.gql, '{ disputes(first: 3) { id } }')).disputes.map((d: any) => d.id);
    const next = (await ok(t.gql, 'query($a: String) { disputes(first: 3, after: $a) { id } }', { a: first.at(-1) })).disputes.map((d: any) => d.id);
    expect([...first, ...next]).toEqual(all.slice(0, 6));
  });

  it('cuts nested lists to their first', async () => {
    const data = await ok(t.gql, '{ documents(first: 1) { entities(first: 3) { key } } pressures(first: 2) { key } entity(key: "anthropic") { documents(first: 1) { key } facts(first: 1) { key } disputes(first: 1) { id } } }');
    expect(data.documents[0].entities).toHaveLength(3);
    expect(data.pressures).toHaveLength(2);
    expect(data.entity.documents).toHaveLength(1);
    expect(data.entity.facts.length).toBeLessThanOrEqual(1);
    expect(data.entity.disputes.length).toBeLessThanOrEqual(1);
    const pressures = (await ok(t.gql, '{ pressures { key } }')).pressures.map((p: any) => p.key);
    expect(data.pressures.map((p: any) => p.key)).toEqual(pressures.slice(0, 2));
  });

  it('an after that is no key of the list, or a first out of range, is BAD_USER_INPUT', async () => {
    for (const q of ['{ documents(after: "no-such-document") { key } }', '{ disputes(after: "no-such-dispute") { id } }', '{ documents(first: 0) { key } }', '{ documents(first: 201) { key } }', '{ entity(key: "anthropic") { facts(first: -1) { key } } }', '{ pressures(first: 1001) { key } }']) {
      const res = await t.gql(q);
      expect(res.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
    }
  });
});
