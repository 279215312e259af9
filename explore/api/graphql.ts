/**
 * Typed GraphQL documents for the explorer, checked against the served schema.
 *
 * gql.tada infers each answer's type from the document text and the schema's introspection in
 * ./graphql-env.d.ts, which `npm run explore:types` generates from schema.graphql (the schema
 * the server serves; tests/unit/explore-api-types.test.ts fails when it is stale). It needs no
 * per-query generation step and adds a few kB at run time; @graphql-codegen would generate a
 * file per change of any document and bring a much larger toolchain for the same guarantee.
 */
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; DateTime: string };
  // Fragments only keep documents short here; no component hides fields from another.
  disableMasking: true;
}>();
