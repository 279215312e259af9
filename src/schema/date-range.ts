import { builder } from '../builder.js';
import { DateScalar } from './scalars.js';

export const DateRangeInput = builder.inputType('DateRange', {
  description:
    'Inclusive calendar window, read in UTC. An item matches when [when.start, when.end] overlaps it; undated items match only with includeUndated.',
  fields: (t) => ({
    from: t.field({ type: DateScalar, required: false }),
    to: t.field({ type: DateScalar, required: false }),
    includeUndated: t.boolean({ required: false, defaultValue: false, description: 'Also match items with no date (extension).' }),
  }),
});
