import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import * as store from '../data/graph-store.js';
import type { RelationshipFilter } from '../data/filters.js';

/**
 * Per-request DataLoaders for the keyed loads that are not whole GraphQL types (those are the
 * Pothos loadable refs): list sizes never multiply round trips.
 */
export const requestLoaders = createContextCache((ctx: Context) => {
  const relationshipPages = new Map<string, DataLoader<string, store.Page>>();
  return {
    quote: new DataLoader<string, string | null>((ids) => store.quotes(ctx.db, ids)),
    knownDocs: new DataLoader<string, string[]>((dates) => Promise.all(dates.map((d) => store.documentsKnownAsOf(ctx.db, d)))),
    documentKeysOfEntity: new DataLoader<string, string[]>((keys) => store.documentKeysOfEntities(ctx.db, keys)),
    entityKeysOfDocument: new DataLoader<string, string[]>((keys) => store.entityKeysOfDocuments(ctx.db, keys)),
    factsOfEntity: new DataLoader((keys: readonly string[]) => store.factsOfEntities(ctx.db, keys)),
    disputeKeysAbout: new DataLoader<string, string[]>((keys) => store.disputeKeysAbout(ctx.db, keys)),
    /** One loader per distinct set of Entity.relationships arguments, batching over entities. */
    relationshipPage(filter: RelationshipFilter, first: number, after: string | null | undefined) {
      const id = JSON.stringify([filter, first, after ?? null]);
      let loader = relationshipPages.get(id);
      if (!loader) {
        loader = new DataLoader((keys) => store.relationshipPagesOfEntities(ctx.db, keys, filter, first, after));
        relationshipPages.set(id, loader);
      }
      return loader;
    },
  };
});

/** Documents known by the end of `asOf`, or null when there is no knowledge-time cut. */
export async function knownDocsAsOf(ctx: Context, asOf: string | null | undefined): Promise<string[] | null> {
  return asOf ? requestLoaders(ctx).knownDocs.load(asOf) : null;
}
