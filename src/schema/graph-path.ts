import { z } from 'zod';
import { builder } from '../builder.js';
import { DEFAULTS, MAX } from '../resolvers/defaults.js';
import { paths } from '../resolvers/graph.js';
import { loadEntityList } from '../resolvers/entities.js';
import type { PathRow } from '../store/read-store.js';
import { AS_OF, KEY, pageSize } from './args.js';
import { DateRangeInput } from './date-range.js';
import { EntityRef } from './entity.js';
import { RelationshipRef } from './relationship.js';
import { DateScalar } from './scalars.js';

export const GraphPathRef = builder.objectRef<PathRow>('GraphPath');
GraphPathRef.implement({
  description: 'A path in either direction: nodes in order, and the relationship between each pair.',
  fields: (t) => ({
    length: t.int({ resolve: (p) => p.keys.length }),
    nodes: t.field({ type: [EntityRef], resolve: (p, _, ctx) => loadEntityList(ctx, p.nodes) }),
    relationships: t.field({ type: [RelationshipRef], resolve: (p) => p.rows }),
  }),
});

builder.queryFields((t) => ({
  paths: t.field({
    type: [GraphPathRef],
    description: `Shortest paths between two entities, either direction, at most maxHops (≤ ${MAX.hops}) relationships; ties in length are broken by the relationships' keys.`,
    args: {
      from: t.arg.string({ required: true, validate: KEY }),
      to: t.arg.string({ required: true, validate: KEY }),
      maxHops: t.arg.int({ defaultValue: DEFAULTS.pathsMaxHops, validate: { schema: z.number().int().min(1).max(MAX.hops, `must be at most ${MAX.hops}`) } }),
      first: t.arg.int({ defaultValue: DEFAULTS.pathsFirst, validate: pageSize(MAX.paths) }),
      during: t.arg({ type: DateRangeInput, required: false, description: 'Every hop must fall in the window (extension).' }),
      timeRespecting: t.arg.boolean({ defaultValue: false, description: 'Only paths whose hops start in non-decreasing time, all dated (extension).' }),
      asOf: t.arg({ type: DateScalar, required: false, description: AS_OF }),
    },
    resolve: (_, args, ctx) => paths(ctx, args),
  }),
}));
