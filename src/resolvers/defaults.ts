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
  /** Lists without a cursor: documents, disputes, a document's entities, an entity's documents, facts. */
  listFirst: 100,
} as const;

export const MAX = {
  page: 200,
  search: 50,
  paths: 10,
  hops: 6,
  depth: 3,
  neighborhoodNodes: 1000,
  list: 1000,
  /** pressures answers a list, not a page: it is bounded all the same. */
  pressures: 1000,
} as const;
