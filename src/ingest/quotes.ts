import type { Mention, Span } from './proposal.js';
import type { Paragraph, Sentence } from './sentences.js';

/** Words that attribute a quotation to its speaker ("X said:", "X told CNBC:", "…," stated X). */
const SAY = String.raw`(?:said|says|say|told|tells|stated|states|wrote|writes|posted|posts|tweeted|noted|notes|added|adds|explained|explains|argued|argues|warned|warns|claimed|claims|declared|remarked|commented|emphasi[sz]ed|insisted|asked|replied|responded|put\s+it(?:\s+\w+){0,2}|fired\s+a\s+shot|took\s+aim|expressed\s+\w+)`;
const OPEN = '"“';
const CLOSE = '"”';
const INTRO = new RegExp(String.raw`\b(${SAY})\b([^:"“”]{0,80}):\s*(?=["“]|$)`, 'i');
// A closing mark after a comma, question or exclamation mark ("…," said X; "…?" she asked).
const TRAILING = new RegExp(String.raw`(?:[,?!]["”]|["”]\s*,)\s*(?:(${SAY})\s+|(?=[^"“”.;]{0,60}?\b(${SAY})\b))`, 'gi');

export interface Quote {
  speaker: Mention;
  /** The outlet the words were given to ("told CNBC"). */
  outlet?: Mention;
  /** The sentence that attributes the quotation: the evidence of what is proposed from it. */
  sentence: number;
  /** The attributing words ("put it more bluntly", "said"). */
  intro: string;
  /** The quoted words, in UTF-16 units of the text. */
  content: Span[];
}

const isActor = (m: Mention) => m.kind === 'ORGANIZATION' || m.kind === 'PERSON';
const PREPOSITION = /\b(?:of|to|for|with|from|in|on|at|about|against|between|by|than|like|including)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$/i;

/**
 * Quotations and who said them: "X said: '…'", "X told Y: …", "'…,' said X", "'…,' X noted", and
 * a paragraph ending "X wrote in a blog post:" whose next paragraphs speak in the first person.
 */
export function findQuotes(text: string, sentences: Sentence[], paragraphs: Paragraph[], mentions: Mention[][]): Quote[] {
  const out: Quote[] = [];
  const sentenceAt = (pos: number) => sentences.findIndex((s) => s.start <= pos && pos < s.end + 1);
  sentences.forEach((s, i) => {
    const here = mentions[i]!.filter(isActor);
    const intro = INTRO.exec(s.text);
    if (intro) {
      const verbAt = s.start + intro.index;
      // The subject: the first person named before the verb outside a phrase, else the nearest organisation.
      const free = here.filter((m) => m.span.end <= verbAt && !m.possessive && !PREPOSITION.test(text.slice(Math.max(s.start, m.span.start - 40), m.span.start)));
      const speaker = free.find((m) => m.kind === 'PERSON') ?? free.at(-1);
      if (speaker) {
        const after = verbAt + intro[0].length;
        const outlet = here.find((m) => m.span.start >= verbAt + intro[1]!.length && m.span.end <= after && m.kind === 'ORGANIZATION' && m.key !== speaker.key);
        const content = after >= s.end - 1 ? blockAfter(text, s, paragraphs) : inlineFrom(text, after, paragraphs[s.paragraph]!);
        if (content.length) out.push({ speaker, ...(outlet ? { outlet } : {}), sentence: i, intro: intro[1]!.replace(/\s+/g, ' '), content });
      }
    }
    TRAILING.lastIndex = 0;
    for (let m = TRAILING.exec(s.text); m; m = TRAILING.exec(s.text)) {
      const close = s.start + m.index + m[0].search(/["”]/);
      const tail = s.start + m.index + m[0].length;
      const verb = m[1] ?? m[2]!;
      const verbAt = text.indexOf(verb, close);
      // "…," said X / "…," X said: the first actor after the quotation, before the end of the clause.
      const speaker = here.find((x) => x.span.start >= tail && !x.possessive && x.span.start < verbAt + verb.length + 60 && !/[.;!?]/.test(text.slice(tail, x.span.start)));
      if (!speaker) continue;
      const para = paragraphs[s.paragraph]!;
      const open = lastOpen(text, para.start, close);
      if (open < 0) continue;
      out.push({ speaker, sentence: Math.max(i, sentenceAt(open)), intro: verb.replace(/\s+/g, ' '), content: [{ start: open + 1, end: close }] });
    }
  });
  return out;
}

function inlineFrom(text: string, from: number, p: Paragraph): Span[] {
  const open = text.slice(from, p.end).search(new RegExp(`[${OPEN}]`));
  if (open < 0) return [];
  const start = from + open + 1;
  const rest = text.slice(start, p.end);
  const close = rest.search(new RegExp(`[${CLOSE}](?=\\s|$|[,.;:!?)])`));
  return [{ start, end: close < 0 ? p.end : start + close }];
}

/** "Anthropic wrote in a blog post:" at the end of a paragraph: the following first-person paragraphs. */
function blockAfter(text: string, s: Sentence, paragraphs: Paragraph[]): Span[] {
  const out: Span[] = [];
  for (let k = s.paragraph + 1; k < paragraphs.length && out.length < 4; k++) {
    const p = paragraphs[k]!;
    if (p.heading || !/\b(?:we|our|us)\b/i.test(p.text)) break;
    out.push({ start: p.start, end: p.end });
  }
  return out;
}

function lastOpen(text: string, from: number, close: number): number {
  for (let k = close - 1; k >= from; k--) if (OPEN.includes(text[k]!) && (k === from || /[\s(:—-]/.test(text[k - 1]!))) return k;
  return -1;
}

export const inside = (m: { span: Span }, spans: Span[]) => spans.some((c) => m.span.start >= c.start && m.span.end <= c.end);
