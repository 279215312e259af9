import { foldTokens, STOP_WORDS } from './normalise.js';
import { typoAllowance } from './similarity.js';

/** Words beyond this many add nothing a name could match and only slow Lucene down. */
const MAX_WORDS = 12;

/**
 * Free text to a Lucene query that gathers candidates for re-ranking; null when the text has no
 * letter or digit. Only folded letters and digits reach Lucene, so no input is ever read as Lucene
 * syntax. Each word may match a name or alias exactly, as a prefix, or within a typo or two, or a
 * description exactly; the words run together are tried as one name too ("deep seek").
 */
export function toLuceneQuery(text: string): string | null {
  const all = foldTokens(text).slice(0, MAX_WORDS);
  if (all.length === 0) return null;
  const content = all.filter((w) => !STOP_WORDS.has(w));
  const words = content.length > 0 ? content : all;
  const clauses = words.flatMap((w) => {
    const edits = typoAllowance(w.length);
    return [
      ...['name', 'aliasText'].flatMap((f) => [`${f}:${w}^4`, w.length >= 2 ? `${f}:${w}*^2` : null, edits ? `${f}:${w}~${edits}` : null]),
      `description:${w}`,
    ];
  });
  if (all.length > 1) {
    const joined = all.join('');
    const edits = typoAllowance(joined.length);
    clauses.push(...['name', 'aliasText'].map((f) => `${f}:${joined}${edits ? `~${edits}` : ''}^3`));
  }
  return clauses.filter(Boolean).join(' OR ');
}
