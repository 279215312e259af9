import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { normaliseName } from '../model/names.js';
import { search as searchStore } from '../store/read-store.js';
import { DEFAULTS } from './defaults.js';

/**
 * Free text to a safe Lucene query: only letters and digits survive, so no input can be Lucene
 * syntax. Each word matches exactly (boosted), as a prefix, or within an edit distance that grows
 * with its length, so small typos still find the entity. Names and aliases weigh more than
 * descriptions, and an exact name or alias (ignoring case and punctuation) ranks first.
 */
export function toLuceneQuery(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) throw new BadInputError('search text needs at least one letter or digit', { argument: 'text' });
  const clauses = words.map((w) => {
    const fuzzy = w.length >= 7 ? '~2' : w.length >= 4 ? '~1' : null;
    const names = ['name', 'aliasText'].flatMap((f) => [`${f}:${w}^4`, `${f}:${w}*^2`, fuzzy ? `${f}:${w}${fuzzy}` : null]);
    return `(${[...names, `description:${w}`].filter(Boolean).join(' OR ')})`;
  });
  // "deep seek" should find DeepSeek: the words run together are tried as one name too.
  const joined = words.length > 1 ? words.join('') : null;
  const whole = joined ? [`name:${joined}~1^3`, `aliasText:${joined}~1^3`] : [];
  return [...clauses, ...whole].join(' OR ');
}

export async function search(ctx: Context, args: { text: string; kinds?: string[] | null; first?: number | null }) {
  return searchStore(ctx.db, toLuceneQuery(args.text), normaliseName(args.text), args.kinds ?? null, args.first ?? DEFAULTS.searchFirst);
}
