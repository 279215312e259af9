import { describe, expect, it } from 'vitest';
import { rankMetrics, rankOf, readmeSearchTexts, readQualitySet } from '../support/search-quality.js';

describe('search-quality figures', () => {
  it('hit@1 counts first places; MRR@10 averages 1/rank and counts a miss or a rank past 10 as 0', () => {
    expect(rankMetrics([1, 2, null, 11])).toEqual({ hitAt1: 0.25, mrr: (1 + 0.5) / 4, n: 4 });
    expect(rankMetrics([1, 1])).toEqual({ hitAt1: 1, mrr: 1, n: 2 });
    expect(rankMetrics([])).toEqual({ hitAt1: 0, mrr: 0, n: 0 });
  });

  it('ranks are 1-based, null when absent', () => {
    expect(rankOf(['a', 'b'], 'b')).toBe(2);
    expect(rankOf(['a'], 'z')).toBeNull();
  });

  it('reads search examples from a README, escapes included', () => {
    expect(readmeSearchTexts('x { search(text: "Pentgon", first: 3) } y search( text:"say \\"hi\\"")')).toEqual(['Pentgon', 'say "hi"']);
  });

  it('the quality set has at least 50 queries, no query twice', () => {
    const set = readQualitySet();
    expect(set.queries.length).toBeGreaterThanOrEqual(50);
    const texts = [...set.queries, ...set.pendingAliases].map((q) => q.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
