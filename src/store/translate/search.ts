import Cypher from '@neo4j/cypher-builder';
import { P } from './params.js';
import { entityRow } from './projection.js';
import { anchorExists } from './visibility.js';

/**
 * Full-text candidates for re-ranking (src/search/rerank.ts): Lucene relevance, every name they go
 * by, and the entity as the operation selects it, so the hits need no second round trip.
 */
const cache = new Map<string, string>();

export function searchText(withKinds: boolean, props: readonly string[]): string {
  const id = `${withKinds}|${props.join(',')}`;
  let text = cache.get(id);
  if (text === undefined) {
    const node = new Cypher.Node();
    const score = new Cypher.Variable();
    const kinds = new Cypher.NamedParam('kinds');
    text = Cypher.utils
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
      )
      .build().cypher;
    cache.set(id, text);
  }
  return text;
}
