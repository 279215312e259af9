import { builder } from '../builder.js';
import type { RelationshipOut } from '../data/rows.js';
import { EntityRef } from './entity.js';
import { RelationshipRef } from './relationship.js';

export const SubgraphRef = builder.objectRef<{ nodeKeys: string[]; relationships: RelationshipOut[]; truncated: boolean }>('Subgraph');
SubgraphRef.implement({
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], resolve: (s) => s.nodeKeys }),
    relationships: t.field({ type: [RelationshipRef], resolve: (s) => s.relationships }),
    truncated: t.exposeBoolean('truncated', { description: 'True when `limit` cut nodes off (extension).' }),
  }),
});
