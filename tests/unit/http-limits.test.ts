import { afterAll, describe, expect, it } from 'vitest';
import { offlineApp } from '../support/offline-app.js';

/**
 * Limits decided before any resolver runs, through the real Yoga (no database needed: a refused
 * request never reaches one).
 */
const t = offlineApp({ MAX_RESPONSE_NODES: '20000' });
afterAll(() => t.close());

interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}
const send = async (query: string, variables?: Record<string, unknown>) => {
  const res = await t.post({ query, variables });
  return { status: res.status, body: (await res.json()) as Body };
};

describe('regression: one small query must not exhaust memory', () => {
  it('refuses the 88-byte nested-lists query with 400 QUERY_TOO_COMPLEX, naming the estimate and the cap', async () => {
    const { status, body } = await send('{ documents { entities { documents { entities { documents { entities { key } } } } } } }');
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    const e = body.errors![0]!;
    expect(e.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'nodes', maxNodes: 20000 });
    expect(e.extensions!.nodes as number).toBeGreaterThan(20000);
    expect(e.message).toContain((e.extensions!.nodes as number).toLocaleString('en-US'));
    expect(e.message).toContain('20,000');
    expect(e.message).toMatch(/`first`/);
  });

  it('counts first given in a variable: a page of pages through variables is refused too', async () => {
    const q = 'query($a: Int, $b: Int) { documents(first: $a) { entities(first: $b) { key } } }';
    expect((await send(q, { a: 200, b: 200 })).body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'nodes', nodes: 200 + 200 * 200 });
  });

  it('judges each request by its own variables, not by a verdict cached for the document', async () => {
    const q = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    const many = await send(q, { ids: Array.from({ length: 20001 }, (_, i) => `id-${i}`) });
    expect(many.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'nodes', nodes: 20001 });
    const none = await send(q, { ids: [] });
    expect(none).toEqual({ status: 200, body: { data: { nodes: [] } } });
    expect((await send(q, { ids: Array.from({ length: 20001 }, (_, i) => `id-${i}`) })).status).toBe(400);
  });

  it('counts fragments and aliases: spreading one fragment many times is no way around it', async () => {
    const q = `fragment F on Document { entities(first: 200) { documents(first: 200) { key } } }
      { documents(first: 1) { ...F } b: documents(first: 1) { ...F } }`;
    expect((await send(q)).body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'nodes' });
  });

  it('regression: __typename aliases count towards the alias limit', async () => {
    const q = `{ ${Array.from({ length: 21 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const { status, body } = await send(q);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
    const ok = await send(`{ ${Array.from({ length: 20 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
  });
});

describe('regression: client mistakes are client errors', () => {
  it.each([
    ['variables', '/graphql?query=%7B__typename%7D&variables=%7Bbad'],
    ['extensions', '/graphql?query=%7B__typename%7D&extensions=%7Bbad'],
  ])('a GET whose %s is not JSON is 400 BAD_REQUEST', async (_, path) => {
    const res = await t.yoga.fetch(`http://localhost:4000${path}`, { headers: { accept: 'application/graphql-response+json' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Body).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('a list literal nested 2,505 deep (a parser stack overflow) is 400 QUERY_TOO_COMPLEX', async () => {
    const deep = `{ search(text: "a", kinds: ${'['.repeat(2505)}${']'.repeat(2505)}) { score } }`;
    const { status, body } = await send(deep);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'nesting' });
  });

  it('nesting that is merely deep, inside strings or comments, is not counted', async () => {
    const { status, body } = await send(`# ${'['.repeat(500)}\n{ __typename }`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ __typename: 'Query' });
  });
});
