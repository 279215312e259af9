import { acronymsOf, foldTokens } from './normalise.js';

export interface Nameable {
  name: string;
  aliases: readonly string[];
  /** A model's family ("Claude"), which people put before its name ("Claude Opus 4.8"). */
  family?: string | null;
}

/** Every name search matches an entity by: its name, its aliases, and its name with its family. */
export function searchNames(e: Nameable): string[] {
  const names = [e.name, ...e.aliases];
  if (e.family) {
    const family = foldTokens(e.family);
    const name = foldTokens(e.name);
    if (!family.every((w) => name.includes(w))) names.push(`${e.family} ${e.name}`);
  }
  return [...new Set(names)];
}

/**
 * What the full-text index reads besides the name: the aliases and, so that Lucene can find them,
 * the forms people type that its analyzer would not produce: folded ("nicolas"), run together
 * ("deepseek", "whitehouse", "gpt5"), and initials ("dpa", "doj").
 */
export function searchText(e: Nameable): string {
  const names = searchNames(e);
  const forms = names.flatMap((n) => {
    const words = foldTokens(n);
    return [words.join(' '), words.length > 1 ? words.join('') : '', ...acronymsOf(n)];
  });
  return [...new Set([...e.aliases, ...forms].filter(Boolean))].join(' | ');
}
