import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import * as store from '../store/read-store.js';
import { DEFAULTS } from './defaults.js';
import { toFilter, windowOf, type DateRangeArgs } from './filters.js';
import { loaders } from './loaders.js';
import { projectionOf } from './operation-plan.js';

export async function paths(
  ctx: Context,
  args: { from: string; to: string; maxHops?: number | null; first?: number | null; during?: DateRangeArgs | null; timeRespecting?: boolean | null; asOf?: string | null },
) {
  const timeRespecting = args.timeRespecting ?? false;
  const filter = toFilter({ during: args.during }, args);
  // A time-respecting path is dated at every hop, so a window never lets undated hops in.
  if (timeRespecting && filter.window) filter.window = { ...filter.window, includeUndated: false };
  const found = await store.paths(ctx.db, {
    from: args.from,
    to: args.to,
    maxHops: args.maxHops ?? DEFAULTS.pathsMaxHops,
    first: args.first ?? DEFAULTS.pathsFirst,
    timeRespecting,
    filter,
    projection: projectionOf(ctx.plan!),
  });
  if (found.missing.length) throw new NotFoundError('Entity', found.missing[0]!);
  loaders(ctx).prime(found);
  return found.paths;
}

export async function neighborhood(
  ctx: Context,
  args: { key: string; depth?: number | null; limit?: number | null; during?: DateRangeArgs | null; categories?: string[] | null; asOf?: string | null },
) {
  windowOf(args.during);
  const found = await store.neighborhood(ctx.db, {
    key: args.key,
    depth: args.depth ?? DEFAULTS.neighborhoodDepth,
    limit: args.limit ?? DEFAULTS.neighborhoodLimit,
    filter: toFilter({ during: args.during, categories: args.categories }, args),
    projection: projectionOf(ctx.plan!),
  });
  if (!found) throw new NotFoundError('Entity', args.key);
  loaders(ctx).prime(found);
  return found;
}
