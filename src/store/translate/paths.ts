import Cypher from '@neo4j/cypher-builder';
import { P } from './params.js';
import { documentSideTable, entitySideTable, projectionShape, relationshipRow, type Projection } from './projection.js';
import { filterShape, relationshipPredicate, type RelationshipFilter } from './relationship-filter.js';
import { anchorExists } from './visibility.js';
import { textCache } from './text-cache.js';

/**
 * Shortest paths, either direction, in ONE statement, deterministic under ties: paths are taken
 * by whole length groups (SHORTEST k GROUPS) and then ordered by (length, relationship keys), so
 * the first `first` paths never depend on which of several tied paths Neo4j happened to keep.
 * It asks for one group first and widens to more groups only while that yields fewer than
 * `first` paths and still finds new ones (at most maxHops groups exist).
 *
 * The filter applies to every hop inside the pattern (a pre-filter: Neo4j selects shortest paths
 * among those that pass). The time-respecting rule compares consecutive hops, so it sits in a
 * parenthesised path pattern's WHERE, which cypher-builder has no clause for: that one MATCH is
 * written with Cypher.Raw around compiled builder expressions; its numbers are validated integers.
 */

export interface PathsSpec {
  filter: RelationshipFilter;
  /** 1..6, validated by the caller; pattern bounds must be literals in Neo4j 5. */
  maxHops: number;
  timeRespecting: boolean;
  projection: Projection;
}

interface Found {
  clause: Cypher.Clause;
  found: Cypher.Variable;
}

function shortestGroups(spec: PathsSpec, groups: number, from: Cypher.Node, to: Cypher.Node, found: Cypher.Variable, guard: (c: Cypher.With) => Cypher.With): Found {
  if (!Number.isInteger(groups) || groups < 1 || groups > 6 || !Number.isInteger(spec.maxHops) || spec.maxHops < 1 || spec.maxHops > 6) {
    throw new Error('paths: group count and hop bound must be integers from 1 to 6');
  }
  const x = new Cypher.Node();
  const y = new Cypher.Node();
  const r = new Cypher.Relationship();
  const hop = Cypher.and(relationshipPredicate(r, spec.filter), spec.timeRespecting ? Cypher.isNotNull(r.property('whenStartMs')) : undefined)!;
  const match = new Cypher.Raw((ctx) => {
    const [rv, xv, yv, fv, tv] = [r, x, y, from, to].map((v) => ctx.compile(v));
    const ordered = spec.timeRespecting ? ` WHERE all(i IN range(0, size(${rv}) - 2) WHERE ${rv}[i].whenStartMs <= ${rv}[i + 1].whenStartMs)` : '';
    return `MATCH SHORTEST ${groups} GROUPS ((${fv}) ((${xv})-[${rv}:REL]-(${yv}:Entity) WHERE ${ctx.compile(hop)}){1,${spec.maxHops}} (${tv})${ordered})`;
  });
  const q = new Cypher.Variable();
  const n = new Cypher.Variable();
  const a = new Cypher.Variable();
  const b = new Cypher.Variable();
  const path = new Cypher.Map({
    nodes: Cypher.plus(new Cypher.List([from.property('key')]), new Cypher.ListComprehension(n).in(y).map(n.property('key'))),
    keys: new Cypher.ListComprehension(q).in(r).map(q.property('key')),
    rows: new Cypher.ListComprehension(q)
      .in(r)
      .map(
        // startNode/endNode give the stored direction whatever way the path runs.
        Cypher.head(
          new Cypher.ListComprehension(a)
            .in(new Cypher.List([Cypher.startNode(q)]))
            .map(Cypher.head(new Cypher.ListComprehension(b).in(new Cypher.List([Cypher.endNode(q)])).map(relationshipRow(q, a, b, spec.projection)))),
        ),
      ),
  });
  // An aggregate always yields a row: with the guard false (no wider search needed) it must say null, not [].
  const collected = new Cypher.Case().when(Cypher.eq(Cypher.count('*'), new Cypher.Literal(0))).then(Cypher.Null).else(Cypher.collect(path));
  const clause = new Cypher.Call(Cypher.utils.concat(guard(new Cypher.With('*')), match, new Cypher.Return([collected, found])), '*');
  return { clause, found };
}

