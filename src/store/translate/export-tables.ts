import Cypher from '@neo4j/cypher-builder';
import { cachedText, knownDocuments } from './export.js';
import { P } from './params.js';
import { documentRow } from './projection.js';
import { hasWindow, knownPredicate, windowPredicate, type RelationshipFilter } from './relationship-filter.js';
import { anchorExists, isVisible } from './visibility.js';

/**
 * The exports' tables besides the graph: documents, entity facts and disputed claims, as of $v.
 * Facts and claims are versioned rows (txFrom/txTo); documents and entities are anchors
 * (createdTx/txTo, earlier states archived). Time window and knowledge time are the relationship
 * filter's own rules, applied to the fact's `when` and to the evidence of facts and claims.
 */

/** Documents as of $v, oldest publication first: every one, or those with the given keys. */
export function exportDocumentsText(byKeys: boolean, props: readonly string[]): string {
  return cachedText(`documents|${byKeys}|${props.join(',')}`, () => {
    const d = new Cypher.Node();
    return new Cypher.Match(new Cypher.Pattern(d, { labels: ['Document'] }))
      .where(Cypher.and(anchorExists(d), byKeys ? Cypher.in(d.property('key'), P.keys) : undefined))
      .return([documentRow(d, props), 'document'])
      .orderBy([d.property('publishedStartMs'), 'ASC'], [d.property('key'), 'ASC']);
  });
}

/**
 * Facts of entities ($keys, or every entity), with the entity's key. A window keeps facts whose
 * `when` overlaps it; under asOf only facts with evidence published by then, as for relationships.
 */
export function exportFactsText(byKeys: boolean, f: RelationshipFilter): string {
  const shape = `${byKeys}|${hasWindow(f) ? `${f.window.fromMs !== null}${f.window.toMs !== null}${f.window.includeUndated}` : ''}|${f.asOfMs !== null}`;
  return cachedText(`facts|${shape}`, () => {
    const fact = new Cypher.Node();
    const e = new Cypher.Node();
    const row = new Cypher.MapProjection(fact, '*', { entity: e.property('key') });
    if (f.asOfMs !== null) row.set({ evKnown: knownDocuments(fact) });
    return new Cypher.Match(new Cypher.Pattern(fact, { labels: ['Fact'] }).related({ type: 'FACT_OF', direction: 'right' }).to(e, { labels: ['Entity'] }))
      .where(
        Cypher.and(
          isVisible(fact),
          anchorExists(e),
          byKeys ? Cypher.in(e.property('key'), P.keys) : undefined,
          hasWindow(f) ? windowPredicate(fact, f.window) : undefined,
          f.asOfMs !== null ? knownPredicate(fact) : undefined,
        ),
      )
      .return([row, 'fact'])
      .orderBy([e.property('key'), 'ASC'], [fact.property('key'), 'ASC']);
  });
}

/**
 * Disputes with their claims in order: every one, or those concerning $keys (entity or
 * relationship keys) as a subject or through a claim's relationships. Under asOf a claim counts
 * only with evidence published by then, and a dispute with no such claim is left out.
 */
export function exportDisputesText(byKeys: boolean, asOf: boolean): string {
  return cachedText(`disputes|${byKeys}|${asOf}`, () => {
    const d = new Cypher.Node();
    const c = new Cypher.Node();
    const s = new Cypher.Variable();
    const k = new Cypher.Variable();
    const c2 = new Cypher.Node();
    const claimOf = (claim: Cypher.Node) => new Cypher.Pattern(claim, { labels: ['Claim'] }).related({ type: 'CLAIM_OF', direction: 'right' }).to(d);
    const concerns = Cypher.or(
      Cypher.any(s, d.property('subjects'), Cypher.in(s, P.keys)),
      new Cypher.Exists(new Cypher.Match(claimOf(c2)).where(Cypher.and(isVisible(c2), Cypher.any(k, c2.property('relationships'), Cypher.in(k, P.keys))))),
    );
    const claims = new Cypher.Variable();
    const claimRow = new Cypher.MapProjection(c, '*');
    if (asOf) claimRow.set({ evKnown: knownDocuments(c) });
    return Cypher.utils.concat(
      new Cypher.Match(new Cypher.Pattern(d, { labels: ['Dispute'] })).where(Cypher.and(isVisible(d), byKeys ? concerns : undefined)),
      new Cypher.Call(
        new Cypher.Match(claimOf(c))
          .where(Cypher.and(isVisible(c), asOf ? knownPredicate(c) : undefined))
          .return(c)
          .orderBy([c.property('position'), 'ASC']),
        [d],
      ),
      new Cypher.With(d, [Cypher.collect(claimRow), claims]),
      new Cypher.Return([new Cypher.MapProjection(d, '*'), 'dispute'], [claims, 'claims']).orderBy([d.property('key'), 'ASC']),
    );
  });
}
