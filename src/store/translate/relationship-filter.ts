import Cypher from '@neo4j/cypher-builder';
import { bucketStartMs, WINDOW_BUCKETS } from '../../model/window-buckets.js';
import { P } from './params.js';
import { anchorExists, isVisible } from './visibility.js';

/**
 * The one relationship filter. Every read that selects relationships (pages, pressures, timeline,
 * Entity.relationships, neighbourhood, paths, exports) builds its predicate here, so a rule such as
 * the time window or knowledge time is written once. Only the parts a filter uses become Cypher:
 * no `$x IS NULL OR …` guards, which would keep the planner from using an index. Values are always
 * parameters (see filterParams); the shape alone decides the statement text, which is cached.
 */

export interface Window {
  /** Epoch ms of the window's first instant, or null for open. */
  fromMs: number | null;
  toMs: number | null;
  includeUndated: boolean;
}

export interface RelationshipFilter {
  types: string[] | null;
  categories: string[] | null;
  statuses: string[] | null;
  /** Entity keys; the side of an organisation when `viaRoles`. */
  source: string | null;
  target: string | null;
  involving: string[] | null;
  window: Window | null;
  /** Knowledge time: only relationships with evidence from a document published by then. */
  asOfMs: number | null;
  includeRetracted: boolean;
  /** Count the acts of people holding a role in an anchor organisation at the time as the organisation's. */
  viaRoles: boolean;
}

export const NO_FILTER: RelationshipFilter = {
  types: null,
  categories: null,
  statuses: null,
  source: null,
  target: null,
  involving: null,
  window: null,
  asOfMs: null,
  includeRetracted: false,
  viaRoles: false,
};

const nonEmpty = (v: string[] | null): v is string[] => v !== null && v.length > 0;

export function hasWindow(f: RelationshipFilter): f is RelationshipFilter & { window: Window } {
  return f.window !== null && (f.window.fromMs !== null || f.window.toMs !== null);
}

/** What decides the statement text; two filters with the same shape share one cached statement. */
export function filterShape(f: RelationshipFilter): string {
  const w = hasWindow(f) ? `${f.window.fromMs !== null ? 'f' : ''}${f.window.toMs !== null ? 't' : ''}${f.window.includeUndated ? 'u' : ''}` : '';
  return [
    nonEmpty(f.types) ? 'ty' : '',
    nonEmpty(f.categories) ? `c${f.categories.length}` : '',
    nonEmpty(f.statuses) ? 'st' : '',
    f.source !== null ? 's' : '',
    f.target !== null ? 'g' : '',
    nonEmpty(f.involving) ? 'i' : '',
    w ? `w${w}` : '',
    f.asOfMs !== null ? 'k' : '',
    f.includeRetracted ? 'r' : '',
    f.viaRoles ? 'v' : '',
  ].join('.');
}

/** Parameter values for a filter; names match the NamedParams in P. */
export function filterParams(f: RelationshipFilter): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  if (nonEmpty(f.types)) params.types = f.types;
  if (nonEmpty(f.categories)) {
    params.categories = f.categories;
    f.categories.forEach((c, i) => (params[`category${i}`] = c));
  }
  if (nonEmpty(f.statuses)) params.statuses = f.statuses;
  if (f.source !== null) params.source = f.source;
  if (f.target !== null) params.target = f.target;
  if (nonEmpty(f.involving)) params.involving = f.involving;
  if (hasWindow(f)) {
    if (f.window.fromMs !== null) {
      params.fromMs = f.window.fromMs;
      for (const b of WINDOW_BUCKETS) params[b.param] = bucketStartMs(b, f.window.fromMs);
    }
    if (f.window.toMs !== null) params.toMs = f.window.toMs;
  }
  if (f.asOfMs !== null) params.asOfMs = f.asOfMs;
  return params;
}

