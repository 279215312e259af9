import { z } from 'zod';
import { builder, stored } from '../builder.js';
import { EVIDENCE_PROPS, readEvidence } from '../model/stored-evidence.js';
import { DEFAULTS, LIST_FIRST, MAX } from '../resolvers/defaults.js';
import { entityDisputes, entityDocuments, entityFacts } from '../resolvers/entities.js';
import { entityRelationships } from '../resolvers/relationships.js';
import { DisputeRef } from './dispute.js';
import { DocumentRef } from './document.js';
import { EntityRef } from './entity.js';
import { EvidenceRef } from './evidence.js';
import { FactRef } from './fact.js';
import { listFirst } from './list-page.js';
import { RelationshipConnectionRef, RelationshipWhereInput } from './relationship.js';
import { DateScalar } from './scalars.js';

/** The fields of Entity that lead to the types built on it: they import entity.ts, so these live here. */
builder.interfaceFields(EntityRef, (t) => ({
    relationships: t.field({
      type: RelationshipConnectionRef,
      args: {
        where: t.arg({ type: RelationshipWhereInput, required: false }),
        first: t.arg.int({ defaultValue: DEFAULTS.entityRelationshipsFirst, validate: { schema: z.number().int().min(1).max(MAX.page) } }),
        after: t.arg.string({ required: false }),
        asOf: t.arg({ type: DateScalar, required: false, description: 'Only what documents published by this date reported (extension).' }),
        includeRetracted: t.arg.boolean({ defaultValue: false, description: 'Also relationships retracted through the API.' }),
      },
      resolve: (e, args, ctx) => entityRelationships(ctx, e.key, args),
    }),
    documents: t.field({
      type: [DocumentRef],
      description: 'The sources that mention it.',
      args: { first: t.arg.int(listFirst(LIST_FIRST.entityDocuments)) },
      resolve: (e, args, ctx) => entityDocuments(ctx, e.key, args.first),
    }),
    facts: t.field({
      type: [FactRef],
      description: 'Dated, sourced figures: valuations, counts, amounts (extension).',
      args: { first: t.arg.int(listFirst(LIST_FIRST.entityFacts)) },
      resolve: (e, args, ctx) => entityFacts(ctx, e.key, args.first),
    }),
    disputes: t.field({
      type: [DisputeRef],
      description: 'Disagreements between sources about it (extension).',
      args: { first: t.arg.int(listFirst(LIST_FIRST.entityDisputes)) },
      resolve: (e, args, ctx) => entityDisputes(ctx, e.key, args.first),
    }),
    attributeEvidence: t.field({ type: [EvidenceRef], ...stored(...EVIDENCE_PROPS), description: 'Evidence for its attributes; `attribute` names which (extension).', resolve: (e) => readEvidence(e) }),
}));
