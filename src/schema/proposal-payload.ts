import { z } from 'zod';
import { builder } from '../builder.js';
import { loadRelationship } from '../resolvers/disputes.js';
import { acceptProposalResolver, loadProposal, rejectProposalResolver } from '../resolvers/proposals.js';
import type { Payload } from '../resolvers/writes.js';
import { ChangeRef } from './change.js';
import { ProposalRef } from './proposal.js';
import { RelationshipRef } from './relationship.js';
import { RelationshipInput } from './relationship-payload.js';
import { UserErrorRef } from './user-error.js';

export const ProposalPayloadRef = builder.objectRef<Payload<{ proposal: string; relationship?: string }>>('ProposalPayload');
ProposalPayloadRef.implement({
  fields: (t) => ({
    proposal: t.field({ type: ProposalRef, nullable: true, resolve: (p, _, ctx) => (p.value ? loadProposal(ctx, p.value.proposal) : null) }),
    relationship: t.field({
      type: RelationshipRef,
      nullable: true,
      description: 'The relationship made, or given the evidence, by accepting.',
      resolve: (p, _, ctx) => (p.value?.relationship ? loadRelationship(ctx, p.value.relationship) : null),
    }),
    change: t.field({ type: ChangeRef, nullable: true, resolve: (p) => p.change }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  acceptProposal: t.field({
    type: ProposalPayloadRef,
    description:
      'Makes the proposal a relationship through the same checks as addRelationship, creating the new entities it names; one that matches an existing relationship adds its sentence as evidence instead. `edits` is the relationship as the reviewer wants it (empty evidence: the proposal’s sentence). Needs REVIEW.',
    authScopes: { review: true },
    args: { id: t.arg.id({ required: true }), edits: t.arg({ type: RelationshipInput, required: false }) },
    resolve: (_, args, ctx) => acceptProposalResolver(ctx, args.id, args.edits),
  }),
  rejectProposal: t.field({
    type: ProposalPayloadRef,
    description: 'Rejects the proposal and records why; proposing again does not bring it back. Needs REVIEW.',
    authScopes: { review: true },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, validate: { schema: z.string().trim().min(3).max(500) } }) },
    resolve: (_, args, ctx) => rejectProposalResolver(ctx, args.id, args.reason),
  }),
}));
