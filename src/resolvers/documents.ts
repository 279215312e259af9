import type { Context } from '../context.js';
import { allDocuments } from '../data/graph-store.js';
import { requestLoaders } from './request-loaders.js';

export const documents = (ctx: Context) => allDocuments(ctx.db);

/** Keys; the Entity loader fetches them all in one batch. */
export const documentEntities = (ctx: Context, key: string) => requestLoaders(ctx).entityKeysOfDocument.load(key);

export const entityDocuments = (ctx: Context, key: string) => requestLoaders(ctx).documentKeysOfEntity.load(key);
