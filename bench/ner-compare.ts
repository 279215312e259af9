/**
 * `npm run bench:ner`: which NLP library finds new-entity candidates better on the seed articles.
 * compromise (people/organizations + proper-noun runs, with compromise-numbers for money) against
 * wink-nlp with wink-eng-lite-web-model (PROPN runs; MONEY entities). The reference is the seed's
 * own people, organisations and models whose name or alias occurs in a document's body: a library
 * finds one when a candidate span contains that name. Reports, asserts nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { normaliseName } from '../src/model/names.js';
import { readSeed } from '../src/seed/read-seed.js';

// compromise-numbers' typings are not reachable through its package exports.
const numbers = (await import('compromise-numbers' as string)).default;
const nlpx = nlp.extend(numbers);
const wink = winkNLP(model);
const its = wink.its;
const seed = readSeed(path.resolve('seed'));
const sourcesDir = path.resolve(process.env.SOURCES_DIR ?? '../shared/seeds');
const kinds = new Set(['PERSON', 'ORGANIZATION', 'AI_MODEL']);

interface Tally { found: number; gold: number; candidates: number; useful: number; kindRight: number; kindGiven: number; money: number; moneyGold: number; ms: number }
const blank = (): Tally => ({ found: 0, gold: 0, candidates: 0, useful: 0, kindRight: 0, kindGiven: 0, money: 0, moneyGold: 0, ms: 0 });
const totals = { compromise: blank(), wink: blank() };

const contains = (span: string, name: string) => ` ${normaliseName(span)} `.includes(` ${normaliseName(name)} `);

for (const doc of seed.documents) {
  const full = readFileSync(path.join(sourcesDir, `${doc.key}.txt`), 'utf8');
  const body = doc.body.map((b) => full.slice(b.start, b.end)).join('\n');
  const gold = seed.entities.filter((e) => kinds.has(e.kind) && [e.name, ...e.aliases].some((n) => n.length > 1 && new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(body)));
  const dollars = [...body.matchAll(/\$\s?\d[\d,.]*(?:\s*(?:million|billion|trillion))?/g)].map((m) => m[0]);

  let t0 = performance.now();
  const d = nlpx(body);
  const typed: { text: string; kind: string | null }[] = [
    ...d.people().out('array').map((text: string) => ({ text, kind: 'PERSON' })),
    ...d.organizations().out('array').map((text: string) => ({ text, kind: 'ORGANIZATION' })),
    ...d.match('#ProperNoun+').out('array').map((text: string) => ({ text, kind: null })),
  ];
  // .money() drops "million"; .numbers() keeps the scale, so money is a number whose text has a currency sign.
  const cMoney: number[] = (d as any).numbers().json().filter((m: any) => /[$€£]/.test(m.text)).map((m: any) => m.number.num);
  totals.compromise.ms += performance.now() - t0;
  tally(totals.compromise, gold, typed, dollars, cMoney);

  t0 = performance.now();
  const w = wink.readDoc(body);
  const runs: { text: string; kind: string | null }[] = [];
  let run: string[] = [];
  w.tokens().each((tk: any) => {
    if (tk.out(its.pos) === 'PROPN') run.push(tk.out());
    else if (run.length) { runs.push({ text: run.join(' '), kind: null }); run = []; }
  });
  const wMoney = w.entities().filter((e: any) => e.out(its.type) === 'MONEY').out().map((s: string) => parseMoney(s));
  totals.wink.ms += performance.now() - t0;
  tally(totals.wink, gold, runs, dollars, wMoney);
}

function parseMoney(s: string): number {
  const m = /([\d,.]+)\s*(million|billion|trillion)?/i.exec(s);
  if (!m) return NaN;
  const scale = { million: 1e6, billion: 1e9, trillion: 1e12 }[(m[2] ?? '').toLowerCase() as 'million'] ?? 1;
  return Number(m[1]!.replace(/,/g, '')) * scale;
}

function tally(t: Tally, gold: typeof seed.entities, cands: { text: string; kind: string | null }[], dollars: string[], money: number[]) {
  t.gold += gold.length;
  t.found += gold.filter((e) => cands.some((c) => [e.name, ...e.aliases].some((n) => contains(c.text, n)))).length;
  const unique = new Map(cands.map((c) => [normaliseName(c.text), c]));
  t.candidates += unique.size;
  for (const c of unique.values()) {
    const hit = gold.find((e) => [e.name, ...e.aliases].some((n) => contains(c.text, n)));
    if (hit) t.useful++;
    if (hit && c.kind) {
      t.kindGiven++;
      if (c.kind === hit.kind) t.kindRight++;
    }
  }
  t.moneyGold += dollars.length;
  t.money += dollars.filter((d) => money.some((v) => Math.abs(v - parseMoney(d)) < 1e-6)).length;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');
console.log('| library | name recall | candidate precision | kind right (where given) | money values | time, 5 docs |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, t] of Object.entries(totals)) {
  console.log(`| ${name} | ${pct(t.found, t.gold)} (${t.found}/${t.gold}) | ${pct(t.useful, t.candidates)} (${t.useful}/${t.candidates}) | ${pct(t.kindRight, t.kindGiven)} (${t.kindRight}/${t.kindGiven}) | ${pct(t.money, t.moneyGold)} (${t.money}/${t.moneyGold}) | ${t.ms.toFixed(0)} ms |`);
}
