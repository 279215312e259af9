import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../src/search/lucene-query.js';

const clauses = (text: string) => toLuceneQuery(text)!.split(' OR ');

describe('toLuceneQuery: free text to candidate-gathering Lucene', () => {
  it('is null when the text has no letter or digit', () => {
    for (const text of ['', '   ', ')))', '*:*', '\\', '"~^']) expect(toLuceneQuery(text)).toBeNull();
  });

  it('passes only folded words to Lucene, never its syntax', () => {
    const hostile = '+-&&||!(){}[]^"~*?:\\/ hegseth name:x AND pete* [1 TO 5] claude^10';
    for (const c of clauses(hostile)) expect(c).toMatch(/^(name|aliasText|description):[\p{Ll}\p{Lo}\p{N}]+(\*)?(~[12])?(\^\d)?$/u);
  });

  it('tries each word exactly, as a prefix, and within the typos its length allows', () => {
    expect(clauses('Pentgon')).toEqual(expect.arrayContaining(['name:pentgon^4', 'aliasText:pentgon*^2', 'aliasText:pentgon~1', 'description:pentgon']));
    expect(clauses('Departmnet')).toContain('name:departmnet~2');
    expect(clauses('dod').some((c) => c.includes('~'))).toBe(false);
  });

  it('folds the words first: accents, British spelling, letters apart from digits', () => {
    expect(clauses('Nicolás')).toContain('name:nicolas^4');
    expect(clauses('Defence')).toContain('name:defense^4');
    expect(clauses('Fable5')).toEqual(expect.arrayContaining(['name:fable^4', 'name:5^4']));
  });

  it('tries the words run together as one name: "Deep Seek" as deepseek', () => {
    expect(clauses('Deep Seek')).toContain('name:deepseek~2^3');
    expect(clauses('io net')).toContain('aliasText:ionet~1^3');
    expect(clauses('x ai')).toContain('name:xai^3');
  });

  it('leaves out small words unless there is nothing else', () => {
    expect(clauses('the pentagon').some((c) => /:the\b/.test(c))).toBe(false);
    expect(clauses('the')).toContain('name:the^4');
  });

  it('reads at most 12 words', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}x${i}`);
    expect(clauses(words.join(' ')).filter((c) => c.startsWith('description:'))).toHaveLength(12);
  });
});
