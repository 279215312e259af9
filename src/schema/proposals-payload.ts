import { z } from 'zod';
import { builder } from '../builder.js';
import { proposeClaimsResolver, type ProposalsResult } from '../resolvers/proposals.js';
import { EntityKindEnum } from './entity-kind.js';
import { ProposalRef } from './proposal.js';
import { UserErrorRef } from './user-error.js';

const NewEntityRef = builder.objectRef<ProposalsResult['newEntities'][number]>('NewEntityCandidate');
NewEntityRef.implement({
  description: 'A person, organisation or model the text names and the graph lacks (extension).',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.field({ type: EntityKindEnum, resolve: (c) => c.kind }),
    reason: t.exposeString('reason', { description: 'Why this kind: a title before a name, an organisation suffix, a version number…' }),
    mentions: t.int({ resolve: (c) => c.spans.length }),
  }),
});

export const ProposalsPayloadRef = builder.objectRef<ProposalsResult>('ProposalsPayload');
ProposalsPayloadRef.implement({
  fields: (t) => ({
    proposals: t.field({ type: [ProposalRef], description: 'Every proposal the text gives, in reading order, with its status (a decided one keeps its decision).', resolve: (p) => p.proposals }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    language: t.exposeString('language', { nullable: true, description: 'The language detected in the body (extension).' }),
    created: t.exposeInt('created', { description: 'How many proposals are new with this run; proposing again creates none (extension).' }),
    truncated: t.exposeBoolean('truncated', { description: 'True when the engine stopped at its bound on proposals per text (extension).' }),
    newEntities: t.field({ type: [NewEntityRef], description: 'Entities the text names that the graph lacks (extension).', resolve: (p) => p.newEntities }),
  }),
});

builder.mutationFields((t) => ({
  proposeClaims: t.field({
    type: ProposalsPayloadRef,
    description:
      'Reads a stored document’s body and proposes dated, CAMEO-coded claims with their sentences, for review. Proposing again gives the same proposals. Needs EDIT.',
    authScopes: { edit: true },
    args: { document: t.arg.string({ required: true, validate: { schema: z.string().min(1).max(200) } }) },
    resolve: (_, args, ctx) => proposeClaimsResolver(ctx, args.document),
  }),
}));
