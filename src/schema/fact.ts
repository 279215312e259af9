import { builder } from '../builder.js';
import type { FactOut } from '../data/rows.js';
import { ClaimStatusEnum } from './claim-status.js';
import { EvidenceRef } from './evidence.js';
import { MoneyRef } from './money.js';
import { TemporalRef } from './temporal.js';

export const FactRef = builder.objectRef<FactOut>('Fact');
FactRef.implement({
  description: 'A dated, sourced figure about an entity: a valuation, a revenue run-rate, a count (extension).',
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.exposeString('label'),
    value: t.exposeString('value', { nullable: true }),
    amount: t.field({ type: MoneyRef, nullable: true, resolve: (f) => f.amount }),
    quantity: t.exposeFloat('quantity', { nullable: true }),
    unit: t.exposeString('unit', { nullable: true }),
    when: t.field({ type: TemporalRef, nullable: true, resolve: (f) => f.when }),
    status: t.field({ type: ClaimStatusEnum, resolve: (f) => f.status }),
    evidence: t.field({ type: [EvidenceRef], resolve: (f) => f.evidence }),
  }),
});
