import { storedForm } from '../model/stored-records.js';
import type { GraphRows } from '../seed/graph-rows.js';
import type { Props } from '../model/stored-temporal.js';
import { SEED_VIA, type ChangedCounts } from './seed-writer.js';
import { createdAnchorBookkeeping } from './translate/anchor-writes.js';

/**
 * Stored rows as the bulk import writes them: every node and relationship with its labels or type
 * and all its properties, bookkeeping included, exactly as writeSeedGraph (history 'summary',
 * scope 'part') would leave them in an empty graph at version BULK_VERSION. Pure.
 */

/** The version a bulk import is: the first, since the importer only fills an empty database. */
export const BULK_VERSION = 1;

/** Node id spaces: keys are unique per anchor label, and relationships name their ends by key. */
export type IdSpace = 'Entity' | 'Document';

export interface BulkNode {
  space: IdSpace;
  key: string;
  /** Every label, the id space's first. */
  labels: string[];
  /** Properties besides the key. */
  props: Props;
}

export interface BulkRelationship {
  type: 'REL' | 'MENTIONS';
  start: { space: IdSpace; key: string };
  end: { space: IdSpace; key: string };
  props: Props;
}

export class BulkImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BulkImportError';
  }
}

/**
 * The row's properties and its bookkeeping in one new object, absent values dropped, as are the
 * lists the importer cannot write: an empty one, or one holding only empty strings (it reads ['']
 * as an empty list and skips it). GraphRows leave those out already (storedForm), so this only
 * makes a hand-made row store the same. One pass: it runs for every row of a million-entity load.
 */
function storable(props: Props, bookkeeping: Props, omit?: string): Props {
  const out: Props = {};
  for (const name in props) {
    const value = props[name];
    if (value !== null && value !== undefined && name !== omit) out[name] = value;
  }
  Object.assign(out, bookkeeping);
  return storedForm(out);
}

function anchor(space: IdSpace, label: string | null, row: GraphRows['entities'][number]): BulkNode {
  const key = row.props.key;
  if (key !== row.key) throw new BulkImportError(`${space} ${row.key}: its key property is ${JSON.stringify(key)}`);
  return { space, key: row.key, labels: label ? [space, label] : [space], props: storable(row.props, createdAnchorBookkeeping(row.h, BULK_VERSION, SEED_VIA), 'key') };
}

/** One part's nodes and relationships; facts and disputes are refused (the transactional loader takes them). */
export function bulkRecords(rows: GraphRows): { nodes: BulkNode[]; relationships: BulkRelationship[] } {
  if (rows.facts.length || rows.disputes.length) {
    throw new BulkImportError(`the bulk import takes entities, documents, relationships and mentions; load the ${rows.facts.length} facts and ${rows.disputes.length} disputes through the transactional loader (npm run seed) after it`);
  }
  const nodes = [...rows.documents.map((d) => anchor('Document', null, d)), ...rows.entities.map((e) => anchor('Entity', e.label, e))];
  // As cypher/write/write-relationships.cypher and write-mentions.cypher create them at version v.
  const relationships: BulkRelationship[] = [
    ...rows.relationships.map((r) => ({
      type: 'REL' as const,
      start: { space: 'Entity' as const, key: r.source },
      end: { space: 'Entity' as const, key: r.target },
      props: storable(r.props, { h: r.h, txFrom: BULK_VERSION, origin: SEED_VIA, editedVia: SEED_VIA }),
    })),
    ...rows.mentions.map((m) => ({
      type: 'MENTIONS' as const,
      start: { space: 'Document' as const, key: m.doc },
      end: { space: 'Entity' as const, key: m.entity },
      props: { via: m.via, origin: SEED_VIA, txFrom: BULK_VERSION },
    })),
  ];
  return { nodes, relationships };
}

/** What a part adds to the version's summary change (the counts writeSeedGraph reports as `changed`). */
export function addChanged(into: ChangedCounts, rows: GraphRows): void {
  into.documents += rows.documents.length;
  into.entities += rows.entities.length;
  into.relationships += rows.relationships.length;
  into.mentions += rows.mentions.length;
}
