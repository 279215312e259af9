import { sliceQuote } from '../model/stored-evidence.js';
import { claimProps, disputeProps, documentProps, entityProps, factProps, relationshipProps, storedForm, storedRow } from '../model/stored-records.js';
import type { Props } from '../model/stored-temporal.js';
import { NEO4J_LABELS } from '../model/seed-schema.js';
import type { Seed } from './read-seed.js';
import type { SourceText } from './source-texts.js';

export interface AnchorRow {
  key: string;
  /** Kind label for entities; null for documents. */
  label: string | null;
  props: Props;
  h: string;
}
export interface RelationshipRow {
  key: string;
  source: string;
  target: string;
  props: Props;
  h: string;
}
export interface MentionRow {
  doc: string;
  entity: string;
  via: string;
}
export interface FactRow {
  entity: string;
  props: Props;
  h: string;
}
export interface DisputeRow {
  props: Props;
  claims: Props[];
  subjects: string[];
  h: string;
}

export interface GraphRows {
  documents: AnchorRow[];
  entities: AnchorRow[];
  relationships: RelationshipRow[];
  mentions: MentionRow[];
  facts: FactRow[];
  disputes: DisputeRow[];
}

/**
 * The whole seed as rows to store, through the one property mapping (model/stored-records.ts).
 * Quotes are cut here from the texts, when given. Pure: tested without a database.
 */
export function toGraphRows(seed: Seed, texts: SourceText[] | null): GraphRows {
  const textByDoc = new Map(texts?.map((t) => [t.key, t.text]));
  const quoteOf = (doc: string, start: number, end: number) => sliceQuote(textByDoc.get(doc), start, end);
  const documents = seed.documents.map((d) => {
    const props = documentProps(d, textByDoc.get(d.key) ?? null);
    return { key: d.key, label: null, ...storedRow(props) };
  });
  const entities = seed.entities.map((e) => {
    const props = entityProps(e, quoteOf);
    return { key: e.key, label: NEO4J_LABELS[e.kind], ...storedRow(props) };
  });
  const relationships = seed.relationships.map((r) => {
    const props = relationshipProps(r, quoteOf);
    return { key: r.key, source: r.source, target: r.target, ...storedRow(props, { source: r.source, target: r.target }) };
  });

  const mentions = new Map<string, MentionRow>();
  const mention = (doc: string, entity: string, via: string) => {
    const id = `${doc}\u0000${entity}`;
    if (!mentions.has(id)) mentions.set(id, { doc, entity, via });
  };
  for (const r of seed.relationships) {
    for (const ev of r.evidence) {
      mention(ev.doc, r.source, 'evidence');
      mention(ev.doc, r.target, 'evidence');
      for (const k of [...r.reportedBy, ...r.context]) mention(ev.doc, k, 'evidence');
    }
  }
  for (const e of seed.entities) {
    for (const list of Object.values(e.attributeEvidence)) for (const ev of list) mention(ev.doc, e.key, 'attribute');
    for (const f of e.facts) for (const ev of f.evidence) mention(ev.doc, e.key, 'fact');
    for (const d of e.mentionedIn) mention(d, e.key, 'listed');
  }

  const facts = seed.entities.flatMap((e) =>
    e.facts.map((f) => {
      const props = factProps(e.key, f, quoteOf);
      return { entity: e.key, ...storedRow(props, { entity: e.key }) };
    }),
  );
  const disputes = seed.disputes.map((d) => {
    const props = disputeProps(d);
    const claims = d.claims.map((_, i) => claimProps(d, i, quoteOf));
    return { ...storedRow(props, { claims: JSON.stringify(claims) }), claims: claims.map(storedForm), subjects: d.subjects };
  });
  return { documents, entities, relationships, mentions: [...mentions.values()], facts, disputes };
}
