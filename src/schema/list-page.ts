import { z } from 'zod';
import { BadInputError } from '../errors.js';

/** Validates a page size argument: 1 to max. */
export const pageSize = (max: number) => ({ schema: z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`) });

/**
 * Defaults of the `first` arguments given to lists that had none: large enough for today's graph
 * (69 entities in the longest document), small enough that the node limit lets ordinary nested
 * queries through. The data layer is to take these bounds into its Cypher; until then the
 * resolvers read the list and it is cut here.
 */
export const LIST_FIRST = {
  documents: 50,
  disputes: 50,
  pressures: 200,
  documentEntities: 100,
  entityDocuments: 20,
  entityFacts: 20,
  entityDisputes: 20,
} as const;

/**
 * The first `first` items after the one whose key is `after` (a plain list has no cursors: the key
 * of the last item seen is one). An unknown key is the client's mistake.
 */
export function pageOf<T>(items: readonly T[], first: number | null | undefined, fallback: number, after?: string | null, keyOf?: (item: T) => string): T[] {
  let start = 0;
  if (after != null && keyOf) {
    const at = items.findIndex((i) => keyOf(i) === after);
    if (at < 0) throw new BadInputError(`after: "${after}" is not the key of an item of this list`);
    start = at + 1;
  }
  return items.slice(start, start + (first ?? fallback));
}
