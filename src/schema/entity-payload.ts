import { builder } from '../builder.js';
import { loadEntities } from '../resolvers/entities.js';
import type { Payload } from '../resolvers/writes.js';
import { ChangeRef } from './change.js';
import { EntityRef } from './entity.js';
import { UserErrorRef } from './user-error.js';

export const EntityPayloadRef = builder.objectRef<Payload<{ key: string }>>('EntityPayload');
EntityPayloadRef.implement({
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      nullable: true,
      resolve: async (p, _, ctx) => {
        if (!p.value) return null;
        const [e] = await loadEntities(ctx, [p.value.key]);
        if (e instanceof Error) throw e;
        return e ?? null;
      },
    }),
    change: t.field({ type: ChangeRef, nullable: true, resolve: (p) => p.change }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});
