import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ZodPlugin from '@pothos/plugin-zod';
import type { Context } from './context.js';
import { BadInputError } from './errors.js';

/** The Pothos builder: Relay for global ids and node(id), zod for argument validation. */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [ZodPlugin, RelayPlugin],
  defaultFieldNullability: false,
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
