import Cypher from '@neo4j/cypher-builder';
import { UNDATED_SORT } from '../../model/calendar.js';
import { WINDOW_BUCKETS } from '../../model/window-buckets.js';
import { bucketParam, categoryParam, P } from './params.js';
import { documentSideTable, entityRow, entitySideTable, projectionShape, relationshipRow, type Projection } from './projection.js';
import { afterCursor, filterShape, hasWindow, relationshipPredicate, roleCovers, type RelationshipFilter } from './relationship-filter.js';
import { anchorExists, isVisible } from './visibility.js';
import { textCache } from './text-cache.js';

/**
 * One page of relationships in timeline order (when.start, undated last, then key), with the
 * side tables its nested fields need, in ONE statement:
 * - anchored on an entity (source, target or involving, or each of $keys for Entity.relationships):
 *   the cost follows the anchor's degree, never the graph's size;
 * - global: answered from indexes in (sortMs, key) order, one UNION branch per bucket that an index
 *   serves (each time precision for a window, each category), merged and cut to the page.
 */

export interface PageSpec {
  filter: RelationshipFilter;
  /** One page per entity of $keys (Entity.relationships for many parents in one round trip). */
  batched: boolean;
  withTotal: boolean;
  withCursor: boolean;
  projection: Projection;
}

type Dir = 'out' | 'in' | 'both';

interface Matched {
  clause: Cypher.Clause;
  r: Cypher.Variable;
  a: Cypher.Variable;
  b: Cypher.Variable;
  /** Keys of the role relationships an act was counted through (viaRoles), else undefined. */
  via?: Cypher.Variable;
}

const ORDER = (r: Cypher.Variable): [Cypher.Expr, 'ASC'][] => [
  [r.property('sortMs'), 'ASC'],
  [r.property('key'), 'ASC'],
];

function pattern(from: Cypher.Variable, r: Cypher.Relationship, to: Cypher.Node, dir: Dir) {
  const direction = dir === 'out' ? 'right' : dir === 'in' ? 'left' : 'undirected';
  return new Cypher.Pattern(from).related(r, { type: 'REL', direction }).to(to, { labels: ['Entity'] });
}

/** Predicates on endpoints that are not the anchor. */
function endpointPredicates(f: RelationshipFilter, a: Cypher.Variable, b: Cypher.Variable, anchoredOn: 'source' | 'target' | 'involving' | 'each'): Cypher.Predicate | undefined {
  return Cypher.and(
    f.source !== null && anchoredOn !== 'source' ? Cypher.eq(a.property('key'), P.source) : undefined,
    f.target !== null && anchoredOn !== 'source' && anchoredOn !== 'target' ? Cypher.eq(b.property('key'), P.target) : undefined,
    f.target !== null && anchoredOn === 'source' ? Cypher.eq(b.property('key'), P.target) : undefined,
    f.involving?.length && anchoredOn !== 'involving' ? Cypher.or(Cypher.in(a.property('key'), P.involving), Cypher.in(b.property('key'), P.involving)) : undefined,
  );
}

