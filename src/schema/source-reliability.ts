import { builder } from '../builder.js';
import { RELIABILITIES } from '../model/seed-schema.js';

export const SourceReliabilityEnum = builder.enumType('SourceReliability', { values: RELIABILITIES });
