import { z } from 'zod';
import { builder, stored } from '../builder.js';
import { NEO4J_LABELS, type EntityKind } from '../model/seed-schema.js';
import { EVIDENCE_PROPS, readEvidence } from '../model/stored-evidence.js';
import { DEFAULTS, MAX } from '../resolvers/defaults.js';
import type { Context } from '../context.js';
import { entity, entityDisputes, entityDocuments, entityFacts } from '../resolvers/entities.js';
import { loaders, nodeLoad } from '../resolvers/loaders.js';
import { mergeEntitiesResolver, upsertEntityResolver } from '../resolvers/writes.js';
import { entityRelationships } from '../resolvers/relationships.js';
import type { EntityRow } from '../store/read-store.js';
import { KEY } from './args.js';
import { LIST_FIRST } from '../resolvers/defaults.js';
import { listFirst } from './list-page.js';
import { DisputeRef } from './dispute.js';
import { DocumentRef } from './document.js';
import { EntityKindEnum } from './entity-kind.js';
import { EntityPayloadRef } from './entity-payload.js';
import { EvidenceRef } from './evidence.js';
import { FactRef } from './fact.js';
import { RelationshipConnectionRef, RelationshipWhereInput } from './relationship.js';
import { DateScalar } from './scalars.js';


export const EntityRef = builder.interfaceRef<EntityRow>('Entity');

EntityRef.implement({
  description: 'Something the sources name: an organisation, person, AI model, contract, policy or event.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => NEO4J_LABELS[e.kind as EntityKind],
  fields: (t) => ({
    key: t.string({ ...stored('key'), description: 'Stable, human-readable, unique: "anthropic", "pete-hegseth".', resolve: (e) => e.key }),
    name: t.string({ ...stored('name'), resolve: (e) => (e.name as string) ?? e.key }),
    kind: t.field({ type: EntityKindEnum, ...stored('kind'), resolve: (e) => e.kind as EntityKind }),
    aliases: t.stringList({ ...stored('aliases'), description: 'Every other name the sources use.', resolve: (e) => (e.aliases as string[] | undefined) ?? [] }),
    description: t.string({ nullable: true, ...stored('description'), resolve: (e) => (e.description as string | undefined) ?? null }),
    background: t.string({
      nullable: true,
      ...stored('background'),
      description: 'Background knowledge the sources do not state (ownership, other roles), kept apart from the description (extension).',
      resolve: (e) => (e.background as string | undefined) ?? null,
    }),
    version: t.int({ ...stored('version'), description: 'How many changes the entity has had; upsertEntity(expectedVersion:) compares it.', resolve: (e) => (e.version as number | undefined) ?? 0 }),
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
  }),
});

/**
 * How each concrete entity type is a Relay node: node(id) loads through the shared entity loader,
 * and an entity of another kind is not this type's node (node("Person:anthropic") is null).
 */
export function entityNode(kind: EntityKind) {
  return {
    id: { resolve: (e: EntityRow) => e.key },
    isTypeOf: (e: unknown) => (e as EntityRow).kind === kind,
    loadMany: (keys: string[], ctx: Context) => keys.map((k) => nodeLoad(loaders(ctx).entity.load(k), NEO4J_LABELS[kind], k, (e) => e.kind === kind)),
    interfaces: [EntityRef],
  };
}


builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'The entity with this key, or null when there is none (an outage is an error, never null).',
    args: { key: t.arg.string({ required: true, validate: KEY }) },
    resolve: (_, args, ctx, info) => entity(ctx, args.key, info),
  }),
}));

export const EntityInput = builder.inputType('EntityInput', {
  fields: (t) => ({
    key: t.string({ required: true, validate: KEY }),
    name: t.string({ required: true }),
    kind: t.field({ type: EntityKindEnum, required: true }),
    aliases: t.stringList({ required: false }),
    description: t.string({ required: false, description: 'In your own words, 10 to 600 characters.' }),
    orgType: t.string({ required: false, description: 'For organisations: COMPANY, GOVERNMENT_BODY, MILITARY, … (extension; OTHER when omitted).' }),
    country: t.string({ required: false, description: 'For organisations: ISO 3166-1 alpha-2 (extension).' }),
    eventType: t.string({ required: false, description: 'For events: MEETING, MILITARY_OPERATION, … (extension; OTHER when omitted).' }),
    policyType: t.string({ required: false, description: 'For policies: CORPORATE_POLICY, LAW, DIRECTIVE, … (extension; OTHER when omitted).' }),
  }),
});

builder.mutationFields((t) => ({
  upsertEntity: t.field({
    type: EntityPayloadRef,
    description: 'Creates an entity or writes its new state. With expectedVersion, a version that moved on is VERSION_CONFLICT; a name another entity has is CONFLICT. Needs EDIT.',
    authScopes: { edit: true },
    args: { input: t.arg({ type: EntityInput, required: true }), expectedVersion: t.arg.int({ required: false }) },
    resolve: (_, args, ctx) => upsertEntityResolver(ctx, args.input, args.expectedVersion),
  }),
  mergeEntities: t.field({
    type: EntityPayloadRef,
    description: 'Merges `merge` into `keep`: names, relationships, facts, evidence and mentions move; the merged key keeps resolving to `keep`. Needs ADMIN.',
    authScopes: { admin: true },
    args: { keep: t.arg.string({ required: true, validate: KEY }), merge: t.arg.string({ required: true, validate: KEY }) },
    resolve: (_, args, ctx) => mergeEntitiesResolver(ctx, args.keep, args.merge),
  }),
}));
