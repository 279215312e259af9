import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import ZodPlugin from '@pothos/plugin-zod';
import type { Context } from './context.js';
import { AppError, BadInputError } from './errors.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
  AuthScopes: { reader: boolean; editor: boolean };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ZodPlugin, RelayPlugin, DataloaderPlugin, SimpleObjectsPlugin],
  defaultFieldNullability: false,
  // Reads are public; `editor` guards the write API that comes later.
  scopeAuth: {
    authScopes: async () => ({ reader: true, editor: false }),
    unauthorizedError: () => new AppError('FORBIDDEN', 'Not allowed.', 403),
  },
  errors: { defaultTypes: [] },
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
