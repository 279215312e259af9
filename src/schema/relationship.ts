import { z } from 'zod';
import { builder, stored } from '../builder.js';
import type { Category } from '../model/categories.js';
import { keySchema, relTypeSchema, type STATUSES } from '../model/seed-schema.js';
import { EVIDENCE_PROPS, readEvidence } from '../model/stored-evidence.js';
import { readMoney } from '../model/stored-records.js';
import { readTemporal } from '../model/stored-temporal.js';
import { loadEntity, loadEntityList } from '../resolvers/entities.js';
import { loadAll, loaders, nodeLoad } from '../resolvers/loaders.js';
import { DEFAULTS, MAX } from '../resolvers/defaults.js';
import { pressures, relationships, timeline, type Connection } from '../resolvers/relationships.js';
import type { RelRow } from '../store/read-store.js';
import { AS_OF, KEY, pageSize, RECORDED_AS_OF } from './args.js';
import { LIST_FIRST, PRESSURES_MAX } from '../resolvers/defaults.js';
import { listFirst } from './list-page.js';
import { CameoRef } from './cameo.js';
import { ClaimStatusEnum } from './claim-status.js';
import { pageInfoOf } from './connection.js';
import { DateRangeInput } from './date-range.js';
import { EntityRef } from './entity.js';
import { EvidenceRef } from './evidence.js';
import { MoneyRef } from './money.js';
import { RelationCategoryEnum } from './relation-category.js';
import { DateScalar, DateTimeScalar } from './scalars.js';
import { storedTemporal, TemporalRef } from './temporal.js';
import { nonEmptyOrNull } from './stored-strings.js';

export const RelationshipRef = builder.nodeRef<RelRow>('Relationship', {
  id: { resolve: (r) => r.key },
  loadMany: (keys, ctx) => keys.map((k) => nodeLoad(loaders(ctx).relationship.load(k), 'Relationship', k)),
});

RelationshipRef.implement({
  description: 'One dated, sourced statement that `source` did something to, or stands in some relation to, `target`.',
  fields: (t) => ({
    key: t.string({ ...stored('key'), description: 'Stable key (extension).', resolve: (r) => r.key }),
    type: t.string({ ...stored('type'), description: 'UPPER_SNAKE verb: ISSUED_ULTIMATUM, THREATENED, ACCUSED, …', resolve: (r) => r.type }),
    category: t.field({ type: RelationCategoryEnum, ...stored('category'), resolve: (r) => r.category as Category }),
    source: t.field({ type: EntityRef, resolve: (r, _, ctx) => loadEntity(ctx, r.source) }),
    target: t.field({ type: EntityRef, resolve: (r, _, ctx) => loadEntity(ctx, r.target) }),
    when: t.field({ type: TemporalRef, nullable: true, ...storedTemporal('when'), description: 'When it happened or began.', resolve: (r) => readTemporal(r, 'when') }),
    until: t.field({ type: TemporalRef, nullable: true, ...storedTemporal('until'), description: 'When it ended, if it did.', resolve: (r) => readTemporal(r, 'until') }),
    deadline: t.field({ type: TemporalRef, nullable: true, ...storedTemporal('deadline'), description: 'For demands and ultimatums.', resolve: (r) => readTemporal(r, 'deadline') }),
    summary: t.string({ ...stored('summary'), description: "One plain sentence in the project's own words.", resolve: (r) => (r.summary as string) ?? '' }),
    amount: t.field({ type: MoneyRef, nullable: true, ...stored('amount', 'currency', 'amountBound'), resolve: (r) => readMoney(r) }),
    status: t.field({ type: ClaimStatusEnum, ...stored('status'), resolve: (r) => r.status as (typeof STATUSES)[number] }),
    evidence: t.field({
      type: [EvidenceRef],
      ...stored(...EVIDENCE_PROPS),
      description: 'At least one per relationship. Under asOf, only evidence from documents published by then.',
      resolve: (r) => {
        const all = readEvidence(r);
        return r.evKnown ? all.filter((e) => r.evKnown!.includes(e.doc)) : all;
      },
    }),
    cameo: t.field({
      type: CameoRef,
      nullable: true,
      ...stored('cameo', 'cameoLabel', 'quadClass'),
      description: 'For interactions between actors (extension).',
      resolve: (r) => (r.cameo ? { code: r.cameo as string, label: nonEmptyOrNull(r.cameoLabel), quadClass: (r.quadClass as number | undefined) ?? null } : null),
    }),
    role: t.string({ nullable: true, ...stored('role'), description: 'For HOLDS_ROLE and the like: the title as the sources give it (extension).', resolve: (r) => nonEmptyOrNull(r.role) }),
    channel: t.string({ nullable: true, ...stored('channel'), description: 'Where it was said or done: X, a blog post, an interview (extension).', resolve: (r) => nonEmptyOrNull(r.channel) }),
    reportedBy: t.field({
      type: [EntityRef],
      ...stored('reportedBy'),
      description: 'Outlets or people the source attributes it to (extension).',
      resolve: (r, _, ctx) => loadEntityList(ctx, (r.reportedBy as string[] | undefined) ?? []),
    }),
    context: t.field({
      type: [EntityRef],
      ...stored('context'),
      description: 'Events, contracts or policies it is part of (extension).',
      resolve: (r, _, ctx) => loadEntityList(ctx, (r.context as string[] | undefined) ?? []),
    }),
    viaRoles: t.field({
      type: [RelationshipRef],
      description:
        'Only in answers with viaRoles: true. What makes this act count as the organisation asked about: the chain of parts (PART_OF) and the role held (HOLDS_ROLE); empty when the organisation acted itself (extension).',
      resolve: (r, _, ctx) => loadAll(loaders(ctx).relationship, r.via ?? []),
    }),
    retracted: t.boolean({ ...stored('retracted'), description: 'Retracted through the API: hidden from default reads, kept with its reason (extension).', resolve: (r) => r.retracted === true }),
    retractionReason: t.string({ nullable: true, ...stored('retractReason'), resolve: (r) => nonEmptyOrNull(r.retractReason) }),
  }),
});

