import Cypher from '@neo4j/cypher-builder';
import { UNDATED_SORT } from '../../model/calendar.js';
import { P } from './params.js';
import { documentRow, entityRow, relationshipRow, type Projection } from './projection.js';
import { anchorExists, isVisible } from './visibility.js';
import { clauseCache } from './text-cache.js';

/** Loads by key, each one round trip for any number of keys (the DataLoaders batch into them). */

const cached = clauseCache();

/** Entities by key as of $v. A merged entity's key resolves to the entity it was merged into. */
export function entitiesByKeysText(props: readonly string[]): string {
  return cached(`entities|${props.join(',')}`, () => {
    const k = new Cypher.Variable();
    const n = new Cypher.Node();
    const target = new Cypher.Node();
    const merged = new Cypher.PatternComprehension(new Cypher.Pattern(n).related({ type: 'MERGED_INTO', direction: 'right' }).to(target, { labels: ['Entity'] }))
      .where(anchorExists(target))
      .map(target);
    const live = new Cypher.Variable();
    return Cypher.utils.concat(
      new Cypher.Unwind([P.keys, k]),
      new Cypher.Match(new Cypher.Pattern(n, { labels: ['Entity'], properties: { key: k } })).where(Cypher.lte(n.property('createdTx'), P.v)),
      new Cypher.With(k, [
        new Cypher.Case().when(Cypher.or(Cypher.isNull(n.property('txTo')), Cypher.gt(n.property('txTo'), P.v))).then(n).else(Cypher.head(merged)),
        live,
      ]),
      new Cypher.With(k, live).where(Cypher.isNotNull(live)),
      new Cypher.Return([k, 'key'], [entityRow(live, props), 'entity']),
    );
  });
}

/** Relationships by key, retracted ones included (a link to one must not break). */
export function relationshipsByKeysText(p: Projection): string {
  return cached(`relationships|${JSON.stringify(p)}`, () => {
    const k = new Cypher.Variable();
    const r = new Cypher.Relationship();
    const a = new Cypher.Node();
    const b = new Cypher.Node();
    return Cypher.utils.concat(
      new Cypher.Unwind([P.keys, k]),
      new Cypher.Match(new Cypher.Pattern(a, { labels: ['Entity'] }).related(r, { type: 'REL', properties: { key: k } }).to(b, { labels: ['Entity'] })).where(isVisible(r)),
      new Cypher.Return([relationshipRow(r, a, b, { ...p, rel: [...p.rel, 'retracted', 'retractReason'] }), 'rel']),
    );
  });
}

export function documentsByKeysText(props: readonly string[]): string {
  return cached(`documents|${props.join(',')}`, () => {
    const k = new Cypher.Variable();
    const d = new Cypher.Node();
    return Cypher.utils.concat(
      new Cypher.Unwind([P.keys, k]),
      new Cypher.Match(new Cypher.Pattern(d, { labels: ['Document'], properties: { key: k } })).where(anchorExists(d)),
      new Cypher.Return([documentRow(d, props), 'document']),
    );
  });
}

/**
 * Documents in publication order (undated last), then key, cut at $limit; with `after`, those
 * after the document whose key it is.
 */
export function allDocumentsText(props: readonly string[], withAfter: boolean): string {
  return cached(`all-documents|${withAfter}|${props.join(',')}`, () => {
    const d = new Cypher.Node();
    const last = new Cypher.Node();
    const sort = (x: Cypher.Node) => Cypher.coalesce(x.property('publishedStartMs'), new Cypher.Literal(UNDATED_SORT));
    const after = Cypher.or(Cypher.gt(sort(d), sort(last)), Cypher.and(Cypher.eq(sort(d), sort(last)), Cypher.gt(d.property('key'), last.property('key'))));
    const clauses: Cypher.Clause[] = withAfter ? [new Cypher.Match(new Cypher.Pattern(last, { labels: ['Document'], properties: { key: new Cypher.NamedParam('after') } }))] : [];
    return Cypher.utils.concat(
      ...clauses,
      new Cypher.Match(new Cypher.Pattern(d, { labels: ['Document'] }))
        .where(Cypher.and(anchorExists(d), withAfter ? after : undefined))
        .return([documentRow(d, props), 'document'])
        .orderBy([sort(d), 'ASC'], [d.property('key'), 'ASC'])
        .limit(P.limit),
    );
  });
}

