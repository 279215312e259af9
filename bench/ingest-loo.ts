/**
 * `npm run bench:ingest`: the ingestion engine, leave-one-out on the seed. For each seed document,
 * the graph is the seed without the relationships whose only evidence is that document; the
 * engine reads the document (from SOURCES_DIR, ../shared/seeds by default) and its proposals are
 * compared with the document's curated relationships as (source, target, category) triples.
 * With --strict, the entities only this document's relationships use are left out too, as on a new
 * article: a proposal's new-entity end counts as the left-out entity whose name or alias it gives.
 * Reports a markdown table; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EndPoint } from '../src/ingest/proposal.js';
import { proposeClaims } from '../src/ingest/propose.js';
import { seedInput } from '../src/ingest/seed-input.js';
import { readSeed } from '../src/seed/read-seed.js';

const seed = readSeed(path.resolve(process.env.SEED_DIR ?? 'seed'));
const sourcesDir = path.resolve(process.env.SOURCES_DIR ?? '../shared/seeds');
const verbose = process.argv.includes('--verbose');
const strict = process.argv.includes('--strict');

interface Row { doc: string; mentions: [number, number]; recall: [number, number]; precision: [number, number]; perProposal: [number, number]; dates: [number, number]; ownDates: [number, number]; amounts: [number, number]; added: number; newEntities: number; leftOutFound: [number, number]; ms: number }
const rows: Row[] = [];
const triple = (s: string, t: string, c: string) => `${s} → ${t} ${c}`;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

for (const doc of seed.documents) {
  const text = readFileSync(path.join(sourcesDir, `${doc.key}.txt`), 'utf8');
  const gold = seed.relationships.filter((r) => r.evidence.some((e) => e.doc === doc.key));
  const kept = new Set(seed.relationships.filter((r) => !r.evidence.every((e) => e.doc === doc.key)).flatMap((r) => [r.source, r.target]));
  const leftOut = new Set(strict ? gold.flatMap((r) => [r.source, r.target]).filter((k) => !kept.has(k)) : []);
  const base = seedInput(seed, doc.key, text);
  const input = { ...base, knownEntities: base.knownEntities.filter((e) => !leftOut.has(e.key)) };
  const byName = new Map<string, string>();
  for (const e of seed.entities) if (leftOut.has(e.key)) for (const n of [e.name, ...e.aliases]) byName.set(n.toLowerCase(), e.key);
  const keyOf = (end: EndPoint) => ('key' in end ? end.key : byName.get(end.candidate.name.toLowerCase()));
  const t0 = performance.now();
  const result = proposeClaims(input);
  const ms = performance.now() - t0;
  const goldTriples = new Set(gold.map((r) => triple(r.source, r.target, r.category)));
  const keyed = result.proposals.filter((p) => keyOf(p.source) && keyOf(p.target));
  const tripleOf = (p: (typeof keyed)[number]) => triple(keyOf(p.source)!, keyOf(p.target)!, p.category);
  const proposedTriples = new Set(result.proposals.map((p) => (keyOf(p.source) && keyOf(p.target) ? tripleOf(p) : `new ${p.id}`)));
  const hit = [...goldTriples].filter((t) => proposedTriples.has(t));
  const used = new Set(gold.flatMap((r) => [r.source, r.target]));
  const foundAsNew = new Set(result.newEntities.map((c) => byName.get(c.name.toLowerCase())).filter((k): k is string => !!k));
  const found = new Set([...result.mentions.map((m) => m.key).filter(Boolean), ...foundAsNew]);
  const row: Row = {
    doc: doc.key.slice(0, 3),
    mentions: [[...used].filter((k) => found.has(k)).length, used.size],
    recall: [hit.length, goldTriples.size],
    precision: [[...proposedTriples].filter((t) => goldTriples.has(t)).length, proposedTriples.size],
    perProposal: [keyed.filter((p) => goldTriples.has(tripleOf(p))).length, result.proposals.length],
    dates: [0, 0],
    ownDates: [0, 0],
    amounts: [0, 0],
    added: result.proposals.filter((p) => p.addsEvidenceTo).length,
    newEntities: result.newEntities.length,
    leftOutFound: [foundAsNew.size, leftOut.size],
    ms,
  };
  // Dates and amounts are judged sentence by sentence: a curated relationship with a date, and the
  // proposals of its triple whose sentence holds its evidence.
  for (const r of gold) {
    const spans = r.evidence.filter((e) => e.doc === doc.key);
    const mine = keyed.filter((p) => tripleOf(p) === triple(r.source, r.target, r.category) && spans.some((e) => overlaps(e, p.evidence)));
    if (!mine.length) continue;
    if (r.when) {
      // A corroborated relationship was dated from the document that first stated it (its first evidence).
      const ownDate = r.evidence[0]!.doc === doc.key;
      const right = mine.some((p) => p.when?.value.iso === r.when!.iso && p.when.value.precision === r.when!.precision);
      row.dates[1]++;
      if (ownDate) row.ownDates[1]++;
      if (right) row.dates[0]++;
      if (right && ownDate) row.ownDates[0]++;
      else if (verbose) console.log(`  date ${doc.key.slice(0, 3)}${ownDate ? '' : ' (dated from another document)'} ${r.key}: want ${r.when.iso}/${r.when.precision}, got ${mine.map((p) => p.when ? `${p.when.value.iso}/${p.when.value.precision}` : '—').join(', ')}`);
    }
    if (r.amount) {
      row.amounts[1]++;
      if (mine.some((p) => p.amount?.amount === r.amount!.amount && (p.amount.bound ?? 'EXACT') === (r.amount!.bound ?? 'EXACT'))) row.amounts[0]++;
      else if (verbose) console.log(`  amount ${doc.key.slice(0, 3)} ${r.key}: want ${r.amount.amount} ${r.amount.bound ?? 'EXACT'}, got ${mine.map((p) => (p.amount ? `${p.amount.amount} ${p.amount.bound}` : '—')).join(', ')}`);
    }
  }
  if (verbose) {
    console.log(`\n## ${doc.key}`);
    for (const t of goldTriples) console.log(`  ${proposedTriples.has(t) ? 'HIT ' : 'miss'} ${t}`);
    for (const p of result.proposals) {
      const t = keyOf(p.source) && keyOf(p.target) ? tripleOf(p) : `${JSON.stringify(p.source)} → ${JSON.stringify(p.target)}`;
      if (!goldTriples.has(t)) console.log(`  FP   ${t} ${p.type} [${p.matched.join(' | ')}] «${text.slice(p.evidence.start, p.evidence.end).slice(0, 110)}»`);
    }
    for (const k of used) if (!found.has(k)) console.log(`  unmentioned ${k}`);
  }
  rows.push(row);
}

const pct = ([a, b]: [number, number]) => (b ? `${((100 * a) / b).toFixed(0)}% (${a}/${b})` : '—');
const sum = (f: (r: Row) => [number, number]): [number, number] => rows.reduce<[number, number]>((acc, r) => [acc[0] + f(r)[0], acc[1] + f(r)[1]], [0, 0]);
const newColumn = strict ? ' left-out entities found as new |' : '';
console.log(`| document | mention recall | proposal recall | precision (triples) | precision (proposals) | dates | dates first stated here | amounts | added evidence | new entities |${newColumn} time |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |${strict ? ' --- |' : ''} --- |`);
for (const r of rows) console.log(`| ${r.doc} | ${pct(r.mentions)} | ${pct(r.recall)} | ${pct(r.precision)} | ${pct(r.perProposal)} | ${pct(r.dates)} | ${pct(r.ownDates)} | ${pct(r.amounts)} | ${r.added} | ${r.newEntities} |${strict ? ` ${pct(r.leftOutFound)} |` : ''} ${r.ms.toFixed(0)} ms |`);
console.log(`| **all** | ${pct(sum((r) => r.mentions))} | ${pct(sum((r) => r.recall))} | ${pct(sum((r) => r.precision))} | ${pct(sum((r) => r.perProposal))} | ${pct(sum((r) => r.dates))} | ${pct(sum((r) => r.ownDates))} | ${pct(sum((r) => r.amounts))} | ${rows.reduce((a, r) => a + r.added, 0)} | ${rows.reduce((a, r) => a + r.newEntities, 0)} |${strict ? ` ${pct(sum((r) => r.leftOutFound))} |` : ''} ${rows.reduce((a, r) => a + r.ms, 0).toFixed(0)} ms |`);
console.log('\nGoals: mention recall ≥ 90%, proposal recall ≥ 60%, precision ≥ 60%, dates ≥ 80%.');
