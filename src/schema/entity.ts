import { z } from 'zod';
import { builder } from '../builder.js';
import { MAX_PAGE } from '../data/filters.js';
import { DEFAULTS } from '../resolvers/defaults.js';
import { entitiesByKeys } from '../data/graph-store.js';
import type { EntityOut } from '../data/rows.js';
import { NotFoundError } from '../errors.js';
import { ENTITY_KINDS, NEO4J_LABELS } from '../model/seed-schema.js';
import { entityDocuments } from '../resolvers/documents.js';
import { entityDisputes, entityFacts, entityRelationships } from '../resolvers/entities.js';
import { DisputeRef } from './dispute.js';
import { DocumentRef } from './document.js';
import { EntityKindEnum } from './entity-kind.js';
import { EvidenceRef } from './evidence.js';
import { FactRef } from './fact.js';
import { LIST_FIRST, pageOf, pageSize } from './list-page.js';
import { DateScalar } from './scalars.js';
import { RelationshipConnectionRef, RelationshipWhereInput } from './relationship.js';

/** GraphQL type name of each kind. */
export const TYPE_NAMES = NEO4J_LABELS;

export const EntityRef = builder.loadableInterfaceRef('Entity', {
  load: async (keys: string[], ctx) => (await entitiesByKeys(ctx.db, keys)).map((e, i) => e ?? new NotFoundError('Entity', keys[i]!)),
  sort: (e: EntityOut) => e.key,
});

EntityRef.implement({
  description: 'Something the sources name: an organisation, person, AI model, contract, policy or event.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => TYPE_NAMES[e.kind],
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable, human-readable, unique: "anthropic", "pete-hegseth".' }),
    name: t.exposeString('name'),
    kind: t.field({ type: EntityKindEnum, resolve: (e) => e.kind }),
    aliases: t.exposeStringList('aliases', { description: 'Every other name the sources use.' }),
    description: t.exposeString('description', { nullable: true }),
    relationships: t.field({
      type: RelationshipConnectionRef,
      args: {
        where: t.arg({ type: RelationshipWhereInput, required: false }),
        first: t.arg.int({ defaultValue: DEFAULTS.entityRelationshipsFirst, validate: { schema: z.number().int().min(1).max(MAX_PAGE) } }),
        after: t.arg.string({ required: false }),
        asOf: t.arg({ type: DateScalar, required: false, description: 'Only what documents published by this date reported (extension).' }),
      },
      resolve: (e, args, ctx) => entityRelationships(ctx, e.key, args),
    }),
    documents: t.field({
      type: [DocumentRef],
      description: 'The sources that mention it.',
      args: { first: t.arg.int({ defaultValue: LIST_FIRST.entityDocuments, validate: pageSize(MAX_PAGE), description: 'At most this many (extension).' }) },
      resolve: async (e, args, ctx) => pageOf(await entityDocuments(ctx, e.key), args.first, LIST_FIRST.entityDocuments),
    }),
    facts: t.field({
      type: [FactRef],
      description: 'Dated, sourced figures: valuations, counts, amounts (extension).',
      args: { first: t.arg.int({ defaultValue: LIST_FIRST.entityFacts, validate: pageSize(MAX_PAGE), description: 'At most this many (extension).' }) },
      resolve: async (e, args, ctx) => pageOf(await entityFacts(ctx, e.key), args.first, LIST_FIRST.entityFacts),
    }),
    disputes: t.field({
      type: [DisputeRef],
      description: 'Disagreements between sources about it (extension).',
      args: { first: t.arg.int({ defaultValue: LIST_FIRST.entityDisputes, validate: pageSize(MAX_PAGE), description: 'At most this many (extension).' }) },
      resolve: async (e, args, ctx) => pageOf(await entityDisputes(ctx, e.key), args.first, LIST_FIRST.entityDisputes),
    }),
    attributeEvidence: t.field({ type: [EvidenceRef], description: 'Evidence for its attributes; `attribute` names which (extension).', resolve: (e) => e.attributeEvidence }),
  }),
});

/**
 * The loader every concrete entity type resolves node(id) through, so all share one cache. An
 * entity of another kind is NOT_FOUND for this type: node("Person:anthropic") must not resolve.
 */
export function loadEntities(kind: EntityOut['kind']) {
  return async (keys: string[], ctx: Parameters<typeof EntityRef.getDataloader>[0]) =>
    (await EntityRef.getDataloader(ctx).loadMany(keys)).map((e, i) => (e instanceof Error || e.kind === kind ? e : new NotFoundError(TYPE_NAMES[kind], keys[i]!)));
}

export const ENTITY_KIND_VALUES = ENTITY_KINDS;
