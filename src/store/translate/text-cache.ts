import type Cypher from '@neo4j/cypher-builder';

/**
 * Statement texts built once per shape and kept: building a clause tree costs more than running a
 * small statement, and the same text lets Neo4j reuse its plan. Each module makes its own cache,
 * so an id need only be unique within the module.
 */
export function textCache(): (id: string, build: () => string) => string {
  const texts = new Map<string, string>();
  return (id, build) => {
    let text = texts.get(id);
    if (text === undefined) {
      text = build();
      texts.set(id, text);
    }
    return text;
  };
}

/** The same, for builders that return a clause. */
export function clauseCache(): (id: string, build: () => Cypher.Clause) => string {
  const cached = textCache();
  return (id, build) => cached(id, () => build().build().cypher);
}
