import Cypher from '@neo4j/cypher-builder';
import { P } from './params.js';
import { documentSideTable, entityRow, projectionShape, relationshipRow, type Projection } from './projection.js';
import { filterShape, relationshipPredicate, type RelationshipFilter } from './relationship-filter.js';
import { anchorExists } from './visibility.js';
import { textCache } from './text-cache.js';

/**
 * Breadth-first neighbourhood in ONE statement. Each hop takes every relationship touching the
 * frontier that passes the filter, in timeline order, and folds it into the state: an endpoint
 * not seen yet joins while there is room (else `truncated`), and a relationship is kept once
 * both its ends are in. Nodes and relationships keep the order they joined in. Hop 2 reads only
 * what hop 1 found new, never hop 1's relationships again.
 */

export interface NeighborhoodSpec {
  filter: RelationshipFilter;
  depth: number;
  projection: Projection;
}

/** One hop: CALL (st) { …rows… } WITH <st folded over rows> AS st. */
function hop(st: Cypher.Variable, f: RelationshipFilter, projection: Projection): Cypher.Clause {
  const k = new Cypher.Variable();
  const x = new Cypher.Node();
  const r = new Cypher.Relationship();
  const o = new Cypher.Node();
  const a = new Cypher.Variable();
  const b = new Cypher.Variable();
  const rows = new Cypher.Variable();
  const fetch = new Cypher.Call(
    Cypher.utils.concat(
      new Cypher.Unwind([st.property('next'), k]),
      new Cypher.Match(new Cypher.Pattern(x, { labels: ['Entity'], properties: { key: k } }).related(r, { type: 'REL', direction: 'undirected' }).to(o, { labels: ['Entity'] })),
      new Cypher.With(r).distinct(),
      new Cypher.With(r, [Cypher.startNode(r), a], [Cypher.endNode(r), b]).where(relationshipPredicate(r, f)),
      new Cypher.With(r, a, b).orderBy([r.property('sortMs'), 'ASC'], [r.property('key'), 'ASC']),
      new Cypher.Return([
        Cypher.collect(new Cypher.Map({ k: r.property('key'), s: a.property('key'), t: b.property('key'), row: relationshipRow(r, a, b, projection) })),
        rows,
      ]),
    ),
    [st],
  );

  // s1: the state after offering the row's two endpoints; then the row joins if both are in.
  const s = new Cypher.Variable();
  const row = new Cypher.Variable();
  const s1 = new Cypher.Variable();
  const end = new Cypher.Variable();
  const admit = Cypher.reduce(
    s1,
    s,
    end,
    new Cypher.List([row.property('s'), row.property('t')]),
    new Cypher.Case()
      .when(Cypher.in(end, s1.property('nodes')))
      .then(s1)
      .when(Cypher.gte(Cypher.size(s1.property('nodes')), P.limit))
      .then(new Cypher.MapProjection(s1, '*', { truncated: Cypher.true }))
      .else(
        new Cypher.MapProjection(s1, '*', {
          nodes: Cypher.plus(s1.property('nodes'), end),
          next: Cypher.plus(s1.property('next'), end),
        }),
      ),
  );
  const s2 = new Cypher.Variable();
  const keep = new Cypher.Case()
    .when(
      Cypher.and(
        Cypher.in(row.property('s'), s2.property('nodes')),
        Cypher.in(row.property('t'), s2.property('nodes')),
        Cypher.not(Cypher.in(row.property('k'), s2.property('relKeys'))),
      ),
    )
    .then(
      new Cypher.MapProjection(s2, '*', {
        rels: Cypher.plus(s2.property('rels'), new Cypher.List([row.property('row')])),
        relKeys: Cypher.plus(s2.property('relKeys'), row.property('k')),
      }),
    )
    .else(s2);
  const step = Cypher.head(new Cypher.ListComprehension(s2).in(new Cypher.List([admit])).map(keep));
  const folded = Cypher.reduce(s, new Cypher.MapProjection(st, '*', { next: new Cypher.List([]) }), row, rows, step);
  return Cypher.utils.concat(fetch, new Cypher.With([folded, st]));
}

function build(spec: NeighborhoodSpec): string {
  const x = new Cypher.Node();
  const st = new Cypher.Variable();
  const node = new Cypher.Node();
  const entities = new Cypher.Variable();
  const documents = new Cypher.Variable();
  const docLists = new Cypher.Variable();
  const initial = new Cypher.Map({
    nodes: new Cypher.List([x.property('key')]),
    next: new Cypher.List([x.property('key')]),
    rels: new Cypher.List([]),
    relKeys: new Cypher.List([]),
    truncated: Cypher.false,
  });
  const clauses: Cypher.Clause[] = [
    new Cypher.Match(new Cypher.Pattern(x, { labels: ['Entity'], properties: { key: P.key } })).where(anchorExists(x)),
    new Cypher.With([initial, st]),
  ];
  for (let i = 0; i < spec.depth; i++) clauses.push(hop(st, spec.filter, spec.projection));
  const rr = new Cypher.Variable();
  const k = new Cypher.Variable();
  // Each node once, in the order it joined: a lookup per key keeps the list's order.
  const lookup = new Cypher.ListComprehension(k)
    .in(st.property('nodes'))
    .map(Cypher.head(new Cypher.Collect(new Cypher.Match(new Cypher.Pattern(node, { labels: ['Entity'], properties: { key: k } })).return(entityRow(node, spec.projection.entity ?? [])))));
  clauses.push(new Cypher.With(st, [lookup, entities]));
  const returns: [Cypher.Expr, string][] = [
    [st.property('nodes'), 'nodes'],
    [st.property('rels'), 'rels'],
    [st.property('truncated'), 'truncated'],
    [entities, 'entities'],
  ];
  if (spec.projection.document) {
    clauses.push(new Cypher.With(st, entities, [new Cypher.ListComprehension(rr).in(st.property('rels')).map(rr.property('evDocs')), docLists]));
    clauses.push(documentSideTable(docLists, spec.projection.document, documents));
    returns.push([documents, 'documents']);
  }
  clauses.push(new Cypher.Return(...returns));
  return Cypher.utils.concat(...clauses).build().cypher;
}

const cached = textCache();

export function neighborhoodText(spec: NeighborhoodSpec): string {
  const id = [filterShape(spec.filter), spec.depth, projectionShape(spec.projection)].join('|');
  return cached(id, () => build(spec));
}
