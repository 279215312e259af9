import Cypher from '@neo4j/cypher-builder';
import { P } from './params.js';
import { clauseCache } from './text-cache.js';

/**
 * The history feed: changes in the order they were recorded (version, then position in it), as
 * far as the request's pinned version. Keyset paging on (version, idx), so a cursor stays valid
 * while new changes arrive; `since` is exclusive.
 */
export interface ChangesShape {
  since: boolean;
  subject: boolean;
  after: boolean;
}

const cached = clauseCache();

export function changesPageText(s: ChangesShape, withTotal: boolean): string {
  const id = JSON.stringify([s, withTotal]);
  return cached(id, () => {
    const c = new Cypher.Node();
    const where = (withCursor: boolean) =>
      Cypher.and(
        Cypher.lte(c.property('version'), P.v),
        s.since ? Cypher.gt(c.property('atMs'), new Cypher.NamedParam('sinceMs')) : undefined,
        s.subject ? Cypher.eq(c.property('subject'), new Cypher.NamedParam('subject')) : undefined,
        withCursor
          ? Cypher.or(
              Cypher.gt(c.property('version'), new Cypher.NamedParam('afterVersion')),
              Cypher.and(Cypher.eq(c.property('version'), new Cypher.NamedParam('afterVersion')), Cypher.gt(c.property('idx'), new Cypher.NamedParam('afterIdx'))),
            )
          : undefined,
      );
    const page = new Cypher.Variable();
    const total = new Cypher.Variable();
    const rows = new Cypher.Call(
      new Cypher.Match(new Cypher.Pattern(c, { labels: ['Change'] }))
        .where(where(s.after))
        .with(c)
        .orderBy([c.property('version'), 'ASC'], [c.property('idx'), 'ASC'])
        .limit(P.limit)
        .return([Cypher.collect(new Cypher.MapProjection(c, '*')), page]),
      [],
    );
    const c2 = new Cypher.Node();
    const counted = withTotal
      ? [
          new Cypher.Call(
            new Cypher.Match(new Cypher.Pattern(c2, { labels: ['Change'] }))
              .where(
                Cypher.and(
                  Cypher.lte(c2.property('version'), P.v),
                  s.since ? Cypher.gt(c2.property('atMs'), new Cypher.NamedParam('sinceMs')) : undefined,
                  s.subject ? Cypher.eq(c2.property('subject'), new Cypher.NamedParam('subject')) : undefined,
                ),
              )
              .return([Cypher.count(c2), total]),
            [],
          ),
        ]
      : [];
    return Cypher.utils
      .concat(rows, ...counted, new Cypher.Return([page, 'page'], ...(withTotal ? [[total, 'total'] as [Cypher.Variable, string]] : [])));
  });
}
