import { builder } from '../builder.js';
import { relationshipDisputes } from '../resolvers/disputes.js';
import { loadAll, loaders } from '../resolvers/loaders.js';
import { DisputeRef } from './dispute.js';
import { RelationshipRef } from './relationship.js';

/** The field of Relationship that leads to Dispute, which is built on Relationship (through DisputedClaim), so it lives here. */
builder.objectFields(RelationshipRef, (t) => ({
    disputes: t.field({
      type: [DisputeRef],
      description: 'Disagreements between sources that involve it (extension).',
      resolve: async (r, _, ctx) => loadAll(loaders(ctx).dispute, await relationshipDisputes(ctx, r.key)),
    }),
}));
