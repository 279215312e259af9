import Cypher from '@neo4j/cypher-builder';
import { P } from './params.js';
import { entityRow } from './projection.js';
import { anchorExists } from './visibility.js';
import { clauseCache } from './text-cache.js';

/**
 * Full-text candidates for re-ranking (src/search/rerank.ts): Lucene relevance, every name they go
 * by, and the entity as the operation selects it, so the hits need no second round trip.
 */
const cached = clauseCache();

export function searchText(withKinds: boolean, props: readonly string[]): string {
  const id = `${withKinds}|${props.join(',')}`;
  return cached(id, () => {
    const node = new Cypher.Node();
    const score = new Cypher.Variable();
    const kinds = new Cypher.NamedParam('kinds');
    return Cypher.utils
      .concat(
        Cypher.db.index.fulltext.queryNodes('entity_search', new Cypher.NamedParam('query'), { limit: P.limit }).yield(['node', node], ['score', score]),
        new Cypher.With(node, score).where(Cypher.and(anchorExists(node), withKinds ? Cypher.in(node.property('kind'), kinds) : undefined)),
        new Cypher.Return(
          [node.property('key'), 'key'],
          [node.property('name'), 'name'],
          [Cypher.coalesce(node.property('aliases'), new Cypher.List([])), 'aliases'],
          [node.property('family'), 'family'],
          [score, 'score'],
          [entityRow(node, props), 'entity'],
        ).orderBy([score, 'DESC'], [node.property('key'), 'ASC']),
      );
  });
}
