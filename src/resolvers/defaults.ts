/** Argument defaults as the contract states them; resolvers also apply them when a client sends null. */
export const DEFAULTS = {
  entityRelationshipsFirst: 50,
  relationshipsFirst: 50,
  searchFirst: 10,
  pathsMaxHops: 3,
  pathsFirst: 5,
  neighborhoodDepth: 1,
  neighborhoodLimit: 200,
  timelineFirst: 100,
} as const;
