import { z } from 'zod';
import { builder } from '../builder.js';
import { relationshipsByKeys } from '../data/graph-store.js';
import type { RelationshipOut } from '../data/rows.js';
import type { Page } from '../data/graph-store.js';
import { NotFoundError } from '../errors.js';
import { keySchema, relTypeSchema } from '../model/seed-schema.js';
import { relationshipDisputes } from '../resolvers/relationships.js';
import { CameoRef } from './cameo.js';
import { ClaimStatusEnum } from './claim-status.js';
import { DateRangeInput } from './date-range.js';
import { DisputeRef } from './dispute.js';
import { EntityRef } from './entity.js';
import { EvidenceRef } from './evidence.js';
import { MoneyRef } from './money.js';
import { RelationCategoryEnum } from './relation-category.js';
import { TemporalRef } from './temporal.js';

export const RelationshipRef = builder.loadableNodeRef('Relationship', {
  id: { resolve: (r: RelationshipOut) => r.key },
  load: async (keys: string[], ctx) => (await relationshipsByKeys(ctx.db, keys)).map((r, i) => r ?? new NotFoundError('Relationship', keys[i]!)),
  sort: (r) => r.key,
});

RelationshipRef.implement({
  description: 'One dated, sourced statement that `source` did something to, or stands in some relation to, `target`.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key (extension).' }),
    type: t.exposeString('type', { description: 'UPPER_SNAKE verb: ISSUED_ULTIMATUM, THREATENED, ACCUSED, …' }),
    category: t.field({ type: RelationCategoryEnum, resolve: (r) => r.category }),
    source: t.field({ type: EntityRef, resolve: (r) => r.source }),
    target: t.field({ type: EntityRef, resolve: (r) => r.target }),
    when: t.field({ type: TemporalRef, nullable: true, description: 'When it happened or began.', resolve: (r) => r.when }),
    until: t.field({ type: TemporalRef, nullable: true, description: 'When it ended, if it did.', resolve: (r) => r.until }),
    deadline: t.field({ type: TemporalRef, nullable: true, description: 'For demands and ultimatums.', resolve: (r) => r.deadline }),
    summary: t.exposeString('summary', { description: 'One plain sentence in the project\'s own words.' }),
    amount: t.field({ type: MoneyRef, nullable: true, resolve: (r) => r.amount }),
    status: t.field({ type: ClaimStatusEnum, resolve: (r) => r.status }),
    evidence: t.field({ type: [EvidenceRef], description: 'At least one per relationship.', resolve: (r) => r.evidence }),
    cameo: t.field({ type: CameoRef, nullable: true, description: 'For interactions between actors (extension).', resolve: (r) => r.cameo }),
    role: t.exposeString('role', { nullable: true, description: 'For HOLDS_ROLE and the like: the title as the sources give it (extension).' }),
    channel: t.exposeString('channel', { nullable: true, description: 'Where it was said or done: X, a blog post, an interview (extension).' }),
    reportedBy: t.field({ type: [EntityRef], description: 'Outlets or people the source attributes it to (extension).', resolve: (r) => r.reportedBy }),
    context: t.field({ type: [EntityRef], description: 'Events, contracts or policies it is part of (extension).', resolve: (r) => r.context }),
    disputes: t.field({ type: [DisputeRef], description: 'Disagreements between sources that involve it (extension).', resolve: (r, _, ctx) => relationshipDisputes(ctx, r.key) }),
  }),
});

export const RelationshipEdgeRef = builder.objectRef<Page['items'][number]>('RelationshipEdge');
RelationshipEdgeRef.implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: RelationshipRef, resolve: (e) => e.node }),
  }),
});

export const RelationshipConnectionRef = builder.objectRef<Page>('RelationshipConnection');
RelationshipConnectionRef.implement({
  fields: (t) => ({
    edges: t.field({ type: [RelationshipEdgeRef], resolve: (p) => p.items }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      resolve: (p) => ({
        hasNextPage: p.hasNextPage,
        hasPreviousPage: p.hasPreviousPage,
        startCursor: p.items[0]?.cursor ?? null,
        endCursor: p.items.at(-1)?.cursor ?? null,
      }),
    }),
    totalCount: t.exposeInt('total', { description: 'All items matching the filters, whatever the page.' }),
  }),
});

const keyList = z.array(keySchema).max(100);

export const RelationshipWhereInput = builder.inputType('RelationshipWhere', {
  fields: (t) => ({
    types: t.stringList({ required: false, validate: { schema: z.array(relTypeSchema).max(100) } }),
    categories: t.field({ type: [RelationCategoryEnum], required: false }),
    source: t.string({ required: false, description: 'Entity key.', validate: { schema: keySchema } }),
    target: t.string({ required: false, description: 'Entity key.', validate: { schema: keySchema } }),
    involving: t.string({ required: false, description: 'Entity key on either end.', validate: { schema: keySchema } }),
    involvingAny: t.stringList({ required: false, description: 'Any of these entity keys on either end (extension).', validate: { schema: keyList } }),
    during: t.field({ type: DateRangeInput, required: false }),
    status: t.field({ type: [ClaimStatusEnum], required: false }),
  }),
});
