import { z } from 'zod';
import { builder } from '../builder.js';
import { DEFAULTS, MAX } from '../resolvers/defaults.js';
import { search } from '../resolvers/search.js';
import { loadEntity } from '../resolvers/entities.js';
import { pageSize } from './args.js';
import { EntityRef } from './entity.js';
import { EntityKindEnum } from './entity-kind.js';

export const SearchHitRef = builder.objectRef<{ key: string; score: number }>('SearchHit');
SearchHitRef.implement({
  fields: (t) => ({
    score: t.exposeFloat('score'),
    entity: t.field({ type: EntityRef, resolve: (h, _, ctx) => loadEntity(ctx, h.key) }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description: 'Full-text over names, aliases and descriptions; best first. Tolerates small typos; any text is safe.',
    args: {
      text: t.arg.string({ required: true, validate: { schema: z.string().min(1).max(200) } }),
      kinds: t.arg({ type: [EntityKindEnum], required: false }),
      first: t.arg.int({ defaultValue: DEFAULTS.searchFirst, validate: pageSize(MAX.search) }),
    },
    resolve: (_, args, ctx) => search(ctx, args),
  }),
}));
