import { builder } from '../builder.js';
import type { STATUSES } from '../model/seed-schema.js';
import { readEvidence } from '../model/stored-evidence.js';
import { readMoney } from '../model/stored-records.js';
import { readTemporal, type Props } from '../model/stored-temporal.js';
import { ClaimStatusEnum } from './claim-status.js';
import { EvidenceRef } from './evidence.js';
import { MoneyRef } from './money.js';
import { TemporalRef } from './temporal.js';
import { nonEmptyOrNull } from './stored-strings.js';

export const FactRef = builder.objectRef<Props>('Fact');
FactRef.implement({
  description: 'A dated, sourced figure about an entity: a valuation, a revenue run-rate, a count (extension).',
  fields: (t) => ({
    key: t.string({ resolve: (f) => f.key as string }),
    label: t.string({ resolve: (f) => f.label as string }),
    value: t.string({ nullable: true, resolve: (f) => nonEmptyOrNull(f.value) }),
    amount: t.field({ type: MoneyRef, nullable: true, resolve: (f) => readMoney(f) }),
    quantity: t.float({ nullable: true, resolve: (f) => (typeof f.quantity === 'number' ? f.quantity : null) }),
    unit: t.string({ nullable: true, resolve: (f) => nonEmptyOrNull(f.unit) }),
    when: t.field({ type: TemporalRef, nullable: true, resolve: (f) => readTemporal(f, 'when') }),
    status: t.field({ type: ClaimStatusEnum, resolve: (f) => f.status as (typeof STATUSES)[number] }),
    evidence: t.field({ type: [EvidenceRef], resolve: (f) => readEvidence(f) }),
  }),
});
