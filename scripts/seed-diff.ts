/**
 * Review aid: compares the seed at a git ref with the working tree, by record key.
 * Usage: npm run seed:diff -- [ref]   (default: main)
 * Reads the YAML raw (no checker), so an old seed that today's rules reject still compares.
 * Corroborations are folded into the relationship they name, so moved evidence counts as a change.
 */
import { execFileSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { seedFiles } from '../src/seed/read-seed.js';
import { readFileSync } from 'node:fs';

type Rec = Record<string, any> & { key: string };
interface RawSeed {
  entities: Map<string, Rec>;
  relationships: Map<string, Rec>;
  disputes: Map<string, Rec>;
}

function collect(files: { name: string; text: string }[]): RawSeed {
  const seed: RawSeed = { entities: new Map(), relationships: new Map(), disputes: new Map() };
  const corroborations: { relationship: string; evidence: unknown[] }[] = [];
  for (const f of files) {
    const doc = parse(f.text) ?? {};
    for (const list of ['entities', 'relationships', 'disputes'] as const) for (const r of doc[list] ?? []) seed[list].set(r.key, structuredClone(r));
    corroborations.push(...(doc.corroborations ?? []));
  }
  for (const c of corroborations) seed.relationships.get(c.relationship)?.evidence.push(...c.evidence);
  return seed;
}

function atRef(ref: string): RawSeed {
  const names = execFileSync('git', ['ls-tree', '-r', '--name-only', ref, 'seed/'], { encoding: 'utf8' }).split('\n').filter((n) => /\.ya?ml$/.test(n));
  return collect(names.map((name) => ({ name, text: execFileSync('git', ['show', `${ref}:${name}`], { encoding: 'utf8' }) })));
}

function compare(before: Map<string, Rec>, after: Map<string, Rec>) {
  const added = [...after.keys()].filter((k) => !before.has(k));
  const removed = [...before.keys()].filter((k) => !after.has(k));
  const modified = [...after.keys()].filter((k) => before.has(k) && !isDeepStrictEqual(before.get(k), after.get(k)));
  return { added, removed, modified, unchanged: after.size - added.length - modified.length };
}

const undated = (rels: Map<string, Rec>) => [...rels.values()].filter((r) => !r.when);
const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / d).toFixed(1)}%)`;

const ref = process.argv[2] ?? 'main';
const before = atRef(ref);
const after = collect(seedFiles('seed').map((name) => ({ name, text: readFileSync(name, 'utf8') })));
for (const list of ['entities', 'relationships', 'disputes'] as const) {
  const d = compare(before[list], after[list]);
  console.log(`${list}: ${before[list].size} -> ${after[list].size}; added ${d.added.length}, removed ${d.removed.length}, modified ${d.modified.length}, unchanged ${d.unchanged}`);
  if (process.argv.includes('--keys')) for (const [what, keys] of Object.entries({ added: d.added, removed: d.removed, modified: d.modified })) if (keys.length) console.log(`  ${what}: ${keys.join(', ')}`);
}
console.log(`undated relationships (no when): ${ref} ${pct(undated(before.relationships).length, before.relationships.size)}; now ${pct(undated(after.relationships).length, after.relationships.size)}`);
if (process.argv.includes('--keys')) console.log(`  still undated: ${undated(after.relationships).map((r) => r.key).join(', ')}`);