/** Relationships at an anchor entity x (already matched), with the filter applied. */
function matchAnchored(x: Cypher.Variable, dir: Dir, f: RelationshipFilter, anchoredOn: 'source' | 'target' | 'involving' | 'each', cursor: boolean): Matched {
  const r = new Cypher.Relationship();
  const o = new Cypher.Node();
  const a = new Cypher.Variable();
  const b = new Cypher.Variable();
  const where = (extra?: Cypher.Predicate) =>
    Cypher.and(relationshipPredicate(r, f), endpointPredicates(f, a, b, anchoredOn), cursor ? afterCursor(r) : undefined, extra);
  if (!f.viaRoles) {
    const clause = Cypher.utils.concat(
      new Cypher.Match(pattern(x, r, o, dir)),
      new Cypher.With(r, [Cypher.startNode(r), a], [Cypher.endNode(r), b]).where(where()),
      ...(anchoredOn === 'involving' ? [new Cypher.With(r, a, b).distinct()] : []),
    );
    return { clause, r, a, b };
  }
  // The organisation's side: itself and its parts (PART_OF, up to three levels), and whoever held
  // a role (HOLDS_ROLE) in one of them when they acted. `through` is what makes an act count.
  const part = new Cypher.Node();
  const q = new Cypher.Relationship();
  const parts = new Cypher.Variable();
  const org = new Cypher.Variable();
  const m = new Cypher.Node();
  const role = new Cypher.Relationship();
  const chain = new Cypher.Variable();
  const partOf = Cypher.and(Cypher.eq(q.property('type'), new Cypher.Literal('PART_OF')), isVisible(q), Cypher.isNull(q.property('retracted')));
  const partPaths = new Cypher.QuantifiedPath(
    new Cypher.Pattern(part, { labels: ['Entity'] }),
    new Cypher.Pattern(new Cypher.Node()).related(q, { type: 'REL', direction: 'right' }).to(new Cypher.Node()).where(partOf).quantifier({ min: 1, max: 3 }),
    new Cypher.Pattern(x),
  );
  const k = new Cypher.Variable();
  const self = new Cypher.Return([org, m], [Cypher.Null, role]);
  const holders = new Cypher.Match(new Cypher.Pattern(m, { labels: ['Entity'] }).related(role, { type: 'REL', direction: 'right' }).to(org))
    .where(Cypher.and(Cypher.eq(role.property('type'), new Cypher.Literal('HOLDS_ROLE')), isVisible(role), Cypher.isNull(role.property('retracted'))))
    .return(m, role);
  const members = Cypher.utils.concat(
    new Cypher.OptionalMatch(partPaths),
    new Cypher.With(x, [
      Cypher.collect(new Cypher.Case().when(Cypher.isNull(part)).then(Cypher.Null).else(new Cypher.Map({ org: part, chain: new Cypher.ListComprehension(k).in(q).map(k.property('key')) }))),
      parts,
    ]),
    new Cypher.Unwind([Cypher.plus(new Cypher.List([new Cypher.Map({ org: x, chain: new Cypher.List([]) })]), parts), chain]),
    new Cypher.With([chain.property('org'), org], [chain.property('chain'), chain]),
    new Cypher.Call(new Cypher.Union(self, holders).all(), [org]),
    new Cypher.Return(m, role, chain),
  );
  const through = new Cypher.Variable();
  const via = new Cypher.Variable();
  const clause = Cypher.utils.concat(
    new Cypher.Call(members, [x]),
    new Cypher.Match(pattern(m, r, o, dir)),
    new Cypher.With(r, role, chain, [Cypher.startNode(r), a], [Cypher.endNode(r), b]).where(
      where(Cypher.or(Cypher.isNull(role), Cypher.and(roleCovers(role, r), Cypher.neq(r, role)))),
    ),
    new Cypher.With(r, a, b, [
      Cypher.collect(Cypher.plus(chain, new Cypher.Case().when(Cypher.isNull(role)).then(new Cypher.List([])).else(new Cypher.List([role.property('key')])))),
      through,
    ]),
    new Cypher.With(r, a, b, [Cypher.head(through), via]),
  );
  return { clause, r, a, b, via };
}

