import { builder } from '../builder.js';
import type { EvidenceItem } from '../model/stored-evidence.js';
import { citedDocument } from '../resolvers/documents.js';
import { DocumentRef } from './document.js';

export const EvidenceRef = builder.objectRef<EvidenceItem>('Evidence');
EvidenceRef.implement({
  description: 'Where a statement is made: a document and the character span [start, end) of the statement in its text.',
  fields: (t) => ({
    document: t.field({ type: DocumentRef, resolve: (e, _, ctx) => citedDocument(ctx, e.doc) }),
    start: t.exposeInt('start', { nullable: true, description: 'UTF-16 code unit index (a JavaScript string index) into the text read as UTF-8.' }),
    end: t.exposeInt('end', { nullable: true }),
    quote: t.exposeString('quote', {
      nullable: true,
      description: "Exactly the UTF-16 slice [start, end) of the document's text (its sha256 is `sha256`), when the service holds the text; else null.",
    }),
    sha256: t.exposeString('sha256', { description: "Of the span's text; verified when the evidence was written." }),
    note: t.exposeString('note', { nullable: true }),
    attribute: t.exposeString('attribute', { nullable: true, description: 'For entity evidence: the attribute it supports.' }),
  }),
});
