import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import * as store from '../store/read-store.js';
import type { PageRequest, PageRows, RelRow } from '../store/read-store.js';
import { filterParams, filterShape } from '../store/translate/relationship-filter.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { DEFAULTS } from './defaults.js';
import { toFilter, type DateRangeArgs, type ReadArgs, type WhereArgs } from './filters.js';
import { loaders } from './loaders.js';
import { projectionOf } from './operation-plan.js';
import { readerAt } from './recorded.js';

export interface Connection {
  total: number | null;
  items: { node: RelRow; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

function toConnection(rows: PageRows, after: string | null | undefined): Connection {
  return {
    total: rows.total,
    items: rows.items.map((node) => ({ node, cursor: encodeCursor(node.sortMs, node.key) })),
    hasNextPage: rows.hasNextPage,
    hasPreviousPage: !!after,
  };
}

export interface PageArgs extends ReadArgs {
  where?: WhereArgs | null;
  first?: number | null;
  after?: string | null;
  recordedAsOf?: string | null;
}

function request(ctx: Context, where: WhereArgs | null | undefined, args: PageArgs, first: number): PageRequest {
  return {
    filter: toFilter(where, args),
    first,
    after: decodeCursor(args.after),
    withTotal: ctx.plan!.totals,
    projection: projectionOf(ctx.plan!),
  };
}

async function page(ctx: Context, req: PageRequest, recordedAsOf: string | null | undefined, after: string | null | undefined): Promise<Connection> {
  const { db, current } = await readerAt(ctx, recordedAsOf);
  const { rows, missing } = await store.relationshipPage(db, req);
  if (missing.length) throw new NotFoundError('Entity', missing[0]!);
  // Entities and documents as of an earlier version must not stand in for today's in the loaders.
  if (current) loaders(ctx).prime(rows);
  return toConnection(rows, after);
}

export function relationships(ctx: Context, args: PageArgs): Promise<Connection> {
  return page(ctx, request(ctx, args.where, args, args.first ?? DEFAULTS.relationshipsFirst), args.recordedAsOf, args.after);
}

export async function pressures(
  ctx: Context,
  args: { actor?: string | null; target?: string | null; during?: DateRangeArgs | null; asOf?: string | null; viaRoles?: boolean | null; first?: number | null },
): Promise<RelRow[]> {
  const where: WhereArgs = { source: args.actor, target: args.target, during: args.during, categories: ['PRESSURE'], viaRoles: args.viaRoles };
  const req = { ...request(ctx, where, args, args.first ?? DEFAULTS.pressuresFirst), withTotal: false };
  return (await page(ctx, req, null, null)).items.map((i) => i.node);
}

export function timeline(
  ctx: Context,
  args: PageArgs & { keys?: string[] | null; during?: DateRangeArgs | null; categories?: string[] | null; viaRoles?: boolean | null },
): Promise<Connection> {
  const where: WhereArgs = { involvingAny: args.keys, during: args.during, categories: args.categories, viaRoles: args.viaRoles };
  return page(ctx, request(ctx, where, args, args.first ?? DEFAULTS.timelineFirst), args.recordedAsOf, args.after);
}

/**
 * Entity.relationships: batched over all parents with the same arguments. The root `entity`
 * field asks the same loader when it sees this field selected, so entity + page is one statement.
 */
export function entityPageLoad(ctx: Context, key: string, args: PageArgs) {
  const req = request(ctx, args.where, args, args.first ?? DEFAULTS.entityRelationshipsFirst);
  const id = JSON.stringify([filterShape(req.filter), filterParams(req.filter), req.first, req.after, req.withTotal]);
  return loaders(ctx).relationshipPage(id, req).load(key);
}

export async function entityRelationships(ctx: Context, key: string, args: PageArgs): Promise<Connection> {
  return toConnection((await entityPageLoad(ctx, key, args)).rows, args.after);
}
