/**
 * Made-up words for synthetic names, summaries and document texts. They are built from an
 * alphabet that shares no letter with "pentagon" (no p, e, n, t, g, o), so no synthetic name,
 * alias or description is within any edit distance Lucene's fuzzy query allows of "Pentgon":
 * the search shape keeps the same answer at every size. Nothing here comes from an article.
 */
const CONSONANTS = [...'bdfhklmrsvz'];
const VOWELS = [...'aiu'];

export type Rng = () => number;

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** A pronounceable word of 2 to 4 syllables. */
export function word(rng: Rng): string {
  const syllables = 2 + Math.floor(rng() * 3);
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rng, CONSONANTS) + pick(rng, VOWELS);
  return w;
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** A name of two or three capitalised words. */
export function name(rng: Rng): string {
  const n = rng() < 0.7 ? 2 : 3;
  return Array.from({ length: n }, () => capital(word(rng))).join(' ');
}

/** A sentence of made-up words, ending with a full stop. */
export function sentence(rng: Rng, words: number): string {
  return `${capital(Array.from({ length: words }, () => word(rng)).join(' '))}.`;
}
