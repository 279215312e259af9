import { fold, foldName, nameSimilarity } from './similarity.js';
import { searchNames, type Nameable } from './search-names.js';

export interface Candidate extends Nameable {
  key: string;
  /** Lucene's relevance: breaks ties between equally good names. */
  score: number;
}

export interface RankedHit {
  key: string;
  score: number;
}

/** How much Lucene's relevance (scaled to 0..1 over the candidates) adds to a name's similarity. */
const LUCENE_WEIGHT = 0.02;

/**
 * Orders Lucene's candidates by how closely their best name fits the whole query; Lucene's own
 * score only breaks ties. Returns at most `first`, best first, then by key.
 */
export function rerank(text: string, candidates: readonly Candidate[], first: number): RankedHit[] {
  const query = fold(text);
  const top = Math.max(...candidates.map((c) => c.score), Number.MIN_VALUE);
  return candidates
    .map((c) => {
      const similarity = Math.max(0, ...searchNames(c).map((n) => nameSimilarity(query, foldName(n))));
      return { key: c.key, score: similarity + LUCENE_WEIGHT * (c.score / top) };
    })
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, first);
}
