import { type GraphQLInterfaceType, type GraphQLObjectType, getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIST_BOUNDS } from '../../src/http/list-bounds.js';
import { createSchema, createYoga } from 'graphql-yoga';
import { estimateNodes, useNodeLimit } from '../../src/http/node-limit.js';
import { readSeed } from '../../src/seed/read-seed.js';
import { schema } from '../../src/schema/build-schema.js';

const nodes = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  estimateNodes({ schema, document: parse(query), variables, operationName });

/** The 88-byte request that produced a 62.6 MB response and 3.2 GB of heap. */
const AMPLIFIER = '{ documents { entities { documents { entities { documents { entities { key } } } } } } }';

describe('worst-case node count', () => {
  it('regression: the 88-byte nested-lists query counts in the billions, not as a handful of items', () => {
    expect(AMPLIFIER.length).toBe(88);
    expect(nodes(AMPLIFIER)).toBeGreaterThan(1e9);
  });

  it('counts each list by its first, literal or default, times the lists around it', () => {
    expect(nodes('{ documents(first: 5) { key } }')).toBe(5);
    expect(nodes('{ documents { key } }')).toBe(50);
    expect(nodes('{ documents(first: 5) { entities(first: 10) { key } } }')).toBe(5 + 5 * 10);
    expect(nodes('{ documents(first: 2) { entities(first: 3) { documents(first: 4) { key } } } }')).toBe(2 + 6 + 24);
  });

  it('takes first from variables, from the variable default, and treats an explicit null as the argument default', () => {
    const q = 'query($n: Int) { documents(first: $n) { key } }';
    expect(nodes(q, { n: 7 })).toBe(7);
    expect(nodes(q, {})).toBe(50);
    expect(nodes(q, { n: null })).toBe(50);
    expect(nodes('query($n: Int = 3) { documents(first: $n) { key } }')).toBe(3);
  });

  it('counts a connection by its first: edges hold at most that many', () => {
    expect(nodes('{ relationships(first: 30) { totalCount } }')).toBe(0);
    expect(nodes('{ relationships(first: 30) { edges { node { key } } } }')).toBe(30);
    expect(nodes('{ relationships { edges { node { evidence { quote } } } } }')).toBe(50 + 50 * 10);
    expect(nodes('{ entity(key: "a") { relationships(first: 4) { edges { node { key } } } } }')).toBe(4);
  });

  it('uses the bounds table for lists without first, through interfaces and fragments alike', () => {
    expect(nodes('{ categories { category } }')).toBe(11);
    expect(nodes('{ entity(key: "a") { attributeEvidence { quote } } }')).toBe(20);
    expect(nodes('{ entity(key: "a") { ... on Contract { parties { key } } } }')).toBe(10);
    expect(nodes('fragment P on Contract { parties { key } } { entity(key: "a") { ...P } }')).toBe(10);
    expect(nodes('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(3);
    expect(nodes('{ neighborhood(key: "a", limit: 10) { nodes { key } relationships { key } } }')).toBe(10 + 30);
  });

  it('counts aliases and repeated fragments every time they appear', () => {
    expect(nodes('{ a: documents(first: 5) { key } b: documents(first: 5) { key } }')).toBe(10);
    const spread = 'fragment D on Document { entities(first: 10) { key } } { documents(first: 2) { ...D ...D } }';
    expect(nodes(spread)).toBe(2 + 2 * 20);
  });

  it('picks the named operation, and leaves introspection and __typename out', () => {
    expect(nodes('query A { documents(first: 1) { key } } query B { documents(first: 9) { key } }', {}, 'B')).toBe(9);
    expect(nodes('{ __typename __schema { types { fields { name } } } }')).toBe(0);
  });

  it('counts nothing for variables that fail coercion: execution reports them', () => {
    expect(nodes('query($n: Int) { documents(first: $n) { key } }', { n: 'many' })).toBe(0);
  });
});

describe('list bounds table', () => {
  const types = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType | GraphQLInterfaceType => (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__'));
  const lists = types.flatMap((t) =>
    Object.values(t.getFields())
      .filter((f) => isListType(getNullableType(f.type)) && isCompositeType(getNamedType(f.type)))
      .map((f) => ({ type: t, field: f })),
  );

  it.each(lists.map(({ type, field }) => [`${type.name}.${field.name}`, type, field] as const))('%s has a first argument or a bound', (_, type, field) => {
    const interfaces = isObjectType(type) ? type.getInterfaces().map((i) => `${i.name}.${field.name}`) : [];
    const bounded = field.args.some((a) => a.name === 'first') || [`${type.name}.${field.name}`, ...interfaces].some((k) => k in LIST_BOUNDS);
    expect(bounded).toBe(true);
  });

  it('names only list fields that exist and have no first argument', () => {
    for (const key of Object.keys(LIST_BOUNDS)) {
      const [typeName, fieldName] = key.split('.');
      const match = lists.find(({ type, field }) => type.name === typeName && field.name === fieldName);
      expect(match, key).toBeDefined();
      expect(match!.field.args.some((a) => a.name === 'first'), key).toBe(false);
    }
  });

  it('holds the seed graph: no record has more items than its list bound', () => {
    const seed = readSeed('seed');
    const most = (xs: number[]) => Math.max(0, ...xs);
    const disputesOf = (key: string) => seed.disputes.filter((d) => d.subjects.includes(key) || d.claims.some((c) => c.relationships.includes(key))).length;
    const measured: Record<string, number> = {
      'Relationship.evidence': most(seed.relationships.map((r) => r.evidence.length)),
      'Relationship.context': most(seed.relationships.map((r) => r.context.length)),
      'Relationship.reportedBy': most(seed.relationships.map((r) => r.reportedBy.length)),
      'Relationship.disputes': most(seed.relationships.map((r) => disputesOf(r.key))),
      'Entity.attributeEvidence': most(seed.entities.map((e) => Object.values(e.attributeEvidence).flat().length)),
      'Contract.parties': most(seed.entities.map((e) => (e.kind === 'CONTRACT' ? e.parties.length : 0))),
      'Event.participants': most(seed.entities.map((e) => (e.kind === 'EVENT' ? e.participants.length : 0))),
      'Fact.evidence': most(seed.entities.flatMap((e) => e.facts.map((f) => f.evidence.length))),
      'Dispute.claims': most(seed.disputes.map((d) => d.claims.length)),
      'DisputedClaim.evidence': most(seed.disputes.flatMap((d) => d.claims.map((c) => c.evidence.length))),
      'DisputedClaim.relationships': most(seed.disputes.flatMap((d) => d.claims.map((c) => c.relationships.length))),
    };
    for (const [key, n] of Object.entries(measured)) {
      expect(n, key).toBeGreaterThan(0);
      expect(n, key).toBeLessThanOrEqual(LIST_BOUNDS[key] as number);
    }
  });
});

describe('node limit plugin', () => {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { items(first: Int = 2): [Item!]! echo(text: String): String }  type Item { id: Int! tags(first: Int = 2): [Tag!]! }  type Tag { id: Int! }',
      resolvers: { Query: { items: (_: unknown, a: { first: number }) => Array.from({ length: a.first }, (_x, id) => ({ id, tags: [] })) } },
    }),
    plugins: [useNodeLimit(10)],
    logging: false,
  });
  const ask = async (query: string, variables: Record<string, unknown>, operationName?: string) => {
    const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables, operationName }) });
    return ((await res.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code ?? 'OK';
  };

  it('regression: a count kept for one set of variables is not reused for another', async () => {
    const query = 'query Q($n: Int) { items(first: $n) { id tags { id } } }';
    expect(await ask(query, { n: 1 })).toBe('OK');
    expect(await ask(query, { n: 5 })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask(query, { n: 1 })).toBe('OK');
    expect(await ask(query, { n: 5 })).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts operations with long variables (not kept) afresh every time', async () => {
    const query = 'query Q($n: Int, $text: String) { items(first: $n) { id tags { id } } echo(text: $text) }';
    const text = 'x'.repeat(5_000);
    expect(await ask(query, { n: 1, text })).toBe('OK');
    expect(await ask(query, { n: 5, text })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask(query, { n: 1, text })).toBe('OK');
  });

  it('regression: a count kept for one operation of a document is not reused for another', async () => {
    const query = 'query Small { items(first: 1) { id } } query Big { items(first: 3) { tags(first: 5) { id } } }';
    expect(await ask(query, {}, 'Small')).toBe('OK');
    expect(await ask(query, {}, 'Big')).toBe('QUERY_TOO_COMPLEX');
    expect(await ask(query, {}, 'Small')).toBe('OK');
  });
});
