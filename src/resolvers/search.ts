import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { toLuceneQuery } from '../search/lucene-query.js';
import { rerank } from '../search/rerank.js';
import { searchCandidates } from '../store/read-store.js';
import { DEFAULTS } from './defaults.js';
import { loaders } from './loaders.js';

/** Lucene gathers candidates by any of their names; re-ranking puts the closest whole name first. */
const CANDIDATES = 200;

export async function search(ctx: Context, args: { text: string; kinds?: string[] | null; first?: number | null }) {
  const query = toLuceneQuery(args.text);
  if (query === null) throw new BadInputError('search text needs at least one letter or digit', { argument: 'text' });
  const candidates = await searchCandidates(ctx.db, query, args.kinds ?? null, CANDIDATES, ctx.plan!.entity);
  const hits = rerank(args.text, candidates, args.first ?? DEFAULTS.searchFirst);
  // The statement already read the hits' entities as the operation selects them: at hand, they
  // are answered without a loader's round of promises.
  const byKey = new Map(candidates.map((c) => [c.key, c.entity]));
  loaders(ctx).prime({ entities: hits.map((h) => byKey.get(h.key)!), documents: [] });
  return hits;
}
