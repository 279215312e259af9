/**
 * How search compares text: both the query and every name go through `foldTokens`, so the two
 * sides differ only in what a person actually typed differently.
 */

/** British spellings that occur in names of this domain, to their American forms (both sides fold). */
const BRITISH_TO_AMERICAN: Readonly<Record<string, string>> = {
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  programme: 'program',
  centre: 'center',
  labour: 'labor',
  favour: 'favor',
  honour: 'honor',
  behaviour: 'behavior',
  catalogue: 'catalog',
  analyse: 'analyze',
  cheque: 'check',
};

/** -isation/-ise words (organisation, authorised, …) spelled with z, as US names spell them. */
function americanise(word: string): string {
  const mapped = BRITISH_TO_AMERICAN[word];
  if (mapped) return mapped;
  return word.length > 5 ? word.replace(/is(ation|ations|e|es|ed|ing)$/, 'iz$1') : word;
}

/** Words that carry no identity on their own: ignored when counting which words of a name matched. */
export const STOP_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'a', 'an', 'and', 'to', 'for', 'on', 'in', 'at', 'by', 'with', 'over']);

/**
 * A text as search words: accents folded, lower case, punctuation gone, possessives dropped
 * ("Pentagon's"), "&" read as "and", letters and digits apart ("gpt5" → gpt 5), a version's
 * trailing ".0" and leading "v" dropped ("RSP v3.0" → rsp 3), runs of single letters joined
 * ("U.S." → us) and British spellings made American.
 */
export function foldTokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/(\d)\.0(?!\d)/g, '$1')
    .replace(/\bv(?=\d)/g, '')
    .replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ');
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out: string[] = [];
  let singlesRun = false;
  for (const w of words) {
    const single = w.length === 1 && /\p{L}/u.test(w);
    if (single && singlesRun) out[out.length - 1] += w;
    else out.push(w);
    singlesRun = single;
  }
  return out.map(americanise);
}

/**
 * The initials a reader may type for a name: "Defense Production Act" → dpa, "U.S. Department of
 * Justice" → doj (also usdoj, dj), "U.S. AI Safety Institute" → aisi. A word in capitals counts
 * whole ("AI"), a number counts whole ("RSP 3.0" → rsp3), a leading "U.S." may be left out.
 */
export function acronymsOf(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/(\d)\.0(?!\d)/g, '$1')
    .split(/[\s\-–—/]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  if (words.length < 2) return [];
  const out = new Set<string>();
  const build = (ws: string[], capsWhole: boolean) =>
    ws.map((w) => (/^\p{N}+$/u.test(w) || (capsWhole && w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) ? w : w[0]!)).join('').toLowerCase();
  const content = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  for (const ws of [words, content]) {
    for (const variant of [ws, /^us$/i.test(ws[0] ?? '') ? ws.slice(1) : null]) {
      if (!variant || variant.length < 2) continue;
      out.add(build(variant, true));
      out.add(build(variant, false));
    }
  }
  return [...out].filter((a) => a.length >= 2);
}
