import Cypher from '@neo4j/cypher-builder';
import { P } from './params.js';
import { documentSideTable, entityRow, projectionShape, relationshipRow, type Projection } from './projection.js';
import { filterShape, relationshipPredicate, type RelationshipFilter } from './relationship-filter.js';
import { anchorExists } from './visibility.js';
import { textCache } from './text-cache.js';

/**
 * Breadth-first neighbourhood in ONE statement. Each hop takes every relationship touching the
 * frontier that passes the filter, in timeline order. Endpoints not seen yet join in the order
 * they first appear (source before target) while there is room, else `truncated`; a relationship
 * is kept once both its ends are in. Nodes and relationships keep the order they joined in. Hop 2
 * reads only what hop 1 found new, never hop 1's relationships again.
 *
 * The hop is set-at-a-time rather than a row-by-row fold: an endpoint that did not fit at its first
 * appearance never fits later (the node list only grows), so "both ends in the final list" is the
 * same test as "both ends in when the row was offered". A fold copied the state map and its lists
 * once per row; this takes a third less Neo4j CPU on the seed's anthropic depth-2 neighbourhood.
 */

export interface NeighborhoodSpec {
  filter: RelationshipFilter;
  depth: number;
  projection: Projection;
}

/*
 * cypher-builder indexes and slices lists by literal numbers only; these two take expressions
 * computed in the statement. Only compiled variables reach the text.
 */

/** The j-th endpoint key of `rows`: row j/2's source when j is even, its target when odd. */
function endpoint(rows: Cypher.Variable, j: Cypher.Variable): Cypher.Expr {
  return new Cypher.Raw((ctx) => {
    const [list, i] = [ctx.compile(rows), ctx.compile(j)];
    return `CASE ${i} % 2 WHEN 0 THEN ${list}[${i} / 2].source ELSE ${list}[${i} / 2].target END`;
  });
}

/** range(0, n - 1): the positions of a list of n items (none when n is 0). */
function positions(n: Cypher.Expr): Cypher.Expr {
  return Cypher.range(new Cypher.Literal(0), Cypher.minus(n, new Cypher.Literal(1)));
}

/** list[index]. */
function at(list: Cypher.Expr, index: Cypher.Expr): Cypher.Expr {
  return new Cypher.Raw((ctx) => `${ctx.compile(list)}[${ctx.compile(index)}]`);
}

/** list[from..to], or list[from..] without `to`. */
function slice(list: Cypher.Expr, from: Cypher.Expr, to?: Cypher.Expr): Cypher.Expr {
  return new Cypher.Raw((ctx) => `${ctx.compile(list)}[${ctx.compile(from)}..${to ? ctx.compile(to) : ''}]`);
}

/**
 * CALL (rows, st) { … RETURN collect(e) AS fresh }: the endpoints of `rows` not yet in the state,
 * each once, in the order they first appear.
 */
function freshEnds(rows: Cypher.Variable, st: Cypher.Variable, fresh: Cypher.Variable): Cypher.Clause {
  const j = new Cypher.Variable();
  const e = new Cypher.Variable();
  const first = new Cypher.Variable();
  return new Cypher.Call(
    Cypher.utils.concat(
      new Cypher.Unwind([positions(Cypher.multiply(new Cypher.Literal(2), Cypher.size(rows))), j]),
      new Cypher.With(j, [endpoint(rows, j), e]).where(Cypher.not(Cypher.in(e, st.property('nodes')))),
      new Cypher.With(e, [Cypher.min(j), first]).orderBy([first, 'ASC']),
      new Cypher.Return([Cypher.collect(e), fresh]),
    ),
    [rows, st],
  );
}

/**
 * One hop: CALL (st) { …rows in timeline order… } CALL (rows, st) { …fresh ends… }, then the
 * next state. The rows are collected without a grouping key so that a hop with nothing to read
 * still yields its one row.
 */
function hop(st: Cypher.Variable, f: RelationshipFilter, projection: Projection): Cypher.Clause {
  const k = new Cypher.Variable();
  const x = new Cypher.Node();
  const r = new Cypher.Relationship();
  const o = new Cypher.Node();
  const a = new Cypher.Variable();
  const b = new Cypher.Variable();
  const rows = new Cypher.Variable();
  const fresh = new Cypher.Variable();
  const room = new Cypher.Variable();
  const nodes = new Cypher.Variable();
  const kept = new Cypher.Variable();
  const row = new Cypher.Variable();
  const fetch = new Cypher.Call(
    Cypher.utils.concat(
      new Cypher.Unwind([st.property('next'), k]),
      new Cypher.Match(new Cypher.Pattern(x, { labels: ['Entity'], properties: { key: k } }).related(r, { type: 'REL', direction: 'undirected' }).to(o, { labels: ['Entity'] })),
      new Cypher.With(r).distinct(),
      new Cypher.With(r, [Cypher.startNode(r), a], [Cypher.endNode(r), b]).where(relationshipPredicate(r, f)),
      new Cypher.With(r, a, b).orderBy([r.property('sortMs'), 'ASC'], [r.property('key'), 'ASC']),
      new Cypher.Return([Cypher.collect(relationshipRow(r, a, b, projection)), rows]),
    ),
    [st],
  );
  const next = new Cypher.Map({
    nodes,
    next: slice(nodes, Cypher.size(st.property('nodes'))),
    truncated: Cypher.or(Cypher.eq(st.property('truncated'), Cypher.true), Cypher.gt(Cypher.size(fresh), room)),
    rels: Cypher.plus(st.property('rels'), kept),
    relKeys: Cypher.plus(st.property('relKeys'), new Cypher.ListComprehension(row).in(kept).map(row.property('key'))),
  });
  const bothIn = Cypher.and(Cypher.in(row.property('source'), nodes), Cypher.in(row.property('target'), nodes), Cypher.not(Cypher.in(row.property('key'), st.property('relKeys'))));
  return Cypher.utils.concat(
    fetch,
    freshEnds(rows, st, fresh),
    new Cypher.With(st, rows, fresh, [Cypher.minus(P.limit, Cypher.size(st.property('nodes'))), room]),
    new Cypher.With(st, rows, fresh, room, [Cypher.plus(st.property('nodes'), slice(fresh, new Cypher.Literal(0), room)), nodes]),
    new Cypher.With(st, fresh, room, nodes, [new Cypher.ListComprehension(row).in(rows).where(bothIn), kept]),
    new Cypher.With([next, st]),
  );
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
  const i = new Cypher.Variable();
  const entity = new Cypher.Variable();
  // Each node once, in the order it joined.
  clauses.push(
    new Cypher.Call(
      Cypher.utils.concat(
        new Cypher.Unwind([positions(Cypher.size(st.property('nodes'))), i]),
        new Cypher.Match(new Cypher.Pattern(node, { labels: ['Entity'], properties: { key: at(st.property('nodes'), i) } })),
        new Cypher.With(i, [entityRow(node, spec.projection.entity ?? []), entity]).orderBy([i, 'ASC']),
        new Cypher.Return([Cypher.collect(entity), entities]),
      ),
      [st],
    ),
  );
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
