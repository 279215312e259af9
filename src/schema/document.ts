import { builder } from '../builder.js';
import type { DocumentOut } from '../data/rows.js';
import { documentsByKeys } from '../data/graph-store.js';
import { NotFoundError } from '../errors.js';
import { documentEntities } from '../resolvers/documents.js';
import { MAX_PAGE } from '../data/filters.js';
import { EntityRef } from './entity.js';
import { LIST_FIRST, pageOf, pageSize } from './list-page.js';
import { SourceReliabilityEnum } from './source-reliability.js';
import { TemporalRef } from './temporal.js';

export const DocumentRef = builder.loadableNodeRef('Document', {
  id: { resolve: (d: DocumentOut) => d.key },
  load: async (keys: string[], ctx) => (await documentsByKeys(ctx.db, keys)).map((d, i) => d ?? new NotFoundError('Document', keys[i]!)),
  sort: (d) => d.key,
});

DocumentRef.implement({
  description: 'A source: one article as collected.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The file name stem.' }),
    title: t.exposeString('title'),
    originalTitle: t.exposeString('originalTitle', { nullable: true }),
    publisher: t.exposeString('publisher', { nullable: true }),
    author: t.exposeString('author', { nullable: true }),
    translator: t.exposeString('translator', { nullable: true }),
    publishedOn: t.field({ type: TemporalRef, nullable: true, resolve: (d) => d.publishedOn, description: 'Estimated (see basis) where the page prints no date.' }),
    url: t.exposeString('url', { nullable: true }),
    language: t.exposeString('language', { nullable: true }),
    genre: t.exposeString('genre', { nullable: true }),
    reliability: t.field({ type: SourceReliabilityEnum, resolve: (d) => d.reliability }),
    reliabilityReason: t.exposeString('reliabilityReason', { nullable: true }),
    sha256: t.exposeString('sha256', { description: 'Of the whole text as read (UTF-8).' }),
    hasText: t.exposeBoolean('hasText', { description: 'Whether the service holds the text, so evidence carries quotes.' }),
    entities: t.field({
      type: [EntityRef],
      description: 'What it mentions.',
      args: { first: t.arg.int({ defaultValue: LIST_FIRST.documentEntities, validate: pageSize(MAX_PAGE), description: 'At most this many (extension).' }) },
      resolve: async (d, args, ctx) => pageOf(await documentEntities(ctx, d.key), args.first, LIST_FIRST.documentEntities),
    }),
  }),
});