function build(spec: PathsSpec): string {
  const from = new Cypher.Node();
  const to = new Cypher.Node();
  const found = new Cypher.Variable();
  const before = new Cypher.Variable();
  const both = Cypher.and(Cypher.isNotNull(from), Cypher.isNotNull(to))!;
  const clauses: Cypher.Clause[] = [
    new Cypher.OptionalMatch(new Cypher.Pattern(from, { labels: ['Entity'], properties: { key: new Cypher.NamedParam('from') } })).where(anchorExists(from)),
    new Cypher.OptionalMatch(new Cypher.Pattern(to, { labels: ['Entity'], properties: { key: new Cypher.NamedParam('to') } })).where(anchorExists(to)),
    shortestGroups(spec, 1, from, to, found, (w) => w.where(Cypher.and(both, Cypher.neq(from, to)))).clause,
    new Cypher.With(from, to, [Cypher.coalesce(found, new Cypher.List([])), found], [new Cypher.Literal(0), before]),
  ];
  for (let g = 2; g <= spec.maxHops; g++) {
    const more = new Cypher.Variable();
    const wider = shortestGroups(spec, g, from, to, more, (w) =>
      w.where(Cypher.and(Cypher.lt(Cypher.size(found), P.limit), Cypher.gt(Cypher.size(found), before))),
    );
    clauses.push(
      (wider.clause as Cypher.Call).optional(),
      new Cypher.With(from, to, [Cypher.coalesce(more, found), found], [Cypher.size(found), before]),
    );
  }
  const p = new Cypher.Variable();
  const paths = new Cypher.Variable();
  const rows = new Cypher.Variable();
  const ends = new Cypher.Variable();
  const entities = new Cypher.Variable();
  const documents = new Cypher.Variable();
  const docLists = new Cypher.Variable();
  const row = new Cypher.Variable();
  clauses.push(
    new Cypher.Call(
      Cypher.utils.concat(
        new Cypher.Unwind([found, p]),
        new Cypher.With(p).orderBy([Cypher.size(p.property('keys')), 'ASC'], [p.property('keys'), 'ASC']).limit(P.limit),
        new Cypher.Return([Cypher.collect(p), paths]),
      ),
      [found],
    ),
    new Cypher.With(from, to, paths, [Cypher.reduce(rows, new Cypher.List([]), p, paths, Cypher.plus(rows, p.property('rows'))), rows]),
  );
  const returns: [Cypher.Expr, string][] = [
    [Cypher.isNotNull(from), 'fromFound'],
    [Cypher.isNotNull(to), 'toFound'],
    [paths, 'paths'],
  ];
  if (spec.projection.entity) {
    const nodeKeys = new Cypher.Variable();
    const k = new Cypher.Variable();
    const e = new Cypher.Node();
    clauses.push(
      new Cypher.With(from, to, paths, rows, [Cypher.reduce(nodeKeys, new Cypher.List([]), p, paths, Cypher.plus(nodeKeys, p.property('nodes'))), nodeKeys]),
      new Cypher.With(from, to, paths, rows, [
        new Cypher.ListComprehension(k).in(nodeKeys).map(Cypher.head(new Cypher.Collect(new Cypher.Match(new Cypher.Pattern(e, { labels: ['Entity'], properties: { key: k } })).return(e)))),
        ends,
      ]),
      entitySideTable(ends, spec.projection.entity, entities),
    );
    returns.push([entities, 'entities']);
  }
  if (spec.projection.document) {
    clauses.push(new Cypher.With('*', [new Cypher.ListComprehension(row).in(rows).map(row.property('evDocs')), docLists]), documentSideTable(docLists, spec.projection.document, documents));
    returns.push([documents, 'documents']);
  }
  clauses.push(new Cypher.Return(...returns));
  return Cypher.utils.concat(...clauses).build().cypher;
}

const cached = textCache();

export function pathsText(spec: PathsSpec): string {
  const id = [filterShape(spec.filter), spec.maxHops, spec.timeRespecting, projectionShape(spec.projection)].join('|');
  return cached(id, () => build(spec));
}
