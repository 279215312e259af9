import { createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { wantsStats } from './query-stats.js';

/** Answers kept at most: enough for the hot queries of a public explorer, bounded like every list. */
const MAX_ENTRIES = 1_000;

/**
 * RESPONSE_CACHE=true: whole answers to anonymous reads, keyed by the graph's version as well as the
 * operation and its variables, so a write (ours, or another process's, seen within a second) makes
 * every older answer unreachable at once: a write is visible to the next read. Never cached: a
 * request with a key (its scope and revocation must be checked each time), one asking for query
 * statistics, mutations and answers with errors.
 */
export function useVersionedResponseCache(ttlMs: number, graphVersion: () => number): Plugin {
  return useResponseCache({
    cache: createInMemoryCache({ max: MAX_ENTRIES }),
    ttl: ttlMs,
    session: () => null,
    enabled: (request) => !request.headers.get('authorization') && !wantsStats(request),
    invalidateViaMutation: false,
    includeExtensionMetadata: true,
    buildResponseCacheKey: ({ documentString, variableValues, operationName }) =>
      hashSHA256(JSON.stringify([graphVersion(), operationName ?? null, documentString, variableValues ?? {}])),
  });
}
