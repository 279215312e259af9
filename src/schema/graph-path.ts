import { builder } from '../builder.js';
import { EntityRef } from './entity.js';
import { RelationshipRef } from './relationship.js';

export const GraphPathRef = builder.objectRef<{ nodes: string[]; relationships: string[] }>('GraphPath');
GraphPathRef.implement({
  description: 'A path in either direction: nodes in order, and the relationship between each pair.',
  fields: (t) => ({
    length: t.int({ resolve: (p) => p.relationships.length }),
    nodes: t.field({ type: [EntityRef], resolve: (p) => p.nodes }),
    relationships: t.field({ type: [RelationshipRef], resolve: (p) => p.relationships }),
  }),
});
