import { z } from 'zod';

import { LIST_MAX } from '../resolvers/defaults.js';



/** The `first` argument of such a list. */
export const listFirst = (defaultValue: number, max = LIST_MAX) => ({
  defaultValue,
  description: `At most this many (≤ ${max}; extension).`,
  validate: { schema: z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`) },
});
