import type { ObjectRef } from '@pothos/core';
import { builder, type BuilderTypes } from '../builder.js';

interface PageFlags {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** One page of a cursor connection, as the resolvers return it. */
export interface Page<Edge extends { cursor: string }> extends PageFlags {
  total: number | null;
  edges: Edge[];
}

/** Relay's PageInfo of a page: its flags, and the cursors of its first and last edges. */
export const pageInfoOf = (page: PageFlags, edges: readonly { cursor: string }[]) => ({
  hasNextPage: page.hasNextPage,
  hasPreviousPage: page.hasPreviousPage,
  startCursor: edges[0]?.cursor ?? null,
  endCursor: edges.at(-1)?.cursor ?? null,
});

/**
 * The `<Name>Edge` and `<Name>Connection` types of a Relay-style list: edges, pageInfo from the
 * page's flags and first and last cursors, and totalCount.
 */
export function connectionTypes<Node>(
  name: string,
  nodeRef: ObjectRef<BuilderTypes, Node>,
  totalCount: { description?: string } = {},
) {
  const EdgeRef = builder.objectRef<{ cursor: string; node: Node }>(`${name}Edge`);
  EdgeRef.implement({
    fields: (t) => ({
      cursor: t.string({ resolve: (e) => e.cursor }),
      // Pothos cannot check a resolver's result against a type parameter; nodeRef's type is Node.
      node: t.field({ type: nodeRef, resolve: (e) => e.node as never }),
    }),
  });
  const ConnectionRef = builder.objectRef<Page<{ cursor: string; node: Node }>>(`${name}Connection`);
  ConnectionRef.implement({
    fields: (t) => ({
      edges: t.field({ type: [EdgeRef], resolve: (c) => c.edges }),
      pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (c) => pageInfoOf(c, c.edges) }),
      totalCount: t.int({ ...totalCount, resolve: (c) => c.total ?? 0 }),
    }),
  });
  return { EdgeRef, ConnectionRef };
}
