import { z } from 'zod';
import { builder } from '../builder.js';
import { DEFAULTS, MAX } from '../resolvers/defaults.js';
import { neighborhood } from '../resolvers/graph.js';
import { loadEntityList } from '../resolvers/entities.js';
import type { NeighborhoodRows } from '../store/read-store.js';
import { AS_OF, KEY, pageSize } from './args.js';
import { DateRangeInput } from './date-range.js';
import { EntityRef } from './entity.js';
import { RelationCategoryEnum } from './relation-category.js';
import { RelationshipRef } from './relationship.js';
import { DateScalar } from './scalars.js';

export const SubgraphRef = builder.objectRef<NeighborhoodRows>('Subgraph');
SubgraphRef.implement({
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], resolve: (s, _, ctx) => loadEntityList(ctx, s.nodes) }),
    relationships: t.field({ type: [RelationshipRef], resolve: (s) => s.rels }),
    truncated: t.exposeBoolean('truncated', { description: 'True when `limit` cut nodes off (extension).' }),
  }),
});

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: SubgraphRef,
    description: `Everything within \`depth\` (≤ ${MAX.depth}) relationships of an entity, breadth-first, at most \`limit\` nodes.`,
    args: {
      key: t.arg.string({ required: true, validate: KEY }),
      depth: t.arg.int({ defaultValue: DEFAULTS.neighborhoodDepth, validate: { schema: z.number().int().min(1).max(MAX.depth, `must be at most ${MAX.depth}`) } }),
      during: t.arg({ type: DateRangeInput, required: false }),
      limit: t.arg.int({ defaultValue: DEFAULTS.neighborhoodLimit, validate: pageSize(MAX.neighborhoodNodes) }),
      categories: t.arg({ type: [RelationCategoryEnum], required: false, description: 'Only these categories (extension).' }),
      asOf: t.arg({ type: DateScalar, required: false, description: AS_OF }),
    },
    resolve: (_, args, ctx) => neighborhood(ctx, args),
  }),
}));
