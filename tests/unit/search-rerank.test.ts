import { describe, expect, it } from 'vitest';
import { rerank, type Candidate } from '../../src/search/rerank.js';
import { searchNames, searchText } from '../../src/search/search-names.js';

const c = (key: string, name: string, score: number, aliases: string[] = [], family: string | null = null): Candidate => ({ key, name, aliases, family, score });

/** The top of Lucene's answer to "Pentgon" on the seed graph before re-ranking, with its order. */
const PENTGON_CANDIDATES = [
  c('anthropic-pentagon-dispute', 'Anthropic–Pentagon dispute over military use of Claude', 9.1, ['Pentagon standoff']),
  c('anthropic-dod-contract', 'Anthropic–Pentagon AI contract', 8.7, ['$200 million contract']),
  c('google-dod-contract', 'Google–Pentagon AI contract', 8.5),
  c('openai-dod-contract', 'OpenAI–Pentagon AI contract', 8.5),
  c('xai-dod-contract', 'xAI–Pentagon AI contract', 8.5),
  c('pentagon-ultimatum', 'Pentagon ultimatum to Anthropic', 8.2, ['ultimatum']),
  c('us-department-of-defense', 'U.S. Department of Defense', 7.9, ['Pentagon', 'the Pentagon', 'U.S. Pentagon', 'Department of Defense', 'DoD']),
];

describe('rerank', () => {
  it('regression: "Pentgon" (README FindThePentagon) ranked the Department of Defense 7th behind long names containing Pentagon', () => {
    expect(rerank('Pentgon', PENTGON_CANDIDATES, 3)[0]!.key).toBe('us-department-of-defense');
  });

  it('orders by the best name, Lucene score breaking ties, then by key; returns at most `first`', () => {
    const hits = rerank('Grok', [c('b', 'Grok', 1), c('a', 'Grok', 1), c('c', 'Grok', 2), c('d', 'Grok 4', 9)], 10);
    expect(hits.map((h) => h.key)).toEqual(['c', 'a', 'b', 'd']);
    expect(rerank('Grok', [c('b', 'Grok', 1), c('a', 'Grok', 1)], 1)).toHaveLength(1);
  });

  it('keeps candidates that match only by description, after every name match, in Lucene order', () => {
    const hits = rerank('magazine', [c('x', 'Unrelated', 5), c('time', 'TIME', 3), c('mag', 'Magazine rack', 1)], 10);
    expect(hits.map((h) => h.key)).toEqual(['mag', 'x', 'time']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('scores best first and answers nothing for no candidates', () => {
    const hits = rerank('Pentgon', PENTGON_CANDIDATES, 10);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(rerank('anything', [], 10)).toEqual([]);
  });

  it('finds a model by its family and name: "claude opus" is Opus 4.8, not Claude', () => {
    const hits = rerank('claude opus', [c('claude', 'Claude', 5, ['Claude models'], 'Claude'), c('opus-4-8', 'Opus 4.8', 2, [], 'Claude')], 10);
    expect(hits[0]!.key).toBe('opus-4-8');
  });
});

describe('searchNames and searchText', () => {
  it('adds the family before a model name that lacks it, once', () => {
    expect(searchNames({ name: 'Opus 4.8', aliases: [], family: 'Claude' })).toEqual(['Opus 4.8', 'Claude Opus 4.8']);
    expect(searchNames({ name: 'Claude', aliases: ['Claude models'], family: 'Claude' })).toEqual(['Claude', 'Claude models']);
    expect(searchNames({ name: 'Grok 4', aliases: [], family: null })).toEqual(['Grok 4']);
  });

  it('gives Lucene the aliases and the forms its analyzer would not make: folded, run together, initials', () => {
    const text = searchText({ name: 'Defense Production Act', aliases: ['Nicolás'] }).split(' | ');
    expect(text).toEqual(expect.arrayContaining(['Nicolás', 'nicolas', 'defense production act', 'defenseproductionact', 'dpa']));
  });
});
