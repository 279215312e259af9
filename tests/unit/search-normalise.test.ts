import { describe, expect, it } from 'vitest';
import { acronymsOf, foldTokens } from '../../src/search/normalise.js';

describe('foldTokens: the words search compares', () => {
  it('folds accents and case: "Nicolás Maduro" and "nicolas maduro" are the same words', () => {
    expect(foldTokens('Nicolás Maduro')).toEqual(['nicolas', 'maduro']);
    expect(foldTokens('nicolas MADURO')).toEqual(['nicolas', 'maduro']);
  });

  it("drops possessives: \"Pentagon's\" and \"Musks'\"", () => {
    expect(foldTokens("Pentagon's")).toEqual(['pentagon']);
    expect(foldTokens('Hegseth’s ultimatum')).toEqual(['hegseth', 'ultimatum']);
    expect(foldTokens("Elon Musks'")).toEqual(['elon', 'musks']);
  });

  it('splits letters from digits, so "gpt5", "GPT-5" and "GPT 5" agree', () => {
    expect(foldTokens('gpt5')).toEqual(['gpt', '5']);
    expect(foldTokens('GPT-5')).toEqual(['gpt', '5']);
    expect(foldTokens('Fable5')).toEqual(['fable', '5']);
    expect(foldTokens('GPT-5.5')).toEqual(['gpt', '5', '5']);
  });

  it('reads "3.0" as 3 and "v3" as 3, but keeps other decimals', () => {
    expect(foldTokens('RSP 3.0')).toEqual(['rsp', '3']);
    expect(foldTokens('RSP v3')).toEqual(['rsp', '3']);
    expect(foldTokens('Opus 4.8')).toEqual(['opus', '4', '8']);
    expect(foldTokens('dev2')).toEqual(['dev', '2']);
  });

  it('joins a run of single letters: "U.S." is us, and "&" reads as "and"', () => {
    expect(foldTokens('U.S. Department of Defense')).toEqual(['us', 'department', 'of', 'defense']);
    expect(foldTokens('McCarter & English')).toEqual(['mccarter', 'and', 'english']);
    expect(foldTokens('o1')).toEqual(['o', '1']);
  });

  it('spells British words the American way: Defence, organisation', () => {
    expect(foldTokens('Department of Defence')).toEqual(['department', 'of', 'defense']);
    expect(foldTokens('organisation authorised')).toEqual(['organization', 'authorized']);
    expect(foldTokens('rise wise')).toEqual(['rise', 'wise']);
  });

  it('leaves nothing of Lucene syntax or other punctuation', () => {
    expect(foldTokens('+-&&||!(){}[]^"~*?:\\/ hegseth')).toEqual(['and', 'and', 'hegseth']);
    expect(foldTokens('*:*')).toEqual([]);
  });
});

describe('acronymsOf: the initials a reader may type', () => {
  it('takes first letters, with and without small words and a leading U.S.', () => {
    expect(acronymsOf('Defense Production Act')).toContain('dpa');
    expect(acronymsOf('U.S. Department of Justice')).toEqual(expect.arrayContaining(['doj', 'usdoj']));
    expect(acronymsOf('Nanyang Technological University')).toEqual(['ntu']);
  });

  it('keeps a word in capitals and a number whole', () => {
    expect(acronymsOf('U.S. AI Safety Institute')).toContain('aisi');
    expect(acronymsOf('Responsible Scaling Policy 3.0')).toContain('rsp3');
  });

  it('gives none for a one-word name', () => {
    expect(acronymsOf('Pentagon')).toEqual([]);
    expect(acronymsOf('U.S.')).toEqual([]);
  });
});
