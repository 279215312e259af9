import Cypher from '@neo4j/cypher-builder';
import { KIND_LABELS } from '../../model/seed-schema.js';
import { clauseCache } from './text-cache.js';

/**
 * Statements on anchors (entities and documents), built per label from the known set. A label
 * given as a parameter ($(…)) would keep Neo4j from using the key index and scan every node.
 */
export type AnchorLabel = 'Entity' | 'Document';

const cached = clauseCache();

const v = new Cypher.NamedParam('v');
const via = new Cypher.NamedParam('via');
const rowsParam = new Cypher.NamedParam('rows');
const keysParam = new Cypher.NamedParam('keys');

/** Keys, content hashes and origins of every anchor with the label, or of those with the given $keys. */
export function currentAnchorsText(label: AnchorLabel, keyed = false): string {
  return cached(`current|${label}|${keyed}`, () => {
    const n = new Cypher.Node();
    const k = new Cypher.Variable();
    const match = keyed
      ? Cypher.utils.concat(new Cypher.Unwind([keysParam, k]), new Cypher.Match(new Cypher.Pattern(n, { labels: [label], properties: { key: k } })))
      : new Cypher.Match(new Cypher.Pattern(n, { labels: [label] }));
    return Cypher.utils.concat(match, new Cypher.Return(
      [n.property('key'), 'key'],
      [n.property('h'), 'h'],
      [n.property('origin'), 'origin'],
      [n.property('editedVia'), 'editedVia'],
      [Cypher.isNotNull(n.property('txTo')), 'retired'],
    ));
  });
}

/** The stored properties of some anchors (text left out), for the before/after of change records. */
export function anchorPropsText(label: AnchorLabel): string {
  return cached(`props|${label}`, () => {
    const k = new Cypher.Variable();
    const n = new Cypher.Node();
    return Cypher.utils.concat(
      new Cypher.Unwind([keysParam, k]),
      new Cypher.Match(new Cypher.Pattern(n, { labels: [label], properties: { key: k } })),
      new Cypher.Return([k, 'key'], [new Cypher.MapProjection(n, '*', { text: Cypher.Null }), 'props']),
    );
  });
}

/**
 * Creates anchors, or archives each one's current state as a (:State)-[:STATE_OF]->(anchor) and
 * writes the new state in place: identity, creation version and origin stay, the change count
 * grows. For entities the kind label follows the record's kind.
 */
export function upsertAnchorsText(label: AnchorLabel): string {
  return cached(`upsert|${label}`, () => {
    const row = new Cypher.Variable();
    const n = new Cypher.Node();
    const s = new Cypher.Node();
    const createdTx = new Cypher.Variable();
    const origin = new Cypher.Variable();
    const version = new Cypher.Variable();
    const archive = new Cypher.Call(
      Cypher.utils.concat(
        new Cypher.With(n).where(Cypher.isNotNull(n.property('txFrom'))),
        new Cypher.Create(new Cypher.Pattern(s, { labels: ['State'] }).related({ type: 'STATE_OF', direction: 'right' }).to(n))
          .set([s, '+=', n], [s.property('txTo'), v])
          .remove(s.property('text')),
      ),
      [n],
    );
    const relabel =
      label === 'Entity'
        ? [
            new Cypher.With(n, row).remove(...KIND_LABELS.map((l) => n.label(l))).set(n.label(row.property('label'))),
          ]
        : [];
    return Cypher.utils.concat(
      new Cypher.Unwind([rowsParam, row]),
      new Cypher.Merge(new Cypher.Pattern(n, { labels: [label], properties: { key: row.property('key') } })).onCreateSet(
        [n.property('createdTx'), v],
        [n.property('origin'), via],
        [n.property('version'), new Cypher.Literal(0)],
      ),
      new Cypher.With(n, row),
      archive,
      new Cypher.With(n, row, [n.property('createdTx'), createdTx], [n.property('origin'), origin], [n.property('version'), version]).set(
        [n, row.property('props')],
      ),
      new Cypher.With(n, row, createdTx, origin, version).set(
        [n.property('h'), row.property('h')],
        [n.property('txFrom'), v],
        [n.property('createdTx'), createdTx],
        [n.property('origin'), origin],
        [n.property('editedVia'), via],
        [n.property('version'), Cypher.plus(version, new Cypher.Literal(1))],
      ),
      ...relabel,
      new Cypher.Return([Cypher.count(n), 'n']),
    );
  });
}

/**
 * What upsertAnchorsText leaves on an anchor it creates at version v, besides the record's own
 * properties; the bulk import (store/bulk-records.ts) writes the same, and
 * tests/integration/bulk-import.test.ts compares the two.
 */
export function createdAnchorBookkeeping(h: string, v: number, via: string) {
  return { h, txFrom: v, createdTx: v, origin: via, editedVia: via, version: 1 };
}

/** Anchors that are gone from version $v on (their past states stay readable). */
export function retireAnchorsText(label: AnchorLabel): string {
  return cached(`retire|${label}`, () => {
    const k = new Cypher.Variable();
    const n = new Cypher.Node();
    return Cypher.utils.concat(
      new Cypher.Unwind([keysParam, k]),
      new Cypher.Match(new Cypher.Pattern(n, { labels: [label], properties: { key: k } }))
        .where(Cypher.isNull(n.property('txTo')))
        .set([n.property('txTo'), v], [n.property('version'), Cypher.plus(Cypher.coalesce(n.property('version'), new Cypher.Literal(0)), new Cypher.Literal(1))]),
      new Cypher.Return([Cypher.count(n), 'n']),
    );
  });
}
