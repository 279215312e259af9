import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import * as store from '../store/read-store.js';
import { LIST_FIRST } from './defaults.js';
import { loaders } from './loaders.js';

export async function disputes(ctx: Context, first?: number | null, after?: string | null) {
  if (after && !(await loaders(ctx).dispute.load(after))) throw new BadInputError(`after: "${after}" is not the id of a dispute`, { argument: 'after' });
  return store.allDisputes(ctx.db, first ?? LIST_FIRST.disputes, after ?? null);
}
export const loadDispute = (ctx: Context, key: string) => loaders(ctx).dispute.load(key);
export const relationshipDisputes = (ctx: Context, key: string) => loaders(ctx).disputeKeysAbout(10).load(key);
export const loadRelationship = (ctx: Context, key: string) => loaders(ctx).relationship.load(key);
