import { builder, stored } from '../builder.js';
import { readTemporal, temporalPropNames } from '../model/stored-temporal.js';
import { loadEntity } from '../resolvers/entities.js';
import type { EntityRow } from '../store/read-store.js';
import { EntityRef, entityNode } from './entity.js';
import { TemporalRef } from './temporal.js';

const text = (v: unknown) => (typeof v === 'string' ? v : null);

const { interfaces, isTypeOf, ...node } = entityNode('POLICY');

export const PolicyRef = builder.nodeRef<EntityRow>('Policy', node);

PolicyRef.implement({
  interfaces,
  isTypeOf,
  fields: (t) => ({
    policyType: t.string({ nullable: true, ...stored('policyType'), description: 'CORPORATE_POLICY, LAW, BILL, DIRECTIVE, DESIGNATION, …', resolve: (e) => text(e.policyType) }),
    issuer: t.field({ type: EntityRef, nullable: true, ...stored('issuer'), resolve: (e, _, ctx) => (e.issuer ? loadEntity(ctx, e.issuer as string) : null) }),
    policyVersion: t.string({ nullable: true, ...stored('policyVersion'), description: 'The version the issuer gives it: "3.0" (was `version` before Entity.version counted changes).', resolve: (e) => text(e.policyVersion) }),
    adoptedOn: t.field({ type: TemporalRef, nullable: true, ...stored(...temporalPropNames('adoptedOn')), resolve: (e) => readTemporal(e, 'adoptedOn') }),
  }),
});