export const RelationshipEdgeRef = builder.objectRef<Connection['items'][number]>('RelationshipEdge');
RelationshipEdgeRef.implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: RelationshipRef, resolve: (e) => e.node }),
  }),
});

export const RelationshipConnectionRef = builder.objectRef<Connection>('RelationshipConnection');
RelationshipConnectionRef.implement({
  fields: (t) => ({
    edges: t.field({ type: [RelationshipEdgeRef], resolve: (p) => p.items }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (p) => pageInfoOf(p, p.items) }),
    totalCount: t.int({ description: 'All items matching the filters, whatever the page.', resolve: (p) => p.total ?? 0 }),
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
    viaRoles: t.boolean({
      required: false,
      description:
        "Count as an organisation's own the acts of people who held a role in it (HOLDS_ROLE) at the time of the act, the way GDELT codes an official's acts to their state. Applies to source, else target, else involving; results say through which role in `viaRoles` (extension).",
    }),
  }),
});

builder.queryFields((t) => ({
  relationships: t.field({
    type: RelationshipConnectionRef,
    description: 'Ordered by `when` (oldest first, undated last), then key.',
    args: {
      where: t.arg({ type: RelationshipWhereInput, required: false }),
      first: t.arg.int({ defaultValue: DEFAULTS.relationshipsFirst, validate: pageSize(MAX.page) }),
      after: t.arg.string({ required: false }),
      asOf: t.arg({ type: DateScalar, required: false, description: AS_OF }),
      recordedAsOf: t.arg({ type: DateTimeScalar, required: false, description: RECORDED_AS_OF }),
      includeRetracted: t.arg.boolean({ defaultValue: false, description: 'Also relationships retracted through the API.' }),
    },
    resolve: (_, args, ctx) => relationships(ctx, args),
  }),
  pressures: t.field({
    type: [RelationshipRef],
    description: 'Who pressured whom, and when: PRESSURE relationships (CAMEO demand, disapprove, threaten, reduce relations, coerce), oldest first.',
    args: {
      actor: t.arg.string({ required: false, validate: KEY }),
      target: t.arg.string({ required: false, validate: KEY }),
      during: t.arg({ type: DateRangeInput, required: false }),
      asOf: t.arg({ type: DateScalar, required: false, description: AS_OF }),
      viaRoles: t.arg.boolean({
        defaultValue: false,
        description: "Count the acts of people holding a role in the actor (or target) organisation at the time as the organisation's; `viaRoles` on each result says through whom (extension).",
      }),
      first: t.arg.int(listFirst(LIST_FIRST.pressures, PRESSURES_MAX)),
    },
    resolve: (_, args, ctx) => pressures(ctx, args),
  }),
  timeline: t.field({
    type: RelationshipConnectionRef,
    description: 'Relationships involving any of `keys` (all if empty), ordered by time.',
    args: {
      keys: t.arg.stringList({ required: false, validate: { schema: z.array(keySchema).max(100) } }),
      during: t.arg({ type: DateRangeInput, required: false }),
      categories: t.arg({ type: [RelationCategoryEnum], required: false }),
      first: t.arg.int({ defaultValue: DEFAULTS.timelineFirst, validate: pageSize(MAX.page) }),
      after: t.arg.string({ required: false }),
      asOf: t.arg({ type: DateScalar, required: false, description: AS_OF }),
      recordedAsOf: t.arg({ type: DateTimeScalar, required: false, description: RECORDED_AS_OF }),
      includeRetracted: t.arg.boolean({ defaultValue: false, description: 'Also relationships retracted through the API.' }),
      viaRoles: t.arg.boolean({ defaultValue: false, description: "Count the acts of people holding a role in one of `keys` at the time as that organisation's (extension)." }),
    },
    resolve: (_, args, ctx) => timeline(ctx, args),
  }),
}));
