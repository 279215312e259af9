import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankMetrics, rankOf, readmeSearchTexts, readQualitySet, type QualityQuery } from '../support/search-quality.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * Search quality on the seed graph: every query of tests/fixtures/search-quality.yaml goes through
 * GraphQL `search(first: 10)`; the file reports hit@1 and MRR@10 and holds search to its goal.
 */
const set = readQualitySet();
const readmeTexts = readmeSearchTexts(readFileSync('README.md', 'utf8'));
const SEARCH = 'query Q($text: String!) { search(text: $text, first: 10) { score entity { key } } }';

const t = testApp();
withSeedGraph(t);

interface Outcome extends QualityQuery {
  rank: number | null;
  top: string[];
}

async function run(q: QualityQuery): Promise<Outcome> {
  const res = await t.gql<{ search: { entity: { key: string } }[] }>(SEARCH, { text: q.text });
  expect(res.errors, q.text).toBeUndefined();
  const keys = res.data!.search.map((h) => h.entity.key);
  return { ...q, rank: rankOf(keys, q.key), top: keys.slice(0, 3) };
}

const outcomes: Outcome[] = [];
/** The queries the figures count: the set, plus each new alias once the seed has it. */
const counted: Outcome[] = [];
const pending: { q: (typeof set.pendingAliases)[number]; present: boolean; outcome: Outcome }[] = [];

beforeAll(async () => {
  for (const q of set.queries) outcomes.push(await run(q));
  for (const q of set.pendingAliases) {
    const res = await t.gql<{ entity: { aliases: string[] } | null }>('query A($key: String!) { entity(key: $key) { aliases } }', { key: q.key });
    pending.push({ q, present: res.data?.entity?.aliases.includes(q.alias) ?? false, outcome: await run(q) });
  }
  counted.push(...outcomes, ...pending.filter((p) => p.present).map((p) => p.outcome));
  const { hitAt1, mrr, n } = rankMetrics(counted.map((o) => o.rank));
  const missed = counted.filter((o) => o.rank !== 1).map((o) => `  ${JSON.stringify(o.text)} → ${o.key}: rank ${o.rank ?? '>10'} (top: ${o.top.join(', ')})`);
  console.log(
    [`[search quality] ${n} queries: hit@1 ${(hitAt1 * 100).toFixed(1)}%, MRR@10 ${mrr.toFixed(3)}`, ...missed].join('\n') +
      (pending.some((p) => !p.present) ? `\n  not yet in the seed, skipped: ${pending.filter((p) => !p.present).map((p) => JSON.stringify(p.q.alias)).join(', ')}` : ''),
  );
});

describe('search quality on the seed graph', () => {
  it('the set holds at least 50 queries, each for an entity that exists', async () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(50);
    const keys = [...new Set([...set.queries, ...set.pendingAliases].map((q) => q.key))];
    const found: string[] = [];
    for (const key of keys) {
      const res = await t.gql<{ entity: { key: string } | null }>('query E($key: String!) { entity(key: $key) { key } }', { key });
      if (res.data?.entity) found.push(key);
    }
    expect(keys.filter((k) => !found.includes(k))).toEqual([]);
  });

  it('hit@1 is at least 95%', () => {
    const { hitAt1 } = rankMetrics(counted.map((o) => o.rank));
    expect(hitAt1).toBeGreaterThanOrEqual(0.95);
  });

  it('the README shows at least one search example', () => {
    expect(readmeTexts.length).toBeGreaterThan(0);
  });

  it.each(readmeTexts)('README example search(text: %j) finds its target first', (text) => {
    const outcome = outcomes.find((o) => o.text === text);
    expect(outcome, `add ${JSON.stringify(text)} with its target to tests/fixtures/search-quality.yaml`).toBeDefined();
    expect(outcome!.top[0]).toBe(outcome!.key);
  });

  it.for(set.pendingAliases)('the new alias $alias finds its entity first once the seed has it', (q, ctx) => {
    const p = pending.find((x) => x.q === q)!;
    if (!p.present) ctx.skip(`${q.key} has no alias ${JSON.stringify(q.alias)} in this seed yet`);
    expect(p.outcome.top[0]).toBe(q.key);
  });
});
