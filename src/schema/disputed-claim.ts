import { builder } from '../builder.js';
import type { DisputeOut } from '../data/rows.js';
import { EvidenceRef } from './evidence.js';
import { MoneyRef } from './money.js';
import { RelationshipRef } from './relationship.js';
import { TemporalRef } from './temporal.js';

export const DisputedClaimRef = builder.objectRef<DisputeOut['claims'][number]>('DisputedClaim');
DisputedClaimRef.implement({
  description: 'One of the values sources give, with its evidence.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The claim as a reader would say it: "$2 billion", "up to $200 million".' }),
    amount: t.field({ type: MoneyRef, nullable: true, description: 'The claim as a sum, when it is one (extension).', resolve: (c) => c.amount }),
    date: t.field({ type: TemporalRef, nullable: true, description: 'The claim as a date, when it is one (extension).', resolve: (c) => c.date }),
    text: t.exposeString('text', { nullable: true, description: 'The claim as a statement, when it is neither a sum nor a date (extension).' }),
    standing: t.exposeString('standing', {
      nullable: true,
      description: 'ARTICLE: the article proper says it. SITE_SUMMARY: only a summary the host site placed above the article says it, not the author (extension).',
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (c) => c.evidence }),
    relationships: t.field({ type: [RelationshipRef], description: 'Relationships that carry this value (extension).', resolve: (c) => c.relationships }),
  }),
});
