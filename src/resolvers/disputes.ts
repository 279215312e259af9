import type { Context } from '../context.js';
import { allDisputes } from '../data/graph-store.js';

export const disputes = (ctx: Context) => allDisputes(ctx.db);