/** The UNION branches of a global page: each served by one index in (sortMs, key) order. */
function globalBranches(f: RelationshipFilter, cursor: boolean, limit: boolean): { clause: Cypher.Clause; vars: [Cypher.Variable, Cypher.Variable, Cypher.Variable] } {
  const r = new Cypher.Relationship();
  const a = new Cypher.Node();
  const b = new Cypher.Node();
  const cats = f.categories?.length ?? 0;
  const byCategory = (i: number) => Cypher.eq(r.property('category'), categoryParam(i));
  // Each bucket fixes the leading properties of one composite index by equality (rel_bucket_sort,
  // rel_category_sort, rel_category_bucket_sort); ordering by them too, before (sortMs, key), is
  // what lets Neo4j read the index in order and stop at $limit. Ordered by (sortMs, key) alone, it
  // read every row of the bucket's range and sorted them: a window's cost then grew with the
  // density of the graph (bench:scale h: 8,321 db hits at 10k entities, 57,510 at 100k). A
  // window's buckets are those of model/window-buckets.ts, each read from its own first start.
  const buckets: { where: Cypher.Predicate | undefined; lead: Cypher.Expr[] }[] = [];
  const categoryLead = (c: Cypher.Predicate | undefined) => (c ? [r.property('category')] : []);
  if (hasWindow(f)) {
    const perCategory = cats > 0 && cats <= 3 ? Array.from({ length: cats }, (_, i) => byCategory(i)) : [undefined];
    for (const c of perCategory) {
      for (const b of WINDOW_BUCKETS) {
        buckets.push({
          where: Cypher.and(
            c,
            Cypher.eq(r.property('whenBucket'), new Cypher.Literal(b.id)),
            f.window.fromMs !== null ? Cypher.gte(r.property('sortMs'), bucketParam(b)) : undefined,
            f.window.toMs !== null ? Cypher.lte(r.property('sortMs'), P.toMs) : undefined,
          ),
          lead: [...categoryLead(c), r.property('whenBucket')],
        });
      }
      if (f.window.includeUndated) buckets.push({ where: Cypher.and(c, Cypher.eq(r.property('sortMs'), new Cypher.Literal(UNDATED_SORT))), lead: categoryLead(c) });
    }
  } else if (cats > 0) {
    for (let i = 0; i < cats; i++) buckets.push({ where: byCategory(i), lead: [r.property('category')] });
  } else {
    buckets.push({ where: undefined, lead: [] });
  }
  // Every REL has sortMs and key (model/stored-records.ts), so these predicates drop nothing. They
  // let the planner use a composite index at all: Neo4j reads a composite range index only when
  // each of its properties has a predicate, later ones at least IS NOT NULL. With them a branch is
  // an index seek (or, unfiltered, an index scan) in (sortMs, key) order that stops at $limit;
  // without them it expands every relationship of every entity and sorts (bench/scale: 498,165
  // db hits for the first 50 of 50k relationships, 1,378 with them). A window's buckets bound
  // sortMs already.
  const indexed = Cypher.and(hasWindow(f) ? undefined : Cypher.isNotNull(r.property('sortMs')), Cypher.isNotNull(r.property('key')));
  const branch = (bucket: { where: Cypher.Predicate | undefined; lead: Cypher.Expr[] }) => {
    const ret = new Cypher.Match(new Cypher.Pattern(a, { labels: ['Entity'] }).related(r, { type: 'REL', direction: 'right' }).to(b, { labels: ['Entity'] }))
      .where(Cypher.and(relationshipPredicate(r, f), bucket.where, indexed, cursor ? afterCursor(r) : undefined))
      .return(r, a, b);
    return limit ? ret.orderBy(...bucket.lead.map((e): [Cypher.Expr, 'ASC'] => [e, 'ASC']), ...ORDER(r)).limit(P.limit) : ret;
  };
  const clause = buckets.length === 1 ? branch(buckets[0]!) : new Cypher.Union(...buckets.map(branch)).all();
  return { clause, vars: [r, a, b] };
}

/** Which entity a non-batched page is anchored on, if any. */
function anchorOf(f: RelationshipFilter): { param: Cypher.Param; dir: Dir; on: 'source' | 'target' } | { on: 'involving' } | null {
  if (f.source !== null) return { param: P.source, dir: 'out', on: 'source' };
  if (f.target !== null) return { param: P.target, dir: 'in', on: 'target' };
  if (f.involving?.length) return { on: 'involving' };
  return null;
}

/** page/ends/docLists from matched rows, ordered and cut. */
function pageTail(m: Matched, spec: PageSpec, page: Cypher.Variable, ends: Cypher.Variable, docLists: Cypher.Variable): Cypher.Clause {
  const { r, a, b } = m;
  const extra: Record<string, Cypher.Expr> = {};
  if (m.via) extra.via = m.via;
  if (spec.filter.asOfMs !== null) {
    const k = new Cypher.Variable();
    // Under knowledge time, evidence from documents published later is not served.
    extra.evKnown = new Cypher.ListComprehension(k).in(r.property('evDocs')).where(knownDoc(k));
  }
  return Cypher.utils.concat(
    new Cypher.With(r, a, b, ...(m.via ? [m.via] : [])).orderBy(...ORDER(r)).limit(P.limit),
    new Cypher.Return(
      [Cypher.collect(relationshipRow(r, a, b, spec.projection, extra)), page],
      [Cypher.plus(Cypher.collect(a), Cypher.collect(b)), ends],
      [Cypher.collect(r.property('evDocs')), docLists],
    ),
  );
}

function knownDoc(k: Cypher.Variable): Cypher.Predicate {
  const d = new Cypher.Node();
  return new Cypher.Exists(
    new Cypher.Match(new Cypher.Pattern(d, { labels: ['Document'], properties: { key: k } })).where(Cypher.and(Cypher.lte(d.property('publishedEndMs'), P.asOfMs), anchorExists(d))),
  );
}

