import { builder, stored } from '../builder.js';
import { readTemporal, temporalPropNames } from '../model/stored-temporal.js';
import { loadEntity } from '../resolvers/entities.js';
import type { EntityRow } from '../store/read-store.js';
import { EntityRef, entityNode } from './entity.js';
import { TemporalRef } from './temporal.js';

const text = (v: unknown) => (typeof v === 'string' ? v : null);

const { interfaces, isTypeOf, ...node } = entityNode('AI_MODEL');

export const AIModelRef = builder.nodeRef<EntityRow>('AIModel', node);

AIModelRef.implement({
  interfaces,
  isTypeOf,
  fields: (t) => ({
    developer: t.field({ type: EntityRef, nullable: true, ...stored('developer'), resolve: (e, _, ctx) => (e.developer ? loadEntity(ctx, e.developer as string) : null) }),
    family: t.string({ nullable: true, ...stored('family'), resolve: (e) => text(e.family) }),
    modelVersion: t.string({ nullable: true, ...stored('modelVersion'), description: 'The version the developer gives it: "5", "4.8" (was `version` before Entity.version counted changes).', resolve: (e) => text(e.modelVersion) }),
    releasedOn: t.field({ type: TemporalRef, nullable: true, ...stored(...temporalPropNames('releasedOn')), resolve: (e) => readTemporal(e, 'releasedOn') }),
  }),
});
