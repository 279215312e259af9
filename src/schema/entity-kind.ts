import { builder } from '../builder.js';
import { ENTITY_KINDS } from '../model/seed-schema.js';

export const EntityKindEnum = builder.enumType('EntityKind', { values: ENTITY_KINDS });
