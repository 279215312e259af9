import Cypher from '@neo4j/cypher-builder';
import { P } from './params.js';
import { entityRow } from './projection.js';
import { filterShape, relationshipPredicate, type RelationshipFilter } from './relationship-filter.js';
import { anchorExists } from './visibility.js';

/**
 * The exports read through the same relationship filter as the API: one rule for windows and
 * knowledge time, so an export and a GraphQL answer with the same filters agree.
 */

const cache = new Map<string, string>();

export function exportEdgesText(f: RelationshipFilter): string {
  const id = filterShape(f);
  let text = cache.get(id);
  if (text === undefined) {
    const a = new Cypher.Node();
    const b = new Cypher.Node();
    const r = new Cypher.Relationship();
    const row = new Cypher.MapProjection(r, '*', { source: a.property('key'), target: b.property('key') });
    if (f.asOfMs !== null) {
      const k = new Cypher.Variable();
      const d = new Cypher.Node();
      row.set({
        evKnown: new Cypher.ListComprehension(k).in(r.property('evDocs')).where(
          new Cypher.Exists(new Cypher.Match(new Cypher.Pattern(d, { labels: ['Document'], properties: { key: k } })).where(Cypher.and(Cypher.lte(d.property('publishedEndMs'), P.asOfMs), anchorExists(d)))),
        ),
      });
    }
    text = new Cypher.Match(new Cypher.Pattern(a, { labels: ['Entity'] }).related(r, { type: 'REL', direction: 'right' }).to(b, { labels: ['Entity'] }))
      .where(relationshipPredicate(r, f))
      .return([row, 'rel'])
      .orderBy([r.property('sortMs'), 'ASC'], [r.property('key'), 'ASC'])
      .build().cypher;
    cache.set(id, text);
  }
  return text;
}

export function exportNodesText(byKeys: boolean, props: readonly string[]): string {
  const id = `${byKeys}|${props.join(',')}`;
  let text = cache.get(id);
  if (text === undefined) {
    const n = new Cypher.Node();
    text = new Cypher.Match(new Cypher.Pattern(n, { labels: ['Entity'] }))
      .where(Cypher.and(anchorExists(n), byKeys ? Cypher.in(n.property('key'), P.keys) : undefined))
      .return([entityRow(n, props), 'entity'], [Cypher.labels(n), 'labels'])
      .orderBy([n.property('key'), 'ASC'])
      .build().cypher;
    cache.set(id, text);
  }
  return text;
}
