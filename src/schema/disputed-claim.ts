import { builder } from '../builder.js';
import { readEvidence } from '../model/stored-evidence.js';
import type { Props } from '../model/stored-temporal.js';
import { loadAll, loaders } from '../resolvers/loaders.js';
import { EvidenceRef } from './evidence.js';
import { RelationshipRef } from './relationship.js';

export const DisputedClaimRef = builder.objectRef<Props>('DisputedClaim');
DisputedClaimRef.implement({
  description: 'One of the values sources give, with its evidence.',
  fields: (t) => ({
    value: t.string({ resolve: (c) => (c.value as string) ?? '' }),
    evidence: t.field({ type: [EvidenceRef], resolve: (c) => readEvidence(c) }),
    relationships: t.field({
      type: [RelationshipRef],
      description: 'Relationships that carry this value (extension).',
      resolve: (c, _, ctx) => loadAll(loaders(ctx).relationship, (c.relationships as string[] | undefined) ?? []),
    }),
  }),
});
