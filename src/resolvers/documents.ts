import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import * as store from '../store/read-store.js';
import type { DocumentRow } from '../store/read-store.js';
import { LIST_FIRST } from './defaults.js';
import { loadAll, loaders } from './loaders.js';

export async function documents(ctx: Context, first?: number | null, after?: string | null) {
  if (after && !(await loaders(ctx).document.load(after))) throw new BadInputError(`after: "${after}" is not the key of a document`, { argument: 'after' });
  const rows = await store.allDocuments(ctx.db, ctx.plan!.document, first ?? LIST_FIRST.documents, after ?? null);
  for (const d of rows) loaders(ctx).document.prime(d.key, d);
  return rows;
}

/** Entity keys; the Entity loader fetches them all in one batch. */
export const documentEntities = (ctx: Context, key: string, first?: number | null) => loaders(ctx).entityKeysOfDocument(first ?? LIST_FIRST.documentEntities).load(key);
export const loadDocument = (ctx: Context, key: string): DocumentRow | null | Promise<DocumentRow | null> =>
  loaders(ctx).documentsAtHand.get(key) ?? loaders(ctx).document.load(key);
/** A document that evidence or a proposal cites: it must be there. */
export const citedDocument = (ctx: Context, key: string): DocumentRow | Promise<DocumentRow> =>
  loaders(ctx).documentsAtHand.get(key) ?? loadAll(loaders(ctx).document, [key]).then((found) => found[0]!);
