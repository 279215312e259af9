import { builder } from '../builder.js';
import { loadRelationship } from '../resolvers/disputes.js';
import type { Payload } from '../resolvers/writes.js';
import { ChangeRef } from './change.js';
import { RelationshipRef } from './relationship.js';
import { UserErrorRef } from './user-error.js';

export const RelationshipPayloadRef = builder.objectRef<Payload<{ key: string }>>('RelationshipPayload');
RelationshipPayloadRef.implement({
  fields: (t) => ({
    relationship: t.field({ type: RelationshipRef, nullable: true, resolve: (p, _, ctx) => (p.value ? loadRelationship(ctx, p.value.key) : null) }),
    change: t.field({ type: ChangeRef, nullable: true, resolve: (p) => p.change }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});
