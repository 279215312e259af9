import levenshtein from 'damerau-levenshtein';
import { acronymsOf, foldTokens, STOP_WORDS } from './normalise.js';

/** A text folded once, in the forms every comparison needs. */
export interface Folded {
  tokens: string[];
  /** Tokens that carry identity (all tokens when every one is a stop word). */
  content: string[];
  /** The tokens run together: spacing-insensitive ("Deep Seek" = DeepSeek). */
  joined: string;
  /** The numbers in order: a typo may not change a version ("gpt4" is not GPT-5). */
  numbers: string;
}

export interface FoldedName extends Folded {
  acronyms: string[];
}

export function fold(text: string): Folded {
  const tokens = foldTokens(text);
  const content = tokens.filter((t) => !STOP_WORDS.has(t));
  return {
    tokens,
    content: content.length > 0 ? content : tokens,
    joined: tokens.join(''),
    numbers: tokens.filter(isNumber).join(' '),
  };
}

/** Names recur in every search, so their folded forms are kept (bounded: cleared when full). */
const foldedNames = new Map<string, FoldedName>();
const FOLDED_NAMES_MAX = 50_000;

export function foldName(name: string): FoldedName {
  let folded = foldedNames.get(name);
  if (!folded) {
    if (foldedNames.size >= FOLDED_NAMES_MAX) foldedNames.clear();
    folded = { ...fold(name), acronyms: acronymsOf(name) };
    foldedNames.set(name, folded);
  }
  return folded;
}

/** Folded tokens are lower-case, so one that starts with a-z is no number, without the Unicode regex. */
const isNumber = (t: string) => {
  const c = t.charCodeAt(0);
  return !(c >= 97 && c <= 122) && /^\p{N}+$/u.test(t);
};

/** Edits tolerated in a word or name of this length: none below 4 letters, one below 8, else two. */
export function typoAllowance(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** Damerau-Levenshtein distance (a transposition is one edit). */
export function editDistance(a: string, b: string): number {
  return levenshtein(a, b).steps;
}

/** Re-used by lettersApart: search compares thousands of word pairs per request, nearly all ASCII. */
const asciiCounts = new Int32Array(128);

const isAscii = (w: string) => {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return false;
  return true;
};

/**
 * For two ASCII words, the larger of: letters a has that b lacks, and letters b has that a lacks
 * (with multiplicity).
 */
function lettersApart(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) asciiCounts[a.charCodeAt(i)]!++;
  for (let i = 0; i < b.length; i++) asciiCounts[b.charCodeAt(i)]!--;
  let onlyA = 0;
  let onlyB = 0;
  // Read back and reset through the same letters, so the table is all zeros again.
  for (const w of [a, b]) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      const n = asciiCounts[c]!;
      if (n > 0) onlyA += n;
      else onlyB -= n;
      asciiCounts[c] = 0;
    }
  }
  return Math.max(onlyA, onlyB);
}

/**
 * Whether a and b are within `max` edits. Most pairs differ in more letters than that, which a
 * count of letters shows far faster than the distance itself (each edit changes at most one
 * letter on each side, so the letters one side has and the other lacks are a lower bound). The
 * count is only a shortcut, taken for ASCII words; others go straight to the distance.
 */
export function withinEdits(a: string, b: string, max: number): number | null {
  if (Math.abs(a.length - b.length) > max) return null;
  if (isAscii(a) && isAscii(b) && lettersApart(a, b) > max) return null;
  const d = editDistance(a, b);
  return d <= max ? d : null;
}

/**
 * Weights of each kind of match, highest first. A name that equals the query outranks an acronym,
 * which outranks a name within a typo or two of the whole query, which outranks a name that
 * merely shares words with it (scaled by how much of the name the query covers).
 */
export const WEIGHTS = {
  exact: 1,
  sameWords: 0.95,
  acronym: 0.9,
  wholeTypo: 0.9,
  perExtraEdit: 0.04,
  tokenExact: 1,
  tokenPrefixBase: 0.6,
  tokenPrefixSpan: 0.3,
  tokenTypo: 0.8,
  tokenPerEdit: 0.1,
  tokenAbbreviation: 0.5,
  coverageFloor: 0.55,
} as const;

/** How well one query word matches one name word, 0 when it does not. */
export function wordMatch(q: string, n: string): number {
  if (q === n) return WEIGHTS.tokenExact;
  if (isNumber(q) || isNumber(n)) return 0;
  if (q.length >= 2 && n.startsWith(q)) return WEIGHTS.tokenPrefixBase + WEIGHTS.tokenPrefixSpan * (q.length / n.length);
  const d = withinEdits(q, n, typoAllowance(Math.min(q.length, n.length)));
  if (d !== null && d > 0) return WEIGHTS.tokenTypo - WEIGHTS.tokenPerEdit * d;
  if (q.length >= 3 && q[0] === n[0] && n.length > q.length && isSubsequence(q, n)) return WEIGHTS.tokenAbbreviation;
  return 0;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * Word overlap: how much of the query the name covers (best match per query word), scaled by
 * how much of the name the query accounts for, so "Pentagon" fits the alias "Pentagon" better
 * than "Pentagon ultimatum to Anthropic".
 */
export function wordOverlap(q: Folded, n: Folded): number {
  const matchedName = new Set<number>();
  let covered = 0;
  for (const qt of q.content) {
    let best = 0;
    n.content.forEach((nt, i) => {
      const m = wordMatch(qt, nt);
      if (m > 0) matchedName.add(i);
      best = Math.max(best, m);
    });
    covered += best;
  }
  const coverage = covered / q.content.length;
  const precision = matchedName.size / n.content.length;
  return Math.min(WEIGHTS.sameWords, coverage * (WEIGHTS.coverageFloor + (1 - WEIGHTS.coverageFloor) * precision));
}

/** How well a name fits the query, from 0 (nothing in common) to 1 (the same after folding). */
export function nameSimilarity(q: Folded, n: FoldedName): number {
  if (q.joined.length === 0 || n.joined.length === 0) return 0;
  if (q.joined === n.joined) return WEIGHTS.exact;
  let best = wordOverlap(q, n);
  if (n.acronyms.includes(q.joined)) best = Math.max(best, WEIGHTS.acronym);
  const d = q.numbers === n.numbers ? withinEdits(q.joined, n.joined, typoAllowance(q.joined.length)) : null;
  if (d !== null && d > 0) best = Math.max(best, WEIGHTS.wholeTypo - WEIGHTS.perExtraEdit * (d - 1));
  return best;
}
