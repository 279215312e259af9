import { builder } from '../builder.js';
import { entityKeyFor, type StoredEnd } from '../ingest/stored-proposals.js';
import { loaders } from '../resolvers/loaders.js';
import { EntityRef } from './entity.js';
import { EntityKindEnum } from './entity-kind.js';

export const ProposedEntityRef = builder.objectRef<StoredEnd>('ProposedEntity');
ProposedEntityRef.implement({
  description: 'One end of a proposal: an entity of the graph the text names, or a new one that accepting the proposal creates.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name as the graph has it, or as the text gives it for a new entity.' }),
    kind: t.field({ type: EntityKindEnum, nullable: true, resolve: (e) => e.kind }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The existing entity it was linked to; null if new.',
      resolve: (e, _, ctx) => (e.key ? loaders(ctx).entity.load(e.key) : null),
    }),
    key: t.string({
      description: 'The entity’s key, or the key a new entity will be created with on acceptance (edits may use it) (extension).',
      resolve: (e) => e.key ?? entityKeyFor(e.name),
    }),
    isNew: t.boolean({ description: 'True when the graph lacks it (extension).', resolve: (e) => !e.key }),
  }),
});
