import { stored } from '../builder.js';
import { readTemporal } from '../model/stored-temporal.js';
import { loadEntity } from '../resolvers/entities.js';
import { EntityRef, entityType } from './entity.js';
import { storedTemporal, TemporalRef } from './temporal.js';
import { stringOrNull } from './stored-strings.js';

export const AIModelRef = entityType('AI_MODEL', (t) => ({
  developer: t.field({ type: EntityRef, nullable: true, ...stored('developer'), resolve: (e, _, ctx) => (e.developer ? loadEntity(ctx, e.developer as string) : null) }),
  family: t.string({ nullable: true, ...stored('family'), resolve: (e) => stringOrNull(e.family) }),
  modelVersion: t.string({ nullable: true, ...stored('modelVersion'), description: 'The version the developer gives it: "5", "4.8" (was `version` before Entity.version counted changes).', resolve: (e) => stringOrNull(e.modelVersion) }),
  releasedOn: t.field({ type: TemporalRef, nullable: true, ...storedTemporal('releasedOn'), resolve: (e) => readTemporal(e, 'releasedOn') }),
}));
