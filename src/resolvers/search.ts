import type { Context } from '../context.js';
import { search as searchStore } from '../data/graph-store.js';
import { DEFAULTS } from './defaults.js';
import { BadInputError } from '../errors.js';
import { toLuceneQuery } from '../search/lucene-query.js';
import { rerank } from '../search/rerank.js';

/** Lucene gathers candidates by any of their names; re-ranking puts the closest whole name first. */
const CANDIDATES = 200;

export async function search(ctx: Context, args: { text: string; kinds?: string[] | null; first?: number | null }) {
  const query = toLuceneQuery(args.text);
  if (query === null) throw new BadInputError('search text needs at least one letter or digit', { argument: 'text' });
  const candidates = await searchStore(ctx.db, query, args.kinds ?? null, CANDIDATES);
  return rerank(args.text, candidates, args.first ?? DEFAULTS.searchFirst);
}
