import { z } from 'zod';
import { builder } from '../builder.js';
import { keySchema } from '../model/seed-schema.js';
import { loadRelationship } from '../resolvers/disputes.js';
import { addEvidenceResolver, addRelationshipResolver, retractRelationshipResolver, type Payload } from '../resolvers/writes.js';
import { KEY } from './args.js';
import { ChangeRef } from './change.js';
import { ClaimStatusEnum } from './claim-status.js';
import { RelationCategoryEnum } from './relation-category.js';
import { RelationshipRef } from './relationship.js';
import { UserErrorRef } from './user-error.js';

export const RelationshipPayloadRef = builder.objectRef<Payload<{ key: string }>>('RelationshipPayload');
RelationshipPayloadRef.implement({
  fields: (t) => ({
    relationship: t.field({ type: RelationshipRef, nullable: true, resolve: (p, _, ctx) => (p.value ? loadRelationship(ctx, p.value.key) : null) }),
    change: t.field({ type: ChangeRef, nullable: true, resolve: (p) => p.change }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

export const EvidenceInput = builder.inputType('EvidenceInput', {
  description: 'Evidence for a write: the quote to find in the document’s stored text (exactly once, or give start too), or the span [start, end) in UTF-16 code units.',
  fields: (t) => ({
    document: t.string({ required: true }),
    quote: t.string({ required: false, validate: { schema: z.string().max(5000) } }),
    start: t.int({ required: false }),
    end: t.int({ required: false }),
  }),
});

export const MoneyInput = builder.inputType('MoneyInput', {
  fields: (t) => ({
    amount: t.float({ required: true }),
    currency: t.string({ required: true, description: 'ISO 4217, e.g. USD.' }),
  }),
});

export const RelationshipInput = builder.inputType('RelationshipInput', {
  fields: (t) => ({
    key: t.string({ required: false, description: 'Made from source, type, target and when if omitted.', validate: { schema: keySchema } }),
    type: t.string({ required: true, description: 'UPPER_SNAKE verb.' }),
    source: t.string({ required: true, validate: { schema: keySchema } }),
    target: t.string({ required: true, validate: { schema: keySchema } }),
    category: t.field({ type: RelationCategoryEnum, required: true }),
    cameo: t.string({ required: false, description: 'CAMEO event code; must agree with category as the README defines.' }),
    when: t.string({ required: false, description: 'ISO at its precision: "2026", "2026-02", "2026-02-24", "2026-02-27T17:01-05:00".' }),
    until: t.string({ required: false }),
    deadline: t.string({ required: false }),
    amount: t.field({ type: MoneyInput, required: false }),
    amountBound: t.string({ required: false, description: 'EXACT, UP_TO, AT_LEAST or ABOUT (extension).' }),
    status: t.field({ type: ClaimStatusEnum, required: true }),
    summary: t.string({ required: true, description: 'One plain sentence in your own words.' }),
    role: t.string({ required: false, description: 'For HOLDS_ROLE (extension).' }),
    channel: t.string({ required: false, description: 'Where it was said or done (extension).' }),
    evidence: t.field({ type: [EvidenceInput], required: true, description: 'At least one.' }),
  }),
});

builder.mutationFields((t) => ({
  addRelationship: t.field({
    type: RelationshipPayloadRef,
    description: 'Adds a relationship with its evidence, located in the documents’ stored texts. Needs EDIT.',
    authScopes: { edit: true },
    args: { input: t.arg({ type: RelationshipInput, required: true }) },
    resolve: (_, args, ctx) => addRelationshipResolver(ctx, args.input),
  }),
  addEvidence: t.field({
    type: RelationshipPayloadRef,
    description: 'More evidence for a relationship. Needs EDIT.',
    authScopes: { edit: true },
    args: { relationship: t.arg.string({ required: true, validate: KEY }), evidence: t.arg({ type: [EvidenceInput], required: true }) },
    resolve: (_, args, ctx) => addEvidenceResolver(ctx, args.relationship, args.evidence),
  }),
  retractRelationship: t.field({
    type: RelationshipPayloadRef,
    description: 'Retracts a relationship, keeping it with its reason: default reads no longer show it; recordedAsOf before now still does. Needs EDIT.',
    authScopes: { edit: true },
    args: { key: t.arg.string({ required: true, validate: KEY }), reason: t.arg.string({ required: true, validate: { schema: z.string().min(3).max(500) } }) },
    resolve: (_, args, ctx) => retractRelationshipResolver(ctx, args.key, args.reason),
  }),
}));
