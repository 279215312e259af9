import type { Context } from '../context.js';
import type { DateRangeInput } from '../data/filters.js';
import { relationshipPage } from '../data/graph-store.js';
import { DEFAULTS } from './defaults.js';
import { ensureEntities } from './entities.js';
import { knownDocsAsOf, requestLoaders } from './request-loaders.js';
import { toFilter, type WhereArgs } from './where.js';

/** Pressures are few per query; this bounds the list the same way a page would. */
const PRESSURE_CAP = 1000;

export async function relationships(ctx: Context, args: { where?: WhereArgs | null; first?: number | null; after?: string | null; asOf?: string | null }) {
  const filter = await toFilter(ctx, args.where, await knownDocsAsOf(ctx, args.asOf));
  return relationshipPage(ctx.db, filter, args.first ?? DEFAULTS.relationshipsFirst, args.after);
}

export async function pressures(ctx: Context, args: { actor?: string | null; target?: string | null; during?: DateRangeInput | null; asOf?: string | null }) {
  const filter = await toFilter(ctx, { source: args.actor, target: args.target, during: args.during, categories: ['PRESSURE'] }, await knownDocsAsOf(ctx, args.asOf));
  return (await relationshipPage(ctx.db, filter, PRESSURE_CAP, null)).items.map((i) => i.node);
}

export async function timeline(
  ctx: Context,
  args: { keys?: string[] | null; during?: DateRangeInput | null; categories?: string[] | null; first?: number | null; after?: string | null; asOf?: string | null },
) {
  await ensureEntities(ctx, args.keys ?? []);
  const filter = await toFilter(ctx, { involvingAny: args.keys, during: args.during, categories: args.categories }, await knownDocsAsOf(ctx, args.asOf));
  return relationshipPage(ctx.db, filter, args.first ?? DEFAULTS.timelineFirst, args.after);
}

export const relationshipDisputes = (ctx: Context, key: string) => requestLoaders(ctx).disputeKeysAbout.load(key);
