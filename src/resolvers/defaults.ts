/** Argument defaults and bounds of the API: page sizes, hops, depths. The store has none of its own. */
export const DEFAULTS = {
  entityRelationshipsFirst: 50,
  relationshipsFirst: 50,
  searchFirst: 10,
  pathsMaxHops: 3,
  pathsFirst: 5,
  neighborhoodDepth: 1,
  neighborhoodLimit: 200,
  timelineFirst: 100,
  changesFirst: 50,
  proposalsFirst: 50,
  pressuresFirst: 200,
} as const;

export const MAX = {
  page: 200,
  search: 50,
  paths: 10,
  hops: 6,
  depth: 3,
  neighborhoodNodes: 1000,
} as const;

/**
 * `first` on lists that had none: large enough for today's graph (69 entities in the longest
 * document), small enough that the node limit (src/http/node-limit.ts) lets ordinary nested
 * queries through. The store cuts each list in its Cypher, never after reading all of it.
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

/** Most a list page may ask for; pressures are a list, not a page, and may ask for more. */
export const LIST_MAX = 200;
export const PRESSURES_MAX = 1000;
