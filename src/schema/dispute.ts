import { builder } from '../builder.js';
import { disputesByKeys } from '../data/graph-store.js';
import type { DisputeOut } from '../data/rows.js';
import { NotFoundError } from '../errors.js';
import { DisputedClaimRef } from './disputed-claim.js';

export const DisputeRef = builder.loadableObjectRef('Dispute', {
  load: async (keys: string[], ctx) => (await disputesByKeys(ctx.db, keys)).map((d, i) => d ?? new NotFoundError('Dispute', keys[i]!)),
  sort: (d: DisputeOut) => d.key,
});

DisputeRef.implement({
  description: 'Two or more sources disagree on one fact; every value is kept with its evidence.',
  fields: (t) => ({
    id: t.id({ resolve: (d) => d.key, description: 'The dispute\'s key.' }),
    topic: t.exposeString('topic'),
    field: t.exposeString('field', { nullable: true, description: 'The attribute in question (extension).' }),
    note: t.exposeString('note', { nullable: true, description: 'Why the sources may differ, in our words (extension).' }),
    subjects: t.exposeStringList('subjects', { description: 'Keys of the entities and relationships it concerns (extension).' }),
    claims: t.field({ type: [DisputedClaimRef], resolve: (d) => d.claims }),
  }),
});
