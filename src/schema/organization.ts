import { builder } from '../builder.js';
import type { EntityOut } from '../data/rows.js';
import { EntityRef, loadEntities } from './entity.js';

export const OrganizationRef = builder.loadableNodeRef('Organization', {
  id: { resolve: (e: EntityOut) => e.key },
  load: loadEntities('ORGANIZATION'),
});

OrganizationRef.implement({
  interfaces: [EntityRef],
  isTypeOf: (e) => (e as EntityOut).kind === 'ORGANIZATION',
  fields: (t) => ({
    orgType: t.exposeString('orgType', { nullable: true, description: 'COMPANY, GOVERNMENT_BODY, MILITARY, NONPROFIT, UNIVERSITY, MEDIA, …' }),
    country: t.exposeString('country', { nullable: true, description: 'ISO 3166-1 alpha-2.' }),
  }),
});
