import { builder } from '../builder.js';
import { EntityRef } from './entity.js';

export const SearchHitRef = builder.objectRef<{ key: string; score: number }>('SearchHit');
SearchHitRef.implement({
  fields: (t) => ({
    score: t.exposeFloat('score'),
    entity: t.field({ type: EntityRef, resolve: (h) => h.key }),
  }),
});