function build(spec: PageSpec): string {
  const f = spec.filter;
  const page = new Cypher.Variable();
  const ends = new Cypher.Variable();
  const docLists = new Cypher.Variable();
  const total = new Cypher.Variable();
  const entities = new Cypher.Variable();
  const documents = new Cypher.Variable();
  const clauses: Cypher.Clause[] = [];
  const returns: [Cypher.Expr, string | Cypher.Variable][] = [];

  // Every named entity must exist: counted here so that no separate existence check is needed.
  const mentioned = [f.source, f.target].filter((k) => k !== null).length + (f.involving?.length ? 1 : 0);
  if (mentioned > 0) {
    const e = new Cypher.Node();
    const found = new Cypher.Variable();
    const keys = Cypher.plus(
      new Cypher.List([...(f.source !== null ? [P.source] : []), ...(f.target !== null ? [P.target] : [])]),
      f.involving?.length ? P.involving : new Cypher.List([]),
    );
    clauses.push(
      new Cypher.Call(
        new Cypher.Match(new Cypher.Pattern(e, { labels: ['Entity'] }))
          .where(Cypher.and(Cypher.in(e.property('key'), keys), anchorExists(e)))
          .return([Cypher.collect(e.property('key')), found]),
        [],
      ),
    );
    returns.push([found, 'found']);
  }

  if (spec.batched) {
    const k = new Cypher.Variable();
    const x = new Cypher.Node();
    clauses.push(
      new Cypher.Unwind([P.keys, k]),
      new Cypher.OptionalMatch(new Cypher.Pattern(x, { labels: ['Entity'], properties: { key: k } })).where(anchorExists(x)),
    );
    if (spec.withTotal) {
      const m = matchAnchored(x, 'both', f, 'each', false);
      clauses.push(new Cypher.Call(Cypher.utils.concat(m.clause, new Cypher.Return([Cypher.count(m.r), total])), [x]));
    }
    const m = matchAnchored(x, 'both', f, 'each', spec.withCursor);
    clauses.push(new Cypher.Call(Cypher.utils.concat(m.clause, pageTail(m, spec, page, ends, docLists)), [x]));
    returns.push([k, 'key'], [new Cypher.Case().when(Cypher.isNull(x)).then(Cypher.Null).else(entityRow(x, spec.projection.entity ?? [])), 'anchor']);
  } else {
    const anchor = anchorOf(f);
    const matched = (cursor: boolean): { clause: Cypher.Clause; m: Matched } => {
      if (anchor === null) {
        const g = globalBranches(f, cursor, true);
        const [r, a, b] = g.vars;
        return { clause: new Cypher.Call(g.clause, []), m: { clause: g.clause, r, a, b } };
      }
      const x = new Cypher.Node();
      if (anchor.on === 'involving') {
        const k = new Cypher.Variable();
        const m = matchAnchored(x, 'both', f, 'involving', cursor);
        return {
          clause: Cypher.utils.concat(new Cypher.Unwind([P.involving, k]), new Cypher.Match(new Cypher.Pattern(x, { labels: ['Entity'], properties: { key: k } })), m.clause),
          m,
        };
      }
      const m = matchAnchored(x, anchor.dir, f, anchor.on, cursor);
      return { clause: Cypher.utils.concat(new Cypher.Match(new Cypher.Pattern(x, { labels: ['Entity'], properties: { key: anchor.param } })), m.clause), m };
    };
    if (spec.withTotal) {
      if (anchor === null) {
        const g = globalBranches(f, false, false);
        clauses.push(new Cypher.Call(Cypher.utils.concat(new Cypher.Call(g.clause, []), new Cypher.Return([Cypher.count(g.vars[0]), total])), []));
      } else {
        const { clause, m } = matched(false);
        clauses.push(new Cypher.Call(Cypher.utils.concat(clause, new Cypher.Return([Cypher.count(m.r), total])), []));
      }
    }
    const { clause, m } = matched(spec.withCursor);
    clauses.push(new Cypher.Call(Cypher.utils.concat(clause, pageTail(m, spec, page, ends, docLists)), []));
  }

  if (spec.withTotal) returns.push([total, 'total']);
  returns.push([page, 'page']);
  if (spec.projection.entity) {
    clauses.push(entitySideTable(ends, spec.projection.entity, entities));
    returns.push([entities, 'entities']);
  }
  if (spec.projection.document) {
    clauses.push(documentSideTable(docLists, spec.projection.document, documents));
    returns.push([documents, 'documents']);
  }
  clauses.push(new Cypher.Return(...returns));
  return Cypher.utils.concat(...clauses).build().cypher;
}

const cached = textCache();

/** The statement text for a page of this shape, built once. */
export function relationshipPageText(spec: PageSpec): string {
  const id = [filterShape(spec.filter), spec.batched, spec.withTotal, spec.withCursor, projectionShape(spec.projection)].join('|');
  return cached(id, () => build(spec));
}
