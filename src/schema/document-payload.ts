import { z } from 'zod';
import { builder } from '../builder.js';
import { docKeySchema } from '../model/seed-schema.js';
import { loadDocument } from '../resolvers/documents.js';
import { addDocumentResolver, type Payload } from '../resolvers/writes.js';
import { ChangeRef } from './change.js';
import { DocumentRef } from './document.js';
import { SourceReliabilityEnum } from './source-reliability.js';
import { UserErrorRef } from './user-error.js';

export const DocumentPayloadRef = builder.objectRef<Payload<{ key: string; created: boolean }>>('DocumentPayload');
DocumentPayloadRef.implement({
  fields: (t) => ({
    document: t.field({ type: DocumentRef, nullable: true, resolve: (p, _, ctx) => (p.value ? loadDocument(ctx, p.value.key) : null) }),
    created: t.boolean({ description: 'False when the same text was there already and that document is returned (extension).', resolve: (p) => p.value?.created ?? false }),
    change: t.field({ type: ChangeRef, nullable: true, resolve: (p) => p.change }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const SpanInput = builder.inputType('SpanInput', {
  description: 'A span [start, end) of a text in UTF-16 code units (JavaScript string indices).',
  fields: (t) => ({ start: t.int({ required: true }), end: t.int({ required: true }) }),
});

export const DocumentInput = builder.inputType('DocumentInput', {
  fields: (t) => ({
    key: t.string({ required: false, description: 'Made from the text’s sha256 when omitted.', validate: { schema: docKeySchema } }),
    title: t.string({ required: true, validate: { schema: z.string().min(1).max(300) } }),
    publisher: t.string({ required: false, validate: { schema: z.string().max(160) } }),
    author: t.string({ required: false, validate: { schema: z.string().max(160) } }),
    url: t.string({ required: false, validate: { schema: z.string().url().max(2000) } }),
    publishedOn: t.string({ required: false, description: 'ISO at its precision: "2026", "2026-03", "2026-03-02".' }),
    language: t.string({ required: false, description: 'BCP 47, "en" when omitted.' }),
    reliability: t.field({ type: SourceReliabilityEnum, required: true }),
    reliabilityReason: t.string({ required: true }),
    text: t.string({ required: true, description: 'The whole text; spans index into it.' }),
    body: t.field({ type: [SpanInput], required: false, description: 'The article proper (extension); the rest is site furniture, where no evidence may point. The whole text when omitted.' }),
  }),
});

builder.mutationFields((t) => ({
  addDocument: t.field({
    type: DocumentPayloadRef,
    description: 'Stores a text with its sha256. The same text again returns the document already there. Needs EDIT.',
    authScopes: { edit: true },
    args: { input: t.arg({ type: DocumentInput, required: true }) },
    resolve: (_, args, ctx) => addDocumentResolver(ctx, args.input),
  }),
}));
