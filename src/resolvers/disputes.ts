import type { Context } from '../context.js';
import * as store from '../store/read-store.js';
import { DEFAULTS } from './defaults.js';
import { loaders } from './loaders.js';

export const disputes = (ctx: Context, first?: number | null) => store.allDisputes(ctx.db, first ?? DEFAULTS.listFirst);
export const loadDispute = (ctx: Context, key: string) => loaders(ctx).dispute.load(key);
export const relationshipDisputes = (ctx: Context, key: string, first?: number | null) => loaders(ctx).disputeKeysAbout(first ?? DEFAULTS.listFirst).load(key);
export const loadRelationship = (ctx: Context, key: string) => loaders(ctx).relationship.load(key);
