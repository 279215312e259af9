import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const query = z.object({ text: z.string().min(1), key: z.string().min(1), kind: z.string().min(1) });
const qualitySet = z.object({
  queries: z.array(query).min(50),
  pendingAliases: z.array(query.extend({ alias: z.string().min(1) })).default([]),
});

export type QualityQuery = z.infer<typeof query>;
export type QualitySet = z.infer<typeof qualitySet>;

export function readQualitySet(file = 'tests/fixtures/search-quality.yaml'): QualitySet {
  return qualitySet.parse(parse(readFileSync(file, 'utf8')));
}

/** The `search(text: "…")` examples a README shows, in order. */
export function readmeSearchTexts(readme: string): string[] {
  return [...readme.matchAll(/search\(\s*text:\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
}

/** 1-based rank of `key` among `keys`, or null when it is not there. */
export function rankOf(keys: readonly string[], key: string): number | null {
  const i = keys.indexOf(key);
  return i < 0 ? null : i + 1;
}

/**
 * hit@1: share of queries whose target ranks first. MRR@k: mean of 1/rank over all queries,
 * counting a target below rank k (or missing) as 0.
 */
export function rankMetrics(ranks: readonly (number | null)[], k = 10): { hitAt1: number; mrr: number; n: number } {
  if (ranks.length === 0) return { hitAt1: 0, mrr: 0, n: 0 };
  const hits = ranks.filter((r) => r === 1).length;
  const rr = ranks.reduce<number>((sum, r) => sum + (r !== null && r <= k ? 1 / r : 0), 0);
  return { hitAt1: hits / ranks.length, mrr: rr / ranks.length, n: ranks.length };
}