/** The time-window rule: [when.start, when.end] overlaps [from, to]; undated only on request. */
export function windowPredicate(r: Cypher.Variable, w: Window): Cypher.Predicate {
  const start = r.property('whenStartMs');
  const dated = Cypher.and(
    Cypher.isNotNull(start),
    w.fromMs !== null ? Cypher.gte(r.property('whenEndMs'), P.fromMs) : undefined,
    w.toMs !== null ? Cypher.lte(start, P.toMs) : undefined,
  )!;
  return w.includeUndated ? Cypher.or(dated, Cypher.isNull(start))! : dated;
}

/** Knowledge time: some evidence comes from a document published (to the end of its date) by asOf. */
export function knownPredicate(r: Cypher.Variable): Cypher.Predicate {
  const d = new Cypher.Node();
  return new Cypher.Exists(
    new Cypher.Match(new Cypher.Pattern(d, { labels: ['Document'] })).where(
      Cypher.and(Cypher.in(d.property('key'), r.property('evDocs')), Cypher.lte(d.property('publishedEndMs'), P.asOfMs), anchorExists(d)),
    ),
  );
}

/** Everything about the relationship itself; endpoints are matched by the caller (anchored or not). */
export function relationshipPredicate(r: Cypher.Variable, f: RelationshipFilter): Cypher.Predicate {
  return Cypher.and(
    isVisible(r),
    f.includeRetracted ? undefined : Cypher.isNull(r.property('retracted')),
    nonEmpty(f.types) ? Cypher.in(r.property('type'), P.types) : undefined,
    nonEmpty(f.categories) ? Cypher.in(r.property('category'), P.categories) : undefined,
    nonEmpty(f.statuses) ? Cypher.in(r.property('status'), P.statuses) : undefined,
    hasWindow(f) ? windowPredicate(r, f.window) : undefined,
    f.asOfMs !== null ? knownPredicate(r) : undefined,
  )!;
}

/**
 * The endpoint rule (source, target, involving: either end) for a match that binds both ends,
 * given as alternatives: the relationship qualifies when any one holds. Each alternative pins one
 * end to keys, so it can be a UNION branch the key index serves; [undefined] when no end is named.
 */
export function endpointBranches(f: RelationshipFilter, a: Cypher.Variable, b: Cypher.Variable): (Cypher.Predicate | undefined)[] {
  const fixed = Cypher.and(
    f.source !== null ? Cypher.eq(a.property('key'), P.source) : undefined,
    f.target !== null ? Cypher.eq(b.property('key'), P.target) : undefined,
  );
  if (!nonEmpty(f.involving)) return [fixed];
  return [Cypher.and(fixed, Cypher.in(a.property('key'), P.involving)), Cypher.and(fixed, Cypher.in(b.property('key'), P.involving))];
}

/** Keyset position: strictly after (afterSort, afterKey) in (sortMs, key) order. */
export function afterCursor(r: Cypher.Variable): Cypher.Predicate {
  return Cypher.or(
    Cypher.gt(r.property('sortMs'), P.afterSort),
    Cypher.and(Cypher.eq(r.property('sortMs'), P.afterSort), Cypher.gt(r.property('key'), P.afterKey)),
  )!;
}

/**
 * A role (HOLDS_ROLE) covers an act when the act falls within it: an act before the role began or
 * after it ended is the person's own. A role's start that is only estimated (the earliest date a
 * source shows the person in it) does not bound it. An undated act counts only for an open role.
 */
export function roleCovers(role: Cypher.Variable, act: Cypher.Variable): Cypher.Predicate {
  return Cypher.and(
    Cypher.or(
      Cypher.isNull(role.property('whenStartMs')),
      Cypher.eq(role.property('whenEstimated'), Cypher.true),
      Cypher.lte(role.property('whenStartMs'), act.property('whenEndMs')),
    ),
    Cypher.or(Cypher.isNull(role.property('untilEndMs')), Cypher.gte(role.property('untilEndMs'), act.property('whenStartMs'))),
  )!;
}
