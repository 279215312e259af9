import { stored } from '../builder.js';
import { readTemporal } from '../model/stored-temporal.js';
import { loadEntity } from '../resolvers/entities.js';
import { EntityRef, entityType } from './entity.js';
import { storedTemporal, TemporalRef } from './temporal.js';
import { stringOrNull } from './stored-strings.js';

export const PolicyRef = entityType('POLICY', (t) => ({
  policyType: t.string({ nullable: true, ...stored('policyType'), description: 'CORPORATE_POLICY, LAW, BILL, DIRECTIVE, DESIGNATION, …', resolve: (e) => stringOrNull(e.policyType) }),
  issuer: t.field({ type: EntityRef, nullable: true, ...stored('issuer'), resolve: (e, _, ctx) => (e.issuer ? loadEntity(ctx, e.issuer as string) : null) }),
  policyVersion: t.string({ nullable: true, ...stored('policyVersion'), description: 'The version the issuer gives it: "3.0" (was `version` before Entity.version counted changes).', resolve: (e) => stringOrNull(e.policyVersion) }),
  adoptedOn: t.field({ type: TemporalRef, nullable: true, ...storedTemporal('adoptedOn'), resolve: (e) => readTemporal(e, 'adoptedOn') }),
}));
