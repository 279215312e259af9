/**
 * The paragraph around a span, for a reviewer who must read a sentence in its context. A
 * paragraph is a line of the text, as the ingestion engine reads it; a line longer than
 * `maxUnits` (a text with no line breaks) is cut to a window centred on the span, so that one
 * proposal never carries the whole document.
 */
export interface Passage {
  /** UTF-16 units into the document's text: text === document.slice(start, end). */
  start: number;
  end: number;
  text: string;
}

export const PARAGRAPH_MAX_UNITS = 2_000;

export function paragraphAround(text: string, start: number, end: number, maxUnits = PARAGRAPH_MAX_UNITS): Passage | null {
  if (start < 0 || end > text.length || end <= start) return null;
  let from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to === -1) to = text.length;
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  if (to - from > maxUnits) {
    const room = Math.max(0, maxUnits - (end - start));
    from = Math.max(from, start - Math.floor(room / 2));
    to = Math.min(to, from + Math.max(maxUnits, end - from));
    from = Math.max(0, Math.min(from, to - maxUnits, start));
  }
  return { start: from, end: to, text: text.slice(from, to) };
}
