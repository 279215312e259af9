import Cypher from '@neo4j/cypher-builder';
import { stateProjection } from './visibility.js';

/**
 * What a statement returns besides its main rows: only the stored properties the operation
 * selects (the GraphQL layer works them out once per operation), and side tables of the
 * entities and documents the rows point at, so nested fields need no further round trip.
 */
export interface Projection {
  /** Stored relationship properties to return; key, type, sortMs and the endpoints always come. */
  rel: readonly string[];
  /** Stored entity properties for the endpoint side table, or null when no endpoint field is selected. */
  entity: readonly string[] | null;
  /** Stored document properties for the evidence side table, or null when Evidence.document is not selected. */
  document: readonly string[] | null;
}

export const ALWAYS_REL = ['key', 'type', 'sortMs'] as const;
export const ALWAYS_ENTITY = ['key', 'kind'] as const;
export const ALWAYS_DOCUMENT = ['key'] as const;

const union = (always: readonly string[], more: readonly string[]) => [...new Set([...always, ...more])];

export function projectionShape(p: Projection): string {
  return JSON.stringify([p.rel, p.entity, p.document]);
}

/** One relationship as a row: its selected properties and its endpoint keys. */
export function relationshipRow(r: Cypher.Variable, a: Cypher.Variable, b: Cypher.Variable, p: Projection, extra: Record<string, Cypher.Expr> = {}): Cypher.Expr {
  const map = new Cypher.MapProjection(r, union(ALWAYS_REL, p.rel));
  map.set({ source: a.property('key'), target: b.property('key'), ...extra });
  return map;
}

export function entityRow(e: Cypher.Variable, props: readonly string[]): Cypher.Expr {
  return stateProjection(e, union(ALWAYS_ENTITY, props));
}

export function documentRow(d: Cypher.Variable, props: readonly string[]): Cypher.Expr {
  return stateProjection(d, union(ALWAYS_DOCUMENT, props));
}

/**
 * CALL (ends) { UNWIND ends AS e WITH DISTINCT e RETURN collect(<e as of $v>) AS entities }:
 * the endpoint side table, each entity once.
 */
export function entitySideTable(ends: Cypher.Variable, props: readonly string[], into: Cypher.Variable): Cypher.Clause {
  const e = new Cypher.Variable();
  return new Cypher.Call(
    Cypher.utils.concat(
      new Cypher.Unwind([ends, e]),
      new Cypher.With(e).distinct(),
      new Cypher.Return([Cypher.collect(entityRow(e, props)), into]),
    ),
    [ends],
  );
}

/** The documents named by a list of evidence-key lists, each once, as of $v. */
export function documentSideTable(docLists: Cypher.Variable, props: readonly string[], into: Cypher.Variable): Cypher.Clause {
  const list = new Cypher.Variable();
  const k = new Cypher.Variable();
  const d = new Cypher.Node();
  return new Cypher.Call(
    Cypher.utils.concat(
      new Cypher.Unwind([docLists, list]),
      new Cypher.Unwind([list, k]),
      new Cypher.With(k).distinct(),
      new Cypher.Match(new Cypher.Pattern(d, { labels: ['Document'], properties: { key: k } })),
      new Cypher.Return([Cypher.collect(documentRow(d, props)), into]),
    ),
    [docLists],
  );
}
