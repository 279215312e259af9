import SchemaBuilder, { type SchemaTypes } from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ZodPlugin from '@pothos/plugin-zod';
import type { Context } from './context.js';
import type { SubfieldProps } from './resolvers/operation-plan.js';
import { BadInputError, ForbiddenError, UnauthenticatedError } from './errors.js';
import { allows, type KeyScope } from './model/keys.js';

/** The Pothos builder: Relay for global ids and node(id), zod for argument validation. */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  AuthScopes: { read: boolean; edit: boolean; review: boolean; admin: boolean };
}>({
  plugins: [ScopeAuthPlugin, ZodPlugin, RelayPlugin],
  defaultFieldNullability: false,
  // Writing needs a key of enough scope; reading needs one only when the operator says so.
  scopeAuth: {
    authScopes: async (ctx) => {
      const state = await ctx.caller();
      const has = (scope: KeyScope) => state.kind === 'key' && allows(state.caller.scope, scope);
      return { read: !ctx.config.readRequiresKey || state.kind === 'key', edit: has('EDIT'), review: has('REVIEW'), admin: has('ADMIN') };
    },
    unauthorizedError: (_parent, ctx, _info, result) => {
      // authScopes has looked the caller up by now.
      const state = ctx.caller.known ?? { kind: 'anonymous' };
      if (state.kind === 'anonymous') return new UnauthenticatedError('This needs a key: send "Authorization: Bearer <key>" (see `npm run keys`).');
      if (state.kind === 'invalid') return new UnauthenticatedError('The key sent is not valid: unknown, malformed or revoked.');
      return new ForbiddenError(`Key "${state.caller.name}" has scope ${state.caller.scope}; ${result.message}`);
    },
  },
  zod: {
    validationError: (error) =>
      new BadInputError(error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '), {
        issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      }),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { nullable: true },
    nodesQueryOptions: { nullable: { list: false, items: true } },
  },
});

/** Marks a field with the stored properties it reads, so every statement fetches only what an operation selects. */
export const stored = (...props: string[]) => ({ extensions: { props } });

/**
 * For a field of object type whose sub-fields read different stored properties (see SubfieldProps).
 * `props` stays the whole set, for reads outside an operation (fullPlan).
 */
export const storedBySubfield = (sub: SubfieldProps) => ({
  extensions: { props: [...new Set([...sub.always, ...Object.values(sub.bySubfield).flat()])], subProps: sub },
});

/** The builder's schema types, for helpers that take or make Pothos refs and field shapes. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;
