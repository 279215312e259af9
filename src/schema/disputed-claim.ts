import { builder } from '../builder.js';
import type { DisputeOut } from '../data/rows.js';
import { EvidenceRef } from './evidence.js';
import { RelationshipRef } from './relationship.js';

export const DisputedClaimRef = builder.objectRef<DisputeOut['claims'][number]>('DisputedClaim');
DisputedClaimRef.implement({
  description: 'One of the values sources give, with its evidence.',
  fields: (t) => ({
    value: t.exposeString('value'),
    evidence: t.field({ type: [EvidenceRef], resolve: (c) => c.evidence }),
    relationships: t.field({ type: [RelationshipRef], description: 'Relationships that carry this value (extension).', resolve: (c) => c.relationships }),
  }),
});
