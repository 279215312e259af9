import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * Regression guard for "the articles' text stays out of the project": no string in the seed
 * (summaries, descriptions, notes, labels, roles…) shares a run of eight words with a source.
 * Names, numbers and short proper terms are far shorter than that. Document titles are facts
 * (the article's name) and are exempt.
 */
const SOURCES = path.resolve('../shared/seeds');
const RUN = 8;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function seedStrings(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const walk = (v: unknown, where: string) => {
    if (typeof v === 'string') out.push({ where, text: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!/Title$|^title$/.test(k)) walk(x, `${where}.${k}`);
  };
  for (const f of readdirSync('seed', { recursive: true }).map(String).filter((f) => f.endsWith('.yaml'))) walk(parse(readFileSync(path.join('seed', f), 'utf8')), f);
  return out;
}

function copiedRun(text: string, sources: string[]): string | null {
  const words = norm(text).split(' ');
  for (let i = 0; i + RUN <= words.length; i++) {
    const run = words.slice(i, i + RUN).join(' ');
    if (sources.some((s) => s.includes(run))) return run;
  }
  return null;
}

describe.skipIf(!existsSync(SOURCES))('seed strings are our own words', () => {
  const sources = existsSync(SOURCES) ? readdirSync(SOURCES).map((f) => norm(readFileSync(path.join(SOURCES, f), 'utf8'))) : [];

  it('the check finds a copied sentence', () => {
    const sentence = readFileSync(path.join(SOURCES, readdirSync(SOURCES)[0]!), 'utf8').split('\n').find((l) => l.split(' ').length > 15)!;
    expect(copiedRun(`We note that ${sentence}`, sources)).not.toBeNull();
  });

  it(`no seed string shares ${RUN} consecutive words with an article`, () => {
    const copied = seedStrings()
      .map(({ where, text }) => ({ where, run: copiedRun(text, sources) }))
      .filter((c) => c.run)
      .map((c) => `${c.where}: "${c.run}"`);
    expect(copied).toEqual([]);
  }, 30_000); // parses every seed file: slow on a loaded machine, and speed is not what this test checks
});
