import { builder, stored } from '../builder.js';
import { docKeySchema, type RELIABILITIES } from '../model/seed-schema.js';
import { readTemporal } from '../model/stored-temporal.js';
import { documentEntities, documents } from '../resolvers/documents.js';
import { loadEntityList } from '../resolvers/entities.js';
import { loaders, nodeLoad } from '../resolvers/loaders.js';
import type { DocumentRow } from '../store/read-store.js';
import { EntityRef } from './entity.js';
import { LIST_FIRST } from '../resolvers/defaults.js';
import { listFirst } from './list-page.js';
import { SourceReliabilityEnum } from './source-reliability.js';
import { storedTemporal, TemporalRef } from './temporal.js';
import { nonEmptyOrNull } from './stored-strings.js';

export const DocumentRef = builder.nodeRef<DocumentRow>('Document', {
  id: { resolve: (d) => d.key },
  loadMany: (keys, ctx) => keys.map((k) => nodeLoad(loaders(ctx).document.load(k), 'Document', k)),
});

DocumentRef.implement({
  description: 'A source: one article as collected.',
  fields: (t) => ({
    key: t.string({ ...stored('key'), description: "The file name stem, or one made from the text's sha256.", resolve: (d) => d.key }),
    title: t.string({ ...stored('title'), resolve: (d) => (d.title as string) ?? '' }),
    originalTitle: t.string({ nullable: true, ...stored('originalTitle'), resolve: (d) => nonEmptyOrNull(d.originalTitle) }),
    publisher: t.string({ nullable: true, ...stored('publisher'), resolve: (d) => nonEmptyOrNull(d.publisher) }),
    author: t.string({ nullable: true, ...stored('author'), resolve: (d) => nonEmptyOrNull(d.author) }),
    translator: t.string({ nullable: true, ...stored('translator'), resolve: (d) => nonEmptyOrNull(d.translator) }),
    publishedOn: t.field({
      type: TemporalRef,
      nullable: true,
      ...storedTemporal('published'),
      description: 'Estimated (see basis) where the page prints no date.',
      resolve: (d) => readTemporal(d, 'published'),
    }),
    url: t.string({ nullable: true, ...stored('url'), resolve: (d) => nonEmptyOrNull(d.url) }),
    language: t.string({ nullable: true, ...stored('language'), resolve: (d) => nonEmptyOrNull(d.language) }),
    genre: t.string({ nullable: true, ...stored('genre'), resolve: (d) => nonEmptyOrNull(d.genre) }),
    reliability: t.field({ type: SourceReliabilityEnum, ...stored('reliability'), resolve: (d) => d.reliability as (typeof RELIABILITIES)[number] }),
    reliabilityReason: t.string({ nullable: true, ...stored('reliabilityReason'), resolve: (d) => nonEmptyOrNull(d.reliabilityReason) }),
    sha256: t.string({ ...stored('sha256'), description: 'Of the whole text as read (UTF-8).', resolve: (d) => (d.sha256 as string) ?? '' }),
    hasText: t.boolean({ ...stored('hasText'), description: 'Whether the service holds the text, so evidence carries quotes.', resolve: (d) => d.hasText === true }),
    entities: t.field({
      type: [EntityRef],
      description: 'What it mentions.',
      args: { first: t.arg.int(listFirst(LIST_FIRST.documentEntities)) },
      resolve: async (d, args, ctx) => loadEntityList(ctx, await documentEntities(ctx, d.key, args.first)),
    }),
  }),
});

builder.queryFields((t) => ({
  documents: t.field({
    type: [DocumentRef],
    description: 'The sources, oldest publication first.',
    args: {
      first: t.arg.int(listFirst(LIST_FIRST.documents)),
      after: t.arg.string({ required: false, validate: { schema: docKeySchema }, description: 'The key of the last document of the previous page (extension).' }),
    },
    resolve: (_, args, ctx) => documents(ctx, args.first, args.after),
  }),
}));
