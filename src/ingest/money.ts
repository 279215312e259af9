import { keepLongest } from './mentions.js';
import type { Bound, FoundMoney } from './proposal.js';

const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
const SYMBOLS: Record<string, string> = { $: 'USD', us$: 'USD', 'usd': 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY', jpy: 'JPY', cny: 'CNY', rmb: 'CNY' };
const BOUNDS: [RegExp, Bound][] = [
  [/^(?:up to|as much as|no more than|at most|less than|under|below)$/i, 'UP_TO'],
  [/^(?:more than|over|at least|upwards of|in excess of|no less than|above|north of)$/i, 'AT_LEAST'],
  [/^(?:nearly|almost|about|around|roughly|approximately|some|close to|an estimated|approx\.?|~)$/i, 'ABOUT'],
];
const BOUND_WORDS = 'up to|as much as|no more than|at most|less than|under|below|more than|over|at least|upwards of|in excess of|no less than|above|north of|nearly|almost|about|around|roughly|approximately|some|close to|an estimated|~';
const SCALE_WORDS = 'thousand|million|billion|trillion|bn|mn|tn|[kmb]';

const SYMBOL_FIRST = new RegExp(String.raw`(?:\b(${BOUND_WORDS})\s+)?(US\$|\$|€|£|¥|\b(?:USD|EUR|GBP|JPY|CNY|RMB)\s?)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(${SCALE_WORDS})\b)?`, 'gi');
const WORD_AFTER = new RegExp(String.raw`(?:\b(${BOUND_WORDS})\s+)?\b(\d[\d,]*(?:\.\d+)?)\s?(${SCALE_WORDS})?\s+(dollars|euros|pounds|yuan)\b`, 'gi');
const CURRENCY_WORDS: Record<string, string> = { dollars: 'USD', euros: 'EUR', pounds: 'GBP', yuan: 'CNY' };

/** Sums of money with their currency and bound: "up to $200 million" is 200000000 USD UP_TO. */
export function findMoney(sentence: string, offset: number): FoundMoney[] {
  const out: FoundMoney[] = [];
  const push = (m: RegExpExecArray, boundWord: string | undefined, num: string, scale: string | undefined, currency: string) => {
    const base = Number(num.replace(/,/g, ''));
    const factor = scale ? SCALES[scale.toLowerCase()] ?? 1 : 1;
    if (!Number.isFinite(base) || base <= 0) return;
    const bound = boundWord ? BOUNDS.find(([re]) => re.test(boundWord.trim()))?.[1] ?? 'EXACT' : 'EXACT';
    // Floating point: 1.5 * 1e9 must be exactly 1500000000.
    const amount = Math.round(base * factor * 100) / 100;
    out.push({ amount, currency, bound, phrase: m[0].trim(), span: { start: offset + m.index, end: offset + m.index + m[0].trimEnd().length } });
  };
  for (const m of sentence.matchAll(SYMBOL_FIRST)) push(m as RegExpExecArray, m[1], m[3]!, m[4], SYMBOLS[m[2]!.trim().toLowerCase()] ?? 'USD');
  for (const m of sentence.matchAll(WORD_AFTER)) push(m as RegExpExecArray, m[1], m[2]!, m[3], CURRENCY_WORDS[m[4]!.toLowerCase()]!);
  return keepLongest(out);
}
