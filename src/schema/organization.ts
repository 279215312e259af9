import { stored } from '../builder.js';
import { entityType } from './entity.js';
import { stringOrNull } from './stored-strings.js';

export const OrganizationRef = entityType('ORGANIZATION', (t) => ({
  orgType: t.string({ nullable: true, ...stored('orgType'), description: 'COMPANY, GOVERNMENT_BODY, MILITARY, NONPROFIT, UNIVERSITY, MEDIA, …', resolve: (e) => stringOrNull(e.orgType) }),
  country: t.string({ nullable: true, ...stored('country'), description: 'ISO 3166-1 alpha-2.', resolve: (e) => stringOrNull(e.country) }),
}));
