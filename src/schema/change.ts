import { z } from 'zod';
import { builder } from '../builder.js';
import { changeFeed, loadChange } from '../resolvers/changes.js';
import type { ChangeRow } from '../store/read-store.js';
import { DEFAULTS, MAX } from '../resolvers/defaults.js';
import { pageSize } from './args.js';
import { connectionTypes } from './connection.js';
import { DateTimeScalar } from './scalars.js';

/** A change as stored, or as the write that made it returns it (same fields). */
type ChangeShape = Pick<ChangeRow, 'id' | 'version' | 'idx' | 'at' | 'actor' | 'action' | 'subject' | 'subjectKind' | 'before' | 'after'>;

export const ChangeRef = builder.nodeRef<ChangeShape>('Change', {
  id: { resolve: (c) => c.id },
  loadMany: (ids, ctx) => ids.map((id) => loadChange(ctx, id)),
});

ChangeRef.implement({
  description: 'One recorded change: the graph’s history, oldest first. Every write is one graph version with its changes.',
  fields: (t) => ({
    at: t.field({ type: DateTimeScalar, description: 'When the graph recorded it (transaction time).', resolve: (c) => c.at }),
    actor: t.exposeString('actor', { description: 'The name of the key it was made with ("seed" for the seed loader).' }),
    action: t.exposeString('action', { description: 'ADD_DOCUMENT, UPSERT_ENTITY, ADD_RELATIONSHIP, ADD_EVIDENCE, RETRACT_RELATIONSHIP, MERGE_ENTITIES, UPDATE_RELATIONSHIP, …' }),
    subject: t.exposeString('subject', { description: 'Key of what changed.' }),
    subjectKind: t.exposeString('subjectKind', { description: 'ENTITY, RELATIONSHIP, DOCUMENT, DISPUTE, … (extension).' }),
    before: t.exposeString('before', { nullable: true, description: 'JSON of the stored subject before, null when created.' }),
    after: t.exposeString('after', { nullable: true, description: 'JSON after, null when removed.' }),
    version: t.exposeInt('version', { description: 'The graph version it made; recordedAsOf reads the graph at one (extension).' }),
  }),
});

export const { ConnectionRef: ChangeConnectionRef } = connectionTypes('Change', ChangeRef);

builder.queryFields((t) => ({
  changes: t.field({
    type: ChangeConnectionRef,
    description: 'The history, oldest first; `since` is exclusive. A notebook can poll it with the last endCursor.',
    args: {
      since: t.arg({ type: DateTimeScalar, required: false }),
      subject: t.arg.string({ required: false, validate: { schema: z.string().min(1).max(200) } }),
      first: t.arg.int({ defaultValue: DEFAULTS.changesFirst, validate: pageSize(MAX.page) }),
      after: t.arg.string({ required: false }),
    },
    resolve: (_, args, ctx) => changeFeed(ctx, args),
  }),
}));
