import { describe, expect, it } from 'vitest';
import { paragraphAround } from '../../src/model/paragraph.js';

describe('paragraphAround', () => {
  const text = 'Heading line\n  First sentence here. The second one.  \nNext paragraph.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it('is the trimmed line that holds the span, with its offsets into the text', () => {
    const { start, end } = at('The second one.');
    const p = paragraphAround(text, start, end)!;
    expect(p.text).toBe('First sentence here. The second one.');
    expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('works for the first and the last line', () => {
    expect(paragraphAround(text, 0, 7)!.text).toBe('Heading line');
    const { start, end } = at('Next paragraph.');
    expect(paragraphAround(text, start, end)!.text).toBe('Next paragraph.');
  });

  it('cuts a line without breaks to a window around the span, never the whole text', () => {
    const long = `${'a'.repeat(50_000)} The span. ${'b'.repeat(50_000)}`;
    const s = long.indexOf('The span.');
    const p = paragraphAround(long, s, s + 9, 2_000)!;
    expect(p.end - p.start).toBe(2_000);
    expect(p.start).toBeLessThanOrEqual(s);
    expect(p.end).toBeGreaterThanOrEqual(s + 9);
    expect(long.slice(p.start, p.end)).toBe(p.text);
  });

  it('keeps a span longer than the window whole', () => {
    const long = 'x'.repeat(5_000);
    const p = paragraphAround(long, 100, 4_000, 2_000)!;
    expect(p.start).toBeLessThanOrEqual(100);
    expect(p.end).toBeGreaterThanOrEqual(4_000);
  });

  it('is null for a span outside the text', () => {
    expect(paragraphAround(text, -1, 3)).toBeNull();
    expect(paragraphAround(text, 3, text.length + 1)).toBeNull();
    expect(paragraphAround(text, 5, 5)).toBeNull();
  });
});
