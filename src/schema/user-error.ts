import { builder } from '../builder.js';
import type { UserProblem } from '../model/write-inputs.js';

export const UserErrorRef = builder.objectRef<UserProblem>('UserError');
UserErrorRef.implement({
  description: 'What the client did wrong, in a form it can act on. Nothing was written.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'BAD_INPUT, NOT_FOUND, CONFLICT, VERSION_CONFLICT, QUOTE_NOT_FOUND, QUOTE_AMBIGUOUS, TEXT_TOO_LARGE.' }),
    message: t.exposeString('message'),
    field: t.stringList({ nullable: true, description: 'The path of the input field at fault.', resolve: (p) => p.field ?? null }),
  }),
});
