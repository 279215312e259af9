import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testApp, withSeedGraph } from '../support/test-app.js';

/** The README's GraphQL examples, in order: documentation that stops working fails here. */
const examples = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const nameOf = (q: string) => /query (\w+)/.exec(q)?.[1] ?? q.slice(0, 40);

/** True when some list or scalar in the answer holds something: an example that answers only nulls and empties shows nothing. */
function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return value !== 0 && value !== '' && value !== false;
}

const t = testApp();
withSeedGraph(t);

describe('README querying examples', () => {
  it('has at least six', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples.map((q) => [nameOf(q), q] as const))('%s runs against the seed graph', async (_, query) => {
    const res = await t.gql(query);
    expect(res.errors).toBeUndefined();
    expect(hasContent(res.data)).toBe(true);
  });

  it('the WhoPressuredAnthropic example finds the ultimatum with its deadline and quoted evidence', async () => {
    const res = await t.gql(examples.find((q) => nameOf(q) === 'WhoPressuredAnthropic')!);
    const ultimatum = res.data.pressures.find((p: any) => p.type === 'ISSUED_ULTIMATUM');
    expect(ultimatum.deadline.iso).toBe('2026-02-27T17:01-05:00');
    expect(ultimatum.evidence[0].quote).toEqual(expect.any(String));
  });
});
