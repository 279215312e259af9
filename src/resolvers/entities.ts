import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { EntityRef } from '../schema/entity.js';
import { DEFAULTS } from './defaults.js';
import { knownDocsAsOf, requestLoaders } from './request-loaders.js';
import { toFilter, type WhereArgs } from './where.js';

/** Fails with NOT_FOUND naming the first key that is not an entity; the loads are cached for later fields. */
export async function ensureEntities(ctx: Context, keys: readonly (string | null | undefined)[]): Promise<void> {
  const wanted = [...new Set(keys.filter((k): k is string => !!k))];
  const found = await EntityRef.getDataloader(ctx).loadMany(wanted);
  const missing = wanted.find((_, i) => found[i] instanceof Error);
  if (missing) throw new NotFoundError('Entity', missing);
}

export async function entity(ctx: Context, key: string) {
  const [e] = await EntityRef.getDataloader(ctx).loadMany([key]);
  return e instanceof Error ? null : e!;
}

export async function entityRelationships(
  ctx: Context,
  key: string,
  args: { where?: WhereArgs | null; first?: number | null; after?: string | null; asOf?: string | null },
) {
  const filter = await toFilter(ctx, args.where, await knownDocsAsOf(ctx, args.asOf));
  return requestLoaders(ctx).relationshipPage(filter, args.first ?? DEFAULTS.entityRelationshipsFirst, args.after).load(key);
}

export const entityFacts = (ctx: Context, key: string) => requestLoaders(ctx).factsOfEntity.load(key);
export const entityDisputes = (ctx: Context, key: string) => requestLoaders(ctx).disputeKeysAbout.load(key);
