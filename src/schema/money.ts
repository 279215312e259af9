import { builder } from '../builder.js';
import type { Money } from '../model/stored-records.js';

export const MoneyRef = builder.objectRef<Money>('Money');
MoneyRef.implement({
  fields: (t) => ({
    amount: t.exposeFloat('amount'),
    currency: t.exposeString('currency', { description: 'ISO 4217.' }),
    bound: t.exposeString('bound', { nullable: true, description: 'EXACT, UP_TO (a ceiling, e.g. "up to $200 million"), AT_LEAST or ABOUT.' }),
  }),
});
