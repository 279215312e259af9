import { builder } from '../builder.js';
import type { EntityOut } from '../data/rows.js';
import { EntityRef, loadEntities } from './entity.js';
import { TemporalRef } from './temporal.js';

export const PolicyRef = builder.loadableNodeRef('Policy', {
  id: { resolve: (e: EntityOut) => e.key },
  load: loadEntities('POLICY'),
});

PolicyRef.implement({
  interfaces: [EntityRef],
  isTypeOf: (e) => (e as EntityOut).kind === 'POLICY',
  fields: (t) => ({
    policyType: t.exposeString('policyType', { nullable: true, description: 'CORPORATE_POLICY, LAW, BILL, DIRECTIVE, DESIGNATION, …' }),
    issuer: t.field({ type: EntityRef, nullable: true, resolve: (e) => e.issuer }),
    version: t.exposeString('version', { nullable: true }),
    adoptedOn: t.field({ type: TemporalRef, nullable: true, resolve: (e) => e.adoptedOn }),
  }),
});
