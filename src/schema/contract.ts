import { builder } from '../builder.js';
import type { EntityOut } from '../data/rows.js';
import { EntityRef, loadEntities } from './entity.js';
import { MoneyRef } from './money.js';
import { TemporalRef } from './temporal.js';

export const ContractRef = builder.loadableNodeRef('Contract', {
  id: { resolve: (e: EntityOut) => e.key },
  load: loadEntities('CONTRACT'),
});

ContractRef.implement({
  interfaces: [EntityRef],
  isTypeOf: (e) => (e as EntityOut).kind === 'CONTRACT',
  fields: (t) => ({
    value: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'The best-attested value. Where sources give others, `disputes` lists every value with its evidence.',
      resolve: (e) => e.value,
    }),
    parties: t.field({ type: [EntityRef], resolve: (e) => e.parties }),
    awardedOn: t.field({ type: TemporalRef, nullable: true, resolve: (e) => e.awardedOn }),
  }),
});
