import type { ObjectFieldsShape } from '@pothos/core';
import { builder, stored, type BuilderTypes } from '../builder.js';
import { NEO4J_LABELS, type EntityKind } from '../model/seed-schema.js';
import type { Context } from '../context.js';
import { entity } from '../resolvers/entities.js';
import { loaders, nodeLoad } from '../resolvers/loaders.js';
import type { EntityRow } from '../store/read-store.js';
import { KEY } from './args.js';
import { EntityKindEnum } from './entity-kind.js';

/**
 * Entity's own fields. The fields that lead to types built on it (relationships, documents, facts,
 * disputes, evidence) are added in entity-links.ts, so that those types can import this file.
 */
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
  }),
});

/**
 * A concrete entity type (Person, Organization, …) with its own fields. It is a Relay node:
 * node(id) loads through the shared entity loader, and an entity of another kind is not this
 * type's node (node("Person:anthropic") is null).
 */
export function entityType(kind: EntityKind, fields: ObjectFieldsShape<BuilderTypes, EntityRow>) {
  const isTypeOf = (e: unknown) => (e as EntityRow).kind === kind;
  const ref = builder.nodeRef<EntityRow>(NEO4J_LABELS[kind], {
    id: { resolve: (e: EntityRow) => e.key },
    loadMany: (keys: string[], ctx: Context) => keys.map((k) => nodeLoad(loaders(ctx).entity.load(k), NEO4J_LABELS[kind], k, (e) => e.kind === kind)),
  });
  ref.implement({ interfaces: [EntityRef], isTypeOf, fields });
  return ref;
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
