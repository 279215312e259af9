import { builder } from '../builder.js';
import { readEvidence } from '../model/stored-evidence.js';
import { readMoney } from '../model/stored-records.js';
import { readTemporal, type Props } from '../model/stored-temporal.js';
import { loadAll, loaders } from '../resolvers/loaders.js';
import { EvidenceRef } from './evidence.js';
import { MoneyRef } from './money.js';
import { RelationshipRef } from './relationship.js';
import { TemporalRef } from './temporal.js';

export const DisputedClaimRef = builder.objectRef<Props>('DisputedClaim');
DisputedClaimRef.implement({
  description: 'One of the values sources give, with its evidence.',
  fields: (t) => ({
    value: t.string({ description: 'The claim as a reader would say it: "$2 billion", "up to $200 million".', resolve: (c) => (c.value as string) ?? '' }),
    amount: t.field({ type: MoneyRef, nullable: true, description: 'The claim as a sum, when it is one (extension).', resolve: (c) => readMoney(c) }),
    date: t.field({ type: TemporalRef, nullable: true, description: 'The claim as a date, when it is one (extension).', resolve: (c) => readTemporal(c, 'date') }),
    text: t.string({ nullable: true, description: 'The claim as a statement, when it is neither a sum nor a date (extension).', resolve: (c) => (typeof c.text === 'string' ? c.text : null) }),
    standing: t.string({
      nullable: true,
      description: 'ARTICLE: the article proper says it. SITE_SUMMARY: only a summary the host site placed above the article says it, not the author (extension).',
      resolve: (c) => (typeof c.standing === 'string' ? c.standing : null),
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (c) => readEvidence(c) }),
    relationships: t.field({
      type: [RelationshipRef],
      description: 'Relationships that carry this value (extension).',
      resolve: (c, _, ctx) => loadAll(loaders(ctx).relationship, (c.relationships as string[] | undefined) ?? []),
    }),
  }),
});
