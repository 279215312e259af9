import type { Context } from '../context.js';
import type { EvidenceItem } from '../data/rows.js';
import { requestLoaders } from './request-loaders.js';

export const quoteOf = (ctx: Context, e: EvidenceItem) => requestLoaders(ctx).quote.load(`${e.doc}:${e.start}:${e.end}`);
