import { builder } from '../builder.js';
import { PRECISIONS } from '../model/temporal.js';

export const TemporalPrecisionEnum = builder.enumType('TemporalPrecision', {
  description: 'How precise a date is. SEASON is a meteorological season (e.g. summer = June to August).',
  values: PRECISIONS,
});
