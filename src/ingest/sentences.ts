import type { Span } from './proposal.js';

/** A sentence of the article body, with where it sits: paragraph (a line) and section (between headings). */
export interface Sentence extends Span {
  text: string;
  paragraph: number;
  section: number;
  /** Index of the sentence within its paragraph. */
  indexInParagraph: number;
}

export interface Paragraph extends Span {
  text: string;
  index: number;
  section: number;
  /** A short line with no closing punctuation: a title or a section heading. */
  heading: boolean;
}

/**
 * Abbreviations after which ICU's sentence breaker wrongly ends a sentence ("the U.S. Department",
 * "Mr. Smith"); a break right after one of them is undone unless the next word starts a sentence anyway.
 */
const ABBREVIATIONS = /(?:^|[\s(“"])(?:U\.S|U\.K|U\.N|E\.U|D\.C|Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const BULLET = /(?<=[.!?]["”’]?)\s+[-•–]\s+(?=["“]?\p{Lu})/gu;

/** Paragraphs (non-empty lines) of the body spans, clipped to the text. */
export function paragraphsOf(text: string, body: Span[]): Paragraph[] {
  const out: Paragraph[] = [];
  let section = 0;
  for (const b of [...body].sort((x, y) => x.start - y.start)) {
    const start = Math.max(0, b.start);
    const end = Math.min(text.length, b.end);
    let at = start;
    while (at < end) {
      let nl = text.indexOf('\n', at);
      if (nl === -1 || nl > end) nl = end;
      const raw = text.slice(at, nl);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) {
        const heading = isHeading(trimmed);
        if (heading) section++;
        out.push({ start: at + lead, end: at + lead + trimmed.length, text: trimmed, index: out.length, section, heading });
      }
      at = nl + 1;
    }
    section++;
  }
  return out;
}

function isHeading(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 14 && line.length <= 120 && !/[.!?:;"”’'…)\]]$/.test(line);
}

/** Sentences of the body paragraphs. Headings are kept as one sentence each (they may carry dates). */
export function sentencesOf(paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    const pieces: Span[] = [];
    // Bullets run into one line ("… theft. - The dispute …") are items, whatever the segmenter says.
    const items = [0, ...[...p.text.matchAll(BULLET)].map((m) => m.index + m[0].length), p.text.length];
    for (let k = 0; k + 1 < items.length; k++) {
      const item = p.text.slice(items[k], items[k + 1]);
      let first = true;
      for (const seg of segmenter.segment(item)) {
        const s = p.start + items[k]! + seg.index;
        const e = s + seg.segment.length;
        const prev = pieces[pieces.length - 1];
        if (!first && prev && ABBREVIATIONS.test(p.text.slice(prev.start - p.start, prev.end - p.start)) && !/^\s*[“"]/.test(seg.segment)) prev.end = e;
        else pieces.push({ start: s, end: e });
        first = false;
      }
    }
    let index = 0;
    for (const piece of pieces) {
      const raw = p.text.slice(piece.start - p.start, piece.end - p.start);
      const trimmed = raw.trimEnd();
      if (!trimmed.trim()) continue;
      const lead = trimmed.length - trimmed.trimStart().length;
      out.push({
        start: piece.start + lead,
        end: piece.start + trimmed.length,
        text: trimmed.trimStart(),
        paragraph: p.index,
        section: p.section,
        indexInParagraph: index++,
      });
    }
  }
  return out;
}
