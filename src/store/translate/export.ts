import Cypher from '@neo4j/cypher-builder';
import { P } from './params.js';
import { entityRow } from './projection.js';
import { endpointBranches, filterShape, relationshipPredicate, type RelationshipFilter } from './relationship-filter.js';
import { anchorExists } from './visibility.js';
import { clauseCache } from './text-cache.js';

/**
 * The exports read through the same relationship filter as the API: one rule for windows,
 * knowledge time and endpoints, so an export and a GraphQL answer with the same filters agree.
 */

/** Export statements (this module's and export-tables.ts'), built once per shape. */
export const cachedText = clauseCache();

/**
 * Under knowledge time, the documents of x's evidence (evDocs) that were published by $asOfMs:
 * evidence from a later document is not served (see evidence in src/store/export-store.ts).
 */
export function knownDocuments(x: Cypher.Variable): Cypher.Expr {
  const k = new Cypher.Variable();
  const d = new Cypher.Node();
  return new Cypher.ListComprehension(k)
    .in(x.property('evDocs'))
    .where(new Cypher.Exists(new Cypher.Match(new Cypher.Pattern(d, { labels: ['Document'], properties: { key: k } })).where(Cypher.and(Cypher.lte(d.property('publishedEndMs'), P.asOfMs), anchorExists(d)))));
}

/**
 * The selected relationships in timeline order. With endpoints named (involving), one UNION
 * branch per end, each started from the key index, so the cost follows those entities' degree.
 */
export function exportEdgesText(f: RelationshipFilter): string {
  return cachedText(`edges|${filterShape(f)}`, () => {
    const r = new Cypher.Relationship();
    const a = new Cypher.Node();
    const b = new Cypher.Node();
    const matchWhere = (ends: Cypher.Predicate | undefined) =>
      new Cypher.Match(new Cypher.Pattern(a, { labels: ['Entity'] }).related(r, { type: 'REL', direction: 'right' }).to(b, { labels: ['Entity'] })).where(
        Cypher.and(relationshipPredicate(r, f), ends),
      );
    const branches = endpointBranches(f, a, b);
    const head = branches.length === 1 ? matchWhere(branches[0]) : new Cypher.Call(new Cypher.Union(...branches.map((e) => matchWhere(e).return(r, a, b))), []);
    const row = new Cypher.MapProjection(r, '*', { source: a.property('key'), target: b.property('key') });
    if (f.asOfMs !== null) row.set({ evKnown: knownDocuments(r) });
    return Cypher.utils.concat(
      head,
      new Cypher.Return([row, 'rel']).orderBy([r.property('sortMs'), 'ASC'], [r.property('key'), 'ASC']),
    );
  });
}

/** Entities as of $v: every one, or those with the given keys. */
export function exportNodesText(byKeys: boolean, props: readonly string[]): string {
  return cachedText(`nodes|${byKeys}|${props.join(',')}`, () => {
    const n = new Cypher.Node();
    return new Cypher.Match(new Cypher.Pattern(n, { labels: ['Entity'] }))
      .where(Cypher.and(anchorExists(n), byKeys ? Cypher.in(n.property('key'), P.keys) : undefined))
      .return([entityRow(n, props), 'entity'], [Cypher.labels(n), 'labels'])
      .orderBy([n.property('key'), 'ASC']);
  });
}
