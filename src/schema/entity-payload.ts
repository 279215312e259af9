import { builder } from '../builder.js';
import { loadEntities } from '../resolvers/entities.js';
import { mergeEntitiesResolver, upsertEntityResolver, type Payload } from '../resolvers/writes.js';
import { KEY } from './args.js';
import { ChangeRef } from './change.js';
import { EntityRef } from './entity.js';
import { EntityKindEnum } from './entity-kind.js';
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

export const EntityInput = builder.inputType('EntityInput', {
  fields: (t) => ({
    key: t.string({ required: true, validate: KEY }),
    name: t.string({ required: true }),
    kind: t.field({ type: EntityKindEnum, required: true }),
    aliases: t.stringList({ required: false }),
    description: t.string({ required: false, description: 'In your own words, 10 to 600 characters.' }),
    orgType: t.string({ required: false, description: 'For organisations: COMPANY, GOVERNMENT_BODY, MILITARY, … (extension; OTHER when omitted).' }),
    country: t.string({ required: false, description: 'For organisations: ISO 3166-1 alpha-2 (extension).' }),
    eventType: t.string({ required: false, description: 'For events: MEETING, MILITARY_OPERATION, … (extension; OTHER when omitted).' }),
    policyType: t.string({ required: false, description: 'For policies: CORPORATE_POLICY, LAW, DIRECTIVE, … (extension; OTHER when omitted).' }),
  }),
});

builder.mutationFields((t) => ({
  upsertEntity: t.field({
    type: EntityPayloadRef,
    description: 'Creates an entity or writes its new state. With expectedVersion, a version that moved on is VERSION_CONFLICT; a name another entity has is CONFLICT. Needs EDIT.',
    authScopes: { edit: true },
    args: { input: t.arg({ type: EntityInput, required: true }), expectedVersion: t.arg.int({ required: false }) },
    resolve: (_, args, ctx) => upsertEntityResolver(ctx, args.input, args.expectedVersion),
  }),
  mergeEntities: t.field({
    type: EntityPayloadRef,
    description: 'Merges `merge` into `keep`: names, relationships, facts, evidence and mentions move; the merged key keeps resolving to `keep`. Needs ADMIN.',
    authScopes: { admin: true },
    args: { keep: t.arg.string({ required: true, validate: KEY }), merge: t.arg.string({ required: true, validate: KEY }) },
    resolve: (_, args, ctx) => mergeEntitiesResolver(ctx, args.keep, args.merge),
  }),
}));
