import { builder } from '../builder.js';
import type { EvidenceItem } from '../data/rows.js';
import { quoteOf } from '../resolvers/evidence.js';
import { DocumentRef } from './document.js';

export const EvidenceRef = builder.objectRef<EvidenceItem>('Evidence');
EvidenceRef.implement({
  description: 'Where a statement is made: a document and the character span [start, end) of the statement in its text.',
  fields: (t) => ({
    document: t.field({ type: DocumentRef, resolve: (e) => e.doc }),
    start: t.exposeInt('start', { nullable: true, description: 'JavaScript string index (UTF-16) into the text read as UTF-8.' }),
    end: t.exposeInt('end', { nullable: true }),
    quote: t.string({ nullable: true, description: 'The span\'s text when the service holds the document, else null.', resolve: (e, _, ctx) => quoteOf(ctx, e) }),
    sha256: t.exposeString('sha256', { description: 'Of the span\'s text; verified when the text was loaded.' }),
    note: t.exposeString('note', { nullable: true }),
    attribute: t.exposeString('attribute', { nullable: true, description: 'For entity evidence: the attribute it supports.' }),
  }),
});
