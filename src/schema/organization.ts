import { builder, stored } from '../builder.js';
import type { EntityRow } from '../store/read-store.js';
import { EntityRef, entityNode } from './entity.js';

const text = (v: unknown) => (typeof v === 'string' ? v : null);

const { interfaces, isTypeOf, ...node } = entityNode('ORGANIZATION');

export const OrganizationRef = builder.nodeRef<EntityRow>('Organization', node);

OrganizationRef.implement({
  interfaces,
  isTypeOf,
  fields: (t) => ({
    orgType: t.string({ nullable: true, ...stored('orgType'), description: 'COMPANY, GOVERNMENT_BODY, MILITARY, NONPROFIT, UNIVERSITY, MEDIA, …', resolve: (e) => text(e.orgType) }),
    country: t.string({ nullable: true, ...stored('country'), description: 'ISO 3166-1 alpha-2.', resolve: (e) => text(e.country) }),
  }),
});
