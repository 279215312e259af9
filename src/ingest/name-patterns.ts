/**
 * A regular expression source that finds a name as news text writes it: any case after the first
 * letter of each word ("DEEPSEEK", "Deepseek"), with or without the space or hyphen between its
 * parts ("Deep Seek", "GPT 4" for "GPT-4"), accents optional ("Nicolas"), and a possessive
 * ("Pentagon's", "Reuters'"). Acronyms and one-letter names ("TIME", "X") match only as written,
 * so that common words are not taken for them.
 */
export function namePattern(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const strict = trimmed.length === 1 || /^[A-Z0-9&.]{2,6}$/.test(trimmed);
  let out = '';
  const chars = [...trimmed];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = chars[i - 1];
    if (/[\s\-‐–]/.test(c)) {
      // Collapse runs of separators into one optional joiner.
      if (prev !== undefined && !/[\s\-‐–]/.test(prev)) out += '[\\s\\u00a0\\-‐–]{0,2}';
      continue;
    }
    const camel = prev !== undefined && /\p{Ll}/u.test(prev) && /\p{Lu}/u.test(c);
    if (camel && !strict) out += '[\\s\\-]?';
    out += strict ? escape(c) : letterClass(c, wordStart(chars, i) && !camel);
  }
  return `(?<![\\p{L}\\p{N}_@])${out}(?![\\p{L}\\p{N}])`;
}

function wordStart(chars: string[], i: number): boolean {
  const prev = chars[i - 1];
  return prev === undefined || /[\s\-‐–]/.test(prev);
}

function letterClass(c: string, keepCase: boolean): string {
  if (!/\p{L}/u.test(c)) return escape(c);
  const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const forms = new Set<string>();
  const upperOnly = keepCase && c === c.toUpperCase();
  for (const f of base === c ? [c] : [c, base]) {
    forms.add(f.toUpperCase());
    if (!upperOnly) forms.add(f.toLowerCase());
  }
  return forms.size === 1 ? escape(c) : `[${[...forms].map(escape).join('')}]`;
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\\-]/g, '\\$&');
}

export const POSSESSIVE = /^['’]s?(?![\p{L}\p{N}])/u;
