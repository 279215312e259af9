import { builder } from '../builder.js';
import type { EntityOut } from '../data/rows.js';
import { EntityRef, loadEntities } from './entity.js';
import { TemporalRef } from './temporal.js';

export const AIModelRef = builder.loadableNodeRef('AIModel', {
  id: { resolve: (e: EntityOut) => e.key },
  load: loadEntities('AI_MODEL'),
});

AIModelRef.implement({
  interfaces: [EntityRef],
  isTypeOf: (e) => (e as EntityOut).kind === 'AI_MODEL',
  fields: (t) => ({
    developer: t.field({ type: EntityRef, nullable: true, resolve: (e) => e.developer }),
    family: t.exposeString('family', { nullable: true }),
    version: t.exposeString('version', { nullable: true }),
    releasedOn: t.field({ type: TemporalRef, nullable: true, resolve: (e) => e.releasedOn }),
  }),
});
