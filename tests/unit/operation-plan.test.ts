import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationPlan, projectionOf } from '../../src/resolvers/operation-plan.js';
import { schema } from '../../src/schema/build-schema.js';

const projection = (query: string) => projectionOf(operationPlan(schema, parse(query))!);

describe('what an operation makes each statement fetch', () => {
  it('paths whose nodes are selected fetch those entities in the paths statement (one round trip, not two)', () => {
    const p = projection('{ paths(from: "a", to: "b") { length nodes { key name } relationships { key type } } }');
    expect(p.entity).toEqual(expect.arrayContaining(['key', 'name']));
  });

  it('paths without nodes fetch no entities', () => {
    expect(projection('{ paths(from: "a", to: "b") { length relationships { key type } } }').entity).toBeNull();
  });

  it('relationship ends still decide it for relationship pages', () => {
    expect(projection('{ relationships(first: 5) { edges { node { key source { name } } } } }').entity).toEqual(expect.arrayContaining(['name']));
    expect(projection('{ relationships(first: 5) { edges { node { key type } } } }').entity).toBeNull();
  });
});
