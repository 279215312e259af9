import { readFileSync } from 'node:fs';
import { graphql, parse } from 'graphql';
import { createSchema } from 'graphql-yoga';
import { dayEndMs, dayStartMs } from '../../../src/model/calendar.js';
import { DEFAULTS } from '../../../src/resolvers/defaults.js';
import { operationPlan, projectionOf } from '../../../src/resolvers/operation-plan.js';
import { schema } from '../../../src/schema/build-schema.js';
import { toLuceneQuery } from '../../../src/search/lucene-query.js';
import type { Statement } from '../../../src/store/executor.js';
import { entitiesByKeysText, relationshipsByKeysText } from '../../../src/store/translate/lookups.js';
import { neighborhoodText } from '../../../src/store/translate/neighborhood.js';
import { pathsText } from '../../../src/store/translate/paths.js';
import type { Projection } from '../../../src/store/translate/projection.js';
import { filterParams, NO_FILTER, type RelationshipFilter } from '../../../src/store/translate/relationship-filter.js';
import { relationshipPageText } from '../../../src/store/translate/relationship-page.js';
import { searchText } from '../../../src/store/translate/search.js';
import { SCALE_SHAPES, type ScaleShapeId } from '../../scale/shapes.js';

/**
 * The statements the raw side runs: for every root field, the very Cypher text our server builds
 * for the same operation (the translate layer's builders, given the projection our operation plan
 * works out from the same selection) with the same parameters. The raw side is then the floor for
 * our own statements: what is left between it and ours is our GraphQL layer.
 * tests/unit/bench-raw-statements.test.ts checks, without a database, that our server sends exactly
 * these statements for each benchmark operation.
 *
 * The parameters are built here from the arguments, as a hand-written service would, not through
 * our resolvers; the graph version $v is added by the caller.
 */

/** Our server's limits that decide parameters (src/resolvers/defaults.ts and search.ts). */
const PRESSURES_FIRST = DEFAULTS.pressuresFirst;
const SEARCH_CANDIDATES = 200;

/** The raw side's root fields and their arguments (raw/schema.graphql). */
export interface RawArgs {
  entity: { key: string; first: number };
  entityByKey: { key: string };
  pressures: { target?: string | null; from: string; to: string };
  relationships: { first: number; from?: string | null; to?: string | null };
  relationship: { key: string };
  neighborhood: { key: string; depth: number; limit: number };
  paths: { from: string; to: string; maxHops: number; first: number };
  search: { text: string; first: number };
}
export type RawField = keyof RawArgs;

/** Each raw field stands for our operation of one shape: its statement projects what our plan gives for that one. */
const STANDS_FOR: Record<RawField, ScaleShapeId> = {
  entity: 'a',
  pressures: 'b',
  neighborhood: 'c',
  paths: 'd',
  search: 'e',
  relationships: 'f',
  relationship: 'j',
  entityByKey: 'k',
};

interface Planned {
  projection: Projection;
  entity: readonly string[];
}
let planned: Record<RawField, Planned> | null = null;

/** Our operation plan for each field's operation, worked out once. */
function plans(): Record<RawField, Planned> {
  if (!planned) {
    planned = {} as Record<RawField, Planned>;
    for (const [field, id] of Object.entries(STANDS_FOR) as [RawField, ScaleShapeId][]) {
      const plan = operationPlan(schema, parse(SCALE_SHAPES.find((s) => s.id === id)!.ops.ours.query))!;
      planned[field] = { projection: projectionOf(plan), entity: plan.entity };
    }
  }
  return planned;
}

/** A window of whole UTC days, as our API reads `during`. */
const window = (from: string | null | undefined, to: string | null | undefined) =>
  from || to ? { fromMs: from ? dayStartMs(from) : null, toMs: to ? dayEndMs(to) : null, includeUndated: false } : null;

const page = (name: string, filter: RelationshipFilter, first: number, projection: Projection, batched: boolean, extra: Record<string, unknown> = {}): Statement => ({
  name,
  text: relationshipPageText({ filter, batched, withTotal: false, withCursor: false, projection }),
  params: { ...filterParams(filter), limit: first + 1, ...extra },
});

/** The statement for one raw field's call. */
export function rawStatement<F extends RawField>(field: F, args: RawArgs[F]): Statement {
  const { projection, entity } = plans()[field];
  const call = { field, args } as { [K in RawField]: { field: K; args: RawArgs[K] } }[RawField];
  switch (call.field) {
    case 'entity':
      return page('entity-relationship-pages', NO_FILTER, call.args.first, projection, true, { keys: [call.args.key] });
    case 'pressures': {
      const { target, from, to } = call.args;
      return page('relationship-page', { ...NO_FILTER, categories: ['PRESSURE'], target: target ?? null, window: window(from, to) }, PRESSURES_FIRST, projection, false);
    }
    case 'relationships':
      return page('relationship-page', { ...NO_FILTER, window: window(call.args.from, call.args.to) }, call.args.first, projection, false);
    case 'relationship':
      return { name: 'relationships-by-keys', text: relationshipsByKeysText(projection), params: { keys: [call.args.key] } };
    case 'entityByKey':
      return { name: 'entities-by-keys', text: entitiesByKeysText(entity), params: { keys: [call.args.key] } };
    case 'neighborhood': {
      const { key, depth, limit } = call.args;
      return { name: 'neighborhood', text: neighborhoodText({ filter: NO_FILTER, depth, projection }), params: { key, limit } };
    }
    case 'paths': {
      const { from, to, maxHops, first } = call.args;
      return { name: 'paths', text: pathsText({ filter: NO_FILTER, maxHops, timeRespecting: false, projection }), params: { from, to, limit: first } };
    }
    case 'search':
      return { name: 'search', text: searchText(false, entity), params: { query: toLuceneQuery(call.args.text), limit: SEARCH_CANDIDATES } };
  }
}

/**
 * Entities a field's statement names but does not return (the ends of `relationship`; the nodes
 * of `paths` when no relationship end is selected), in one statement, as our entity loader batches them.
 */
export function entitiesStatement(field: RawField, keys: readonly string[]): Statement {
  return { name: 'entities-by-keys', text: entitiesByKeysText(plans()[field].entity), params: { keys: [...new Set(keys)] } };
}

export interface RawCall {
  field: RawField;
  args: RawArgs[RawField];
}

/**
 * The raw side's root field and arguments for one of its operations: the operation runs on the
 * raw SDL with resolvers that only record, so the statement is built from exactly what the raw
 * server's resolver receives.
 */
export async function rawCall(query: string, variables: Record<string, unknown>): Promise<RawCall> {
  const calls: RawCall[] = [];
  const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
  const fields = Object.keys(STANDS_FOR) as RawField[];
  const Query = Object.fromEntries(fields.map((field) => [field, (_: unknown, args: RawArgs[RawField]) => void calls.push({ field, args: { ...args } })]));
  const result = await graphql({ schema: createSchema({ typeDefs, resolvers: { Query } }), source: query, variableValues: variables });
  if (calls.length !== 1) throw new Error(`expected one root field in the raw operation, found ${calls.length}: ${JSON.stringify(result.errors)}`);
  return calls[0]!;
}
