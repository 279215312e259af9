/**
 * `node --import tsx bench/search-rerank.ts`: what re-ranking adds to a search, in process and
 * without a database. Every seed entity is a candidate (the resolver passes at most 200), scored
 * against queries of each kind the quality set holds. Reports; asserts nothing.
 */
import { Bench } from 'tinybench';
import { readSeed } from '../src/seed/read-seed.js';
import { rerank, type Candidate } from '../src/search/rerank.js';

const seed = readSeed('seed');
const one: Candidate[] = seed.entities.map((e, i) => ({ key: e.key, name: e.name, aliases: e.aliases, family: e.kind === 'AI_MODEL' ? (e.family ?? null) : null, score: 1 + (i % 7) }));
// 200 candidates, the resolver's cap: the seed's entities and then again.
const candidates = [...one, ...one].slice(0, 200);
const queries = ['Pentgon', 'Nicolas Maduro', 'claude opus', 'DPA', 'Defence Secretary Hegseth', 'Responsible Scaling Policy v3'];

const bench = new Bench({ time: 500 });
for (const q of queries) bench.add(q, () => void rerank(q, candidates, 10));
await bench.run();
console.log(`Re-ranking ${candidates.length} candidates (${seed.entities.length} seed entities) for one query`);
console.table(bench.tasks.map((t) => ({ query: t.name, 'mean ms': t.result && 'latency' in t.result ? t.result.latency.mean.toFixed(3) : '?', 'p99 ms': t.result && 'latency' in t.result ? t.result.latency.p99?.toFixed(3) : '?' })));
