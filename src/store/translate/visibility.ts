import Cypher from '@neo4j/cypher-builder';
import { P } from './params.js';

/**
 * The graph is versioned: every row carries the version that recorded it (txFrom) and, once
 * replaced or removed, the version that ended it (txTo). A request pins one version ($v) and
 * sees the graph exactly as it was then, so a response never mixes two states of the graph.
 */
export function isVisible(x: Cypher.Variable): Cypher.Predicate {
  return Cypher.and(Cypher.lte(x.property('txFrom'), P.v), Cypher.or(Cypher.isNull(x.property('txTo')), Cypher.gt(x.property('txTo'), P.v)))!;
}

/**
 * Anchors (entities, documents) keep their identity across edits: the node holds the current
 * state (since txFrom) and each earlier state is a (:State)-[:STATE_OF]->(anchor) node. An anchor
 * exists from createdTx until txTo.
 */
export function anchorExists(x: Cypher.Variable): Cypher.Predicate {
  return Cypher.and(Cypher.lte(x.property('createdTx'), P.v), Cypher.or(Cypher.isNull(x.property('txTo')), Cypher.gt(x.property('txTo'), P.v)))!;
}

/** The anchor's properties as they were at $v: the node itself, or the archived state then. */
export function stateProjection(x: Cypher.Variable, props: readonly string[]): Cypher.Expr {
  const s = new Cypher.Node();
  const archived = new Cypher.PatternComprehension(new Cypher.Pattern(s, { labels: ['State'] }).related({ type: 'STATE_OF' }).to(x))
    .where(Cypher.and(Cypher.lte(s.property('txFrom'), P.v), Cypher.gt(s.property('txTo'), P.v)))
    .map(new Cypher.MapProjection(s, [...props]));
  return new Cypher.Case().when(Cypher.lte(x.property('txFrom'), P.v)).then(new Cypher.MapProjection(x, [...props])).else(Cypher.head(archived));
}
