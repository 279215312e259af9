import { describe, expect, it } from 'vitest';
import { editDistance, fold, foldName, nameSimilarity, typoAllowance, withinEdits, wordMatch } from '../../src/search/similarity.js';

const sim = (query: string, name: string) => nameSimilarity(fold(query), foldName(name));

describe('nameSimilarity: how well one name fits the whole query', () => {
  it('is 1 for the same name after folding: case, accents, spacing, possessive, British spelling', () => {
    expect(sim('Nicolas Maduro', 'Nicolás Maduro')).toBe(1);
    expect(sim('Deep Seek', 'DeepSeek')).toBe(1);
    expect(sim('whitehouse', 'White House')).toBe(1);
    expect(sim("Pentagon's", 'Pentagon')).toBe(1);
    expect(sim('Department of Defence', 'Department of Defense')).toBe(1);
    expect(sim('RSP 3', 'RSP 3.0')).toBe(1);
  });

  it('an alias within a small edit distance of the whole query outranks a long name that merely contains the word', () => {
    expect(sim('Pentgon', 'Pentagon')).toBeGreaterThan(sim('Pentgon', 'Pentagon ultimatum to Anthropic'));
    expect(sim('Pentgon', 'Pentagon')).toBeGreaterThan(sim('Pentgon', 'Pentgon standoff review'));
    expect(sim('Pentagon', 'Pentagon')).toBeGreaterThan(sim('Pentagon', 'Anthropic–Pentagon dispute over military use of Claude'));
  });

  it('counts a transposition as one edit: "Departmnet"', () => {
    expect(sim('Defense Departmnet', 'Defense Department')).toBeGreaterThanOrEqual(0.9);
  });

  it('allows no typo in a version number: "gpt4" is not GPT-5, "GPT 5" is not GPT 5.5', () => {
    expect(sim('gpt4', 'GPT-5')).toBeLessThan(sim('gpt4', 'GPT-4'));
    expect(sim('gpt4', 'GPT-5')).toBeLessThan(0.5);
    expect(sim('GPT 5', 'GPT 5.5')).toBeLessThan(sim('GPT 5', 'GPT-5'));
  });

  it('matches initials: DPA, DOJ, AISI', () => {
    expect(sim('DPA', 'Defense Production Act')).toBe(0.9);
    expect(sim('doj', 'U.S. Department of Justice')).toBe(0.9);
    expect(sim('AISI', 'U.S. AI Safety Institute')).toBe(0.9);
  });

  it('prefers the name the query covers most: "Sharma resignation" is the resignation, "Mrinank" the person', () => {
    expect(sim('Sharma resignation', 'Resignation of Mrinank Sharma')).toBeGreaterThan(sim('Sharma resignation', 'Mrinank Sharma'));
    expect(sim('Mrinank', 'Mrinank Sharma')).toBeGreaterThan(sim('Mrinank', 'Resignation of Mrinank Sharma'));
  });

  it('is 0 when nothing matches, and for a query or name without words', () => {
    expect(sim('Venezuela', 'Anthropic')).toBe(0);
    expect(sim('***', 'Anthropic')).toBe(0);
    expect(sim('Anthropic', '—')).toBe(0);
  });
});

describe('wordMatch: one query word against one name word', () => {
  it('ranks exact over prefix over typo over abbreviation', () => {
    const exact = wordMatch('defense', 'defense');
    const prefix = wordMatch('admin', 'administration');
    const typo = wordMatch('hegseh', 'hegseth');
    const abbreviation = wordMatch('dept', 'department');
    expect(exact).toBe(1);
    expect(prefix).toBeLessThan(exact);
    expect(typo).toBeLessThan(exact);
    expect(abbreviation).toBeGreaterThan(0);
    expect(abbreviation).toBeLessThan(Math.min(prefix, typo));
  });

  it('never bends a number', () => {
    expect(wordMatch('5', '55')).toBe(0);
    expect(wordMatch('4', '5')).toBe(0);
    expect(wordMatch('53', '53')).toBe(1);
  });
});

describe('typoAllowance', () => {
  it('tolerates no typo under 4 letters, one under 8, two from 8', () => {
    expect([3, 4, 7, 8, 20].map(typoAllowance)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('withinEdits', () => {
  it('agrees with the full distance on every pair, only faster to say no', () => {
    const words = ['pentagon', 'pentgon', 'pentagone', 'department', 'departmnet', 'hegseth', 'hegseh', 'nadella', 'nadela', 'anthropic', 'antropic', 'gpt', 'opus', 'sacks', 'sachs', 'abc', 'cba'];
    for (const a of words)
      for (const b of words)
        for (const max of [0, 1, 2]) {
          const d = editDistance(a, b);
          expect(withinEdits(a, b, max), `${a} ${b} ${max}`).toBe(d <= max ? d : null);
        }
  });

  it('agrees with it on random pairs, ASCII or not, and one pair leaves nothing behind for the next', () => {
    // A seeded generator, so a failure names a pair that can be replayed.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['a', 'b', 'c', 'd', 'e', 'é', 'ß', '1'];
    const word = () => Array.from({ length: 1 + Math.floor(next() * 7) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let i = 0; i < 3000; i++) {
      const [a, b, max] = [word(), word(), Math.floor(next() * 3)];
      const d = editDistance(a, b);
      expect(withinEdits(a, b, max), `${a} ${b} ${max}`).toBe(d <= max ? d : null);
    }
  });
});
