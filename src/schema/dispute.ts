import { builder } from '../builder.js';
import { disputes } from '../resolvers/disputes.js';
import type { DisputeRows } from '../store/read-store.js';
import { DisputedClaimRef } from './disputed-claim.js';
import { KEY } from './args.js';
import { LIST_FIRST } from '../resolvers/defaults.js';
import { listFirst } from './list-page.js';
import { nonEmptyOrNull } from './stored-strings.js';

export const DisputeRef = builder.objectRef<DisputeRows>('Dispute');

DisputeRef.implement({
  description: 'Two or more sources disagree on one fact; every value is kept with its evidence.',
  fields: (t) => ({
    id: t.id({ resolve: (d) => d.dispute.key, description: "The dispute's key." }),
    topic: t.string({ resolve: (d) => (d.dispute.topic as string) ?? '' }),
    field: t.string({ nullable: true, description: 'The attribute in question (extension).', resolve: (d) => nonEmptyOrNull(d.dispute.field) }),
    note: t.string({ nullable: true, description: 'Why the sources may differ, in our words (extension).', resolve: (d) => nonEmptyOrNull(d.dispute.note) }),
    subjects: t.stringList({ description: 'Keys of the entities and relationships it concerns (extension).', resolve: (d) => (d.dispute.subjects as string[] | undefined) ?? [] }),
    claims: t.field({ type: [DisputedClaimRef], resolve: (d) => d.claims }),
  }),
});

builder.queryFields((t) => ({
  disputes: t.field({
    type: [DisputeRef],
    description: 'Where the sources disagree, each value with its evidence.',
    args: {
      first: t.arg.int(listFirst(LIST_FIRST.disputes)),
      after: t.arg.string({ required: false, validate: KEY, description: 'The id of the last dispute of the previous page (extension).' }),
    },
    resolve: (_, args, ctx) => disputes(ctx, args.first, args.after),
  }),
}));
