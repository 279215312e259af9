import type { Context } from '../context.js';
import { search as searchStore } from '../data/graph-store.js';
import { DEFAULTS } from './defaults.js';
import { BadInputError } from '../errors.js';

/**
 * Free text to a safe Lucene query: only letters and digits survive, so no input can be Lucene
 * syntax. Each word matches exactly (boosted), as a prefix, or within an edit distance that grows
 * with its length, so small typos still find the entity.
 */
export function toLuceneQuery(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) throw new BadInputError('search text needs at least one letter or digit', { argument: 'text' });
  return words
    .map((w) => {
      const fuzzy = w.length >= 7 ? `${w}~2` : w.length >= 4 ? `${w}~1` : null;
      return `(${[`${w}^3`, `${w}*`, fuzzy].filter(Boolean).join(' OR ')})`;
    })
    .join(' AND ');
}

export async function search(ctx: Context, args: { text: string; kinds?: string[] | null; first?: number | null }) {
  return searchStore(ctx.db, toLuceneQuery(args.text), args.kinds ?? null, args.first ?? DEFAULTS.searchFirst);
}
