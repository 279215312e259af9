import type { Context } from '../context.js';
import { windowParams, type DateRangeInput } from '../data/filters.js';
import * as store from '../data/graph-store.js';
import { DEFAULTS } from './defaults.js';
import { ensureEntities } from './entities.js';
import { knownDocsAsOf } from './request-loaders.js';

export async function paths(
  ctx: Context,
  args: { from: string; to: string; maxHops?: number | null; first?: number | null; during?: DateRangeInput | null; timeRespecting?: boolean | null; asOf?: string | null },
) {
  windowParams(args.during);
  await ensureEntities(ctx, [args.from, args.to]);
  if (args.from === args.to) return [];
  return store.paths(ctx.db, {
    from: args.from,
    to: args.to,
    maxHops: args.maxHops ?? DEFAULTS.pathsMaxHops,
    first: args.first ?? DEFAULTS.pathsFirst,
    timeRespecting: args.timeRespecting ?? false,
    during: args.during ?? null,
    knownDocs: await knownDocsAsOf(ctx, args.asOf),
  });
}

export async function neighborhood(
  ctx: Context,
  args: { key: string; depth?: number | null; limit?: number | null; during?: DateRangeInput | null; categories?: string[] | null; asOf?: string | null },
) {
  windowParams(args.during);
  await ensureEntities(ctx, [args.key]);
  return store.neighborhood(ctx.db, {
    key: args.key,
    depth: args.depth ?? DEFAULTS.neighborhoodDepth,
    limit: args.limit ?? DEFAULTS.neighborhoodLimit,
    during: args.during ?? null,
    categories: args.categories ?? null,
    knownDocs: await knownDocsAsOf(ctx, args.asOf),
  });
}
