import { stored } from '../builder.js';
import { entityType } from './entity.js';
import { stringOrNull } from './stored-strings.js';

export const PersonRef = entityType('PERSON', (t) => ({
  nationality: t.string({ nullable: true, ...stored('nationality'), description: 'ISO 3166-1 alpha-2.', resolve: (e) => stringOrNull(e.nationality) }),
}));
