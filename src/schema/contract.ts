import { stored } from '../builder.js';
import { readTemporal } from '../model/stored-temporal.js';
import { readMoney } from '../model/stored-records.js';
import { loadEntityList } from '../resolvers/entities.js';
import { EntityRef, entityType } from './entity.js';
import { MoneyRef } from './money.js';
import { storedTemporal, TemporalRef } from './temporal.js';

export const ContractRef = entityType('CONTRACT', (t) => ({
  value: t.field({
    type: MoneyRef,
    nullable: true,
    ...stored('valueAmount', 'valueCurrency', 'valueBound'),
    description: 'The best-attested value. Where sources give others, `disputes` lists every value with its evidence.',
    resolve: (e) => readMoney(e, 'valueAmount', 'valueCurrency', 'valueBound'),
  }),
  parties: t.field({ type: [EntityRef], ...stored('parties'), resolve: (e, _, ctx) => loadEntityList(ctx, (e.parties as string[] | undefined) ?? []) }),
  awardedOn: t.field({ type: TemporalRef, nullable: true, ...storedTemporal('awardedOn'), resolve: (e) => readTemporal(e, 'awardedOn') }),
}));
