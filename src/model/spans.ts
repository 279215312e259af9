import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Every index at which `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** The span [start, end) of a quote, by occurrence (1-based) when it appears more than once. */
export function locate(text: string, quote: string, occurrence?: number): { start: number; end: number } {
  const at = occurrences(text, quote);
  if (at.length === 0) throw new Error('quote not found in the document');
  if (at.length > 1 && occurrence === undefined) {
    throw new Error(`quote occurs ${at.length} times; add "occurrence: N" (1-based) or quote more of the sentence`);
  }
  const index = at[(occurrence ?? 1) - 1];
  if (index === undefined) throw new Error(`quote has only ${at.length} occurrence(s)`);
  return { start: index, end: index + quote.length };
}
