import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fullPlan, operationPlan, projectionOf } from '../../src/resolvers/operation-plan.js';
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

  it('when { iso } fetches the one property that makes a temporal non-null, not its precision, bounds or basis', () => {
    const rel = projection('{ neighborhood(key: "a") { relationships { key when { iso } } } }').rel;
    expect(rel).toContain('whenIso');
    for (const unselected of ['whenPrecision', 'whenStart', 'whenEnd', 'whenStartMs', 'whenEndMs', 'whenBasis', 'whenTimezone', 'untilIso']) expect(rel).not.toContain(unselected);
  });

  it('when { precision start end } fetches each selected part', () => {
    expect(projection('{ neighborhood(key: "a") { relationships { when { precision start end } } } }').rel).toEqual(expect.arrayContaining(['whenIso', 'whenPrecision', 'whenStart', 'whenEnd']));
  });

  it('a temporal sub-field selected directly or through a fragment fetches its property', () => {
    expect(projection('{ neighborhood(key: "a") { relationships { when { iso basis } } } }').rel).toContain('whenBasis');
    const viaFragment = projection('query { neighborhood(key: "a") { relationships { when { ...T } } } } fragment T on Temporal { relativeTo timezone }').rel;
    expect(viaFragment).toEqual(expect.arrayContaining(['whenRelAnchor', 'whenTimezone']));
    expect(viaFragment).not.toContain('whenBasis');
  });

  it('reads outside an operation still fetch every temporal property', () => {
    expect(fullPlan(schema).rel).toEqual(expect.arrayContaining(['whenBasis', 'whenRelPhrase', 'deadlineTimezone']));
  });
});
