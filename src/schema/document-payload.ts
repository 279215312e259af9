import { builder } from '../builder.js';
import { loadDocument } from '../resolvers/documents.js';
import type { Payload } from '../resolvers/writes.js';
import { ChangeRef } from './change.js';
import { DocumentRef } from './document.js';
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
