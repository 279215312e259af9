import { z } from 'zod';
import { keySchema } from '../model/seed-schema.js';

/** Validation shared by root fields' arguments. */
export const pageSize = (max: number) => ({ schema: z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`) });
export const KEY = { schema: keySchema };
export const AS_OF = 'Knowledge time: only what documents published on or before this date had reported (extension).';
export const RECORDED_AS_OF =
  'Transaction time: the graph exactly as it had been recorded at this instant, retractions and later edits undone (next to asOf, which is publication time).';
