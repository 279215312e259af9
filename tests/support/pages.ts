import { expect } from 'vitest';
import type { testApp } from './test-app.js';

/**
 * Every page of a connection through GraphQL. `query` takes `$after: String` and selects
 * `pageInfo { hasNextPage endCursor } edges { node { ... } }` on `field`.
 */
export async function allPages<T = any>(t: ReturnType<typeof testApp>, query: string, field: string, variables: Record<string, unknown> = {}): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const res: { data?: any; errors?: unknown } = await t.gql(query, { ...variables, after });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const conn: { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = res.data[field];
    nodes.push(...conn.edges.map((e) => e.node));
    if (!conn.pageInfo.hasNextPage) return nodes;
    after = conn.pageInfo.endCursor;
  }
}

/** The "<version>.<index>" of a Change's Relay id. */
export const changeLocalId = (id: string) => Buffer.from(id, 'base64').toString('utf8').replace(/^Change:/, '');
