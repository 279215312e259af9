import { z } from 'zod';
import { builder } from '../builder.js';
import { MAX_PAGE } from '../data/filters.js';
import { CATEGORY_NAMES } from '../model/categories.js';
import { docKeySchema, keySchema } from '../model/seed-schema.js';
import { documents } from '../resolvers/documents.js';
import { disputes } from '../resolvers/disputes.js';
import { entity } from '../resolvers/entities.js';
import { neighborhood, paths } from '../resolvers/graph.js';
import { pressures, relationships, timeline } from '../resolvers/relationships.js';
import { DEFAULTS } from '../resolvers/defaults.js';
import { search } from '../resolvers/search.js';
import { CategoryInfoRef } from './category-info.js';
import { DateRangeInput } from './date-range.js';
import { DisputeRef } from './dispute.js';
import { DocumentRef } from './document.js';
import { EntityRef } from './entity.js';
import { EntityKindEnum } from './entity-kind.js';
import { GraphPathRef } from './graph-path.js';
import { RelationCategoryEnum } from './relation-category.js';
import { RelationshipConnectionRef, RelationshipRef, RelationshipWhereInput } from './relationship.js';
import { LIST_FIRST, pageOf, pageSize } from './list-page.js';
import { DateScalar } from './scalars.js';
import { SearchHitRef } from './search-hit.js';
import { SubgraphRef } from './subgraph.js';

/** The resolver's own ceiling on pressures. */
const MAX_PRESSURES = 1000;
const key = { schema: keySchema };
const AS_OF = 'Knowledge time: only what documents published on or before this date had reported (extension).';

builder.queryType({
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      nullable: true,
      args: { key: t.arg.string({ required: true, validate: key }) },
      resolve: (_, args, ctx) => entity(ctx, args.key),
    }),
    search: t.field({
      type: [SearchHitRef],
      description: 'Full-text over names, aliases and descriptions; best first. Tolerates small typos; any text is safe.',
      args: {
        text: t.arg.string({ required: true, validate: { schema: z.string().min(1).max(200) } }),
        kinds: t.arg({ type: [EntityKindEnum], required: false }),
        first: t.arg.int({ defaultValue: DEFAULTS.searchFirst, validate: pageSize(50) }),
      },
      resolve: (_, args, ctx) => search(ctx, args),
    }),
    relationships: t.field({
      type: RelationshipConnectionRef,
      description: 'Ordered by `when` (oldest first, undated last), then key.',
      args: {
        where: t.arg({ type: RelationshipWhereInput, required: false }),
        first: t.arg.int({ defaultValue: DEFAULTS.relationshipsFirst, validate: pageSize(MAX_PAGE) }),
        after: t.arg.string({ required: false }),
        asOf: t.arg({ type: DateScalar, required: false, description: AS_OF }),
      },
      resolve: (_, args, ctx) => relationships(ctx, args),
    }),
    pressures: t.field({
      type: [RelationshipRef],
      description: 'Who pressured whom, and when: PRESSURE relationships (CAMEO demand, disapprove, threaten, reduce relations, coerce), oldest first.',
      args: {
        actor: t.arg.string({ required: false, validate: key }),
        target: t.arg.string({ required: false, validate: key }),
        during: t.arg({ type: DateRangeInput, required: false }),
        asOf: t.arg({ type: DateScalar, required: false, description: AS_OF }),
        first: t.arg.int({ defaultValue: LIST_FIRST.pressures, validate: pageSize(MAX_PRESSURES), description: 'At most this many, oldest first (extension).' }),
      },
      resolve: async (_, args, ctx) => pageOf(await pressures(ctx, args), args.first, LIST_FIRST.pressures),
    }),
    paths: t.field({
      type: [GraphPathRef],
      description: 'Shortest paths between two entities, either direction, at most maxHops (≤ 6) relationships.',
      args: {
        from: t.arg.string({ required: true, validate: key }),
        to: t.arg.string({ required: true, validate: key }),
        maxHops: t.arg.int({ defaultValue: DEFAULTS.pathsMaxHops, validate: { schema: z.number().int().min(1).max(6, 'must be at most 6') } }),
        first: t.arg.int({ defaultValue: DEFAULTS.pathsFirst, validate: pageSize(10) }),
        during: t.arg({ type: DateRangeInput, required: false, description: 'Every hop must fall in the window (extension).' }),
        timeRespecting: t.arg.boolean({ defaultValue: false, description: 'Only paths whose hops start in non-decreasing time, all dated (extension).' }),
        asOf: t.arg({ type: DateScalar, required: false, description: AS_OF }),
      },
      resolve: (_, args, ctx) => paths(ctx, args),
    }),
    neighborhood: t.field({
      type: SubgraphRef,
      description: 'Everything within `depth` (≤ 3) relationships of an entity, at most `limit` nodes.',
      args: {
        key: t.arg.string({ required: true, validate: key }),
        depth: t.arg.int({ defaultValue: DEFAULTS.neighborhoodDepth, validate: { schema: z.number().int().min(1).max(3, 'must be at most 3') } }),
        during: t.arg({ type: DateRangeInput, required: false }),
        limit: t.arg.int({ defaultValue: DEFAULTS.neighborhoodLimit, validate: pageSize(1000) }),
        categories: t.arg({ type: [RelationCategoryEnum], required: false, description: 'Only these categories (extension).' }),
        asOf: t.arg({ type: DateScalar, required: false, description: AS_OF }),
      },
      resolve: (_, args, ctx) => neighborhood(ctx, args),
    }),
    timeline: t.field({
      type: RelationshipConnectionRef,
      description: 'Relationships involving any of `keys` (all if empty), ordered by time.',
      args: {
        keys: t.arg.stringList({ required: false, validate: { schema: z.array(keySchema).max(100) } }),
        during: t.arg({ type: DateRangeInput, required: false }),
        categories: t.arg({ type: [RelationCategoryEnum], required: false }),
        first: t.arg.int({ defaultValue: DEFAULTS.timelineFirst, validate: pageSize(MAX_PAGE) }),
        after: t.arg.string({ required: false }),
        asOf: t.arg({ type: DateScalar, required: false, description: AS_OF }),
      },
      resolve: (_, args, ctx) => timeline(ctx, args),
    }),
    documents: t.field({
      type: [DocumentRef],
      description: 'Oldest first.',
      args: {
        first: t.arg.int({ defaultValue: LIST_FIRST.documents, validate: pageSize(MAX_PAGE), description: 'At most this many (extension).' }),
        after: t.arg.string({ required: false, validate: { schema: docKeySchema }, description: 'The key of the last document of the previous page (extension).' }),
      },
      resolve: async (_, args, ctx) => pageOf(await documents(ctx), args.first, LIST_FIRST.documents, args.after, (d) => d.key),
    }),
    disputes: t.field({
      type: [DisputeRef],
      description: 'Ordered by id.',
      args: {
        first: t.arg.int({ defaultValue: LIST_FIRST.disputes, validate: pageSize(MAX_PAGE), description: 'At most this many (extension).' }),
        after: t.arg.string({ required: false, validate: key, description: 'The id of the last dispute of the previous page (extension).' }),
      },
      resolve: async (_, args, ctx) => pageOf(await disputes(ctx), args.first, LIST_FIRST.disputes, args.after, (d) => d.key),
    }),
    categories: t.field({
      type: [CategoryInfoRef],
      description: 'The relationship categories and their definitions (extension).',
      resolve: () => [...CATEGORY_NAMES],
    }),
  }),
});
