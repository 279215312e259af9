import { cameoLabel, quadClass } from '../model/cameo.js';
import { normaliseName } from '../model/names.js';
import { NEO4J_LABELS, type EntityRecord, type Evidence, type TemporalValue } from '../model/seed-schema.js';
import { boundsMillis } from '../model/temporal.js';
import { searchText } from '../search/search-names.js';
import type { Seed } from './read-seed.js';
import type { SourceText } from './source-texts.js';

type Props = Record<string, unknown>;

/** Flattens a temporal value into `<prefix>Iso`, `<prefix>StartMs`, … (Neo4j properties cannot nest). */
export function temporalProps(prefix: string, t: TemporalValue | undefined): Props {
  if (!t) return {};
  const { startMs, endMs } = boundsMillis(t);
  return {
    [`${prefix}Iso`]: t.iso,
    [`${prefix}Precision`]: t.precision,
    [`${prefix}Timezone`]: t.timezone,
    [`${prefix}Qualifier`]: t.qualifier,
    [`${prefix}Estimated`]: t.estimated,
    [`${prefix}Basis`]: t.basis,
    [`${prefix}RelPhrase`]: t.relative?.phrase,
    [`${prefix}RelAnchor`]: t.relative?.anchor,
    [`${prefix}StartMs`]: startMs,
    [`${prefix}EndMs`]: endMs,
  };
}

/** Evidence as parallel lists, the shape Neo4j can store on nodes and relationships alike. */
export function evidenceProps(evidence: Evidence[], attrs?: string[]): Props {
  return {
    evDocs: evidence.map((e) => e.doc),
    evStarts: evidence.map((e) => e.start),
    evEnds: evidence.map((e) => e.end),
    evShas: evidence.map((e) => e.sha256),
    evNotes: evidence.map((e) => e.note ?? ''),
    ...(attrs ? { evAttrs: attrs } : {}),
  };
}

function clean(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
}

function entityProps(e: EntityRecord): Props {
  const attrEvidence = Object.entries(e.attributeEvidence).flatMap(([attr, list]) => list.map((ev) => ({ attr, ev })));
  const base: Props = {
    key: e.key,
    name: e.name,
    kind: e.kind,
    aliases: e.aliases,
    // What the full-text index reads besides name and description (search only, see src/search/search-names.ts).
    aliasText: searchText({ name: e.name, aliases: e.aliases, family: e.kind === 'AI_MODEL' ? e.family : null }),
    nameKeys: [e.name, ...e.aliases].map(normaliseName),
    description: e.description,
    origin: 'seed',
    ...evidenceProps(
      attrEvidence.map((a) => a.ev),
      attrEvidence.map((a) => a.attr),
    ),
  };
  switch (e.kind) {
    case 'ORGANIZATION':
      return clean({ ...base, orgType: e.orgType, country: e.country });
    case 'PERSON':
      return clean({ ...base, nationality: e.nationality });
    case 'AI_MODEL':
      return clean({ ...base, developer: e.developer, family: e.family, version: e.version, ...temporalProps('releasedOn', e.releasedOn) });
    case 'CONTRACT':
      return clean({
        ...base,
        valueAmount: e.value?.amount,
        valueCurrency: e.value?.currency,
        valueBound: e.value?.bound,
        parties: e.parties,
        ...temporalProps('awardedOn', e.awardedOn),
      });
    case 'POLICY':
      return clean({ ...base, policyType: e.policyType, issuer: e.issuer, version: e.version, ...temporalProps('adoptedOn', e.adoptedOn) });
    case 'EVENT':
      return clean({
        ...base,
        eventType: e.eventType,
        place: e.place,
        participants: e.participants,
        ...temporalProps('when', e.when),
        ...temporalProps('until', e.until),
      });
  }
}

export interface GraphRows {
  documents: { key: string; props: Props }[];
  entities: { key: string; label: string; props: Props }[];
  relationships: { key: string; type: string; source: string; target: string; props: Props }[];
  mentions: { doc: string; entity: string; via: string }[];
  facts: { entity: string; props: Props }[];
  disputes: { props: Props; claims: Props[]; subjects: string[] }[];
}

/** The whole seed as rows for the UNWIND statements in cypher/seed/. Pure: tested without a database. */
export function toGraphRows(seed: Seed, texts: SourceText[] | null): GraphRows {
  const textByDoc = new Map(texts?.map((t) => [t.key, t.text]));
  const documents = seed.documents.map((d) => ({
    key: d.key,
    props: clean({
      key: d.key,
      sha256: d.sha256,
      title: d.title,
      originalTitle: d.originalTitle,
      publisher: d.publisher,
      author: d.author,
      translator: d.translator,
      url: d.url,
      language: d.language,
      genre: d.genre,
      reliability: d.reliability,
      reliabilityReason: d.reliabilityReason,
      bodyStarts: d.body.map((b) => b.start),
      bodyEnds: d.body.map((b) => b.end),
      text: textByDoc.get(d.key),
      origin: 'seed',
      ...temporalProps('published', d.publishedOn),
    }),
  }));
  const entities = seed.entities.map((e) => ({ key: e.key, label: NEO4J_LABELS[e.kind], props: entityProps(e) }));
  const relationships = seed.relationships.map((r) => ({
    key: r.key,
    type: r.type,
    source: r.source,
    target: r.target,
    props: clean({
      key: r.key,
      category: r.category,
      status: r.status,
      summary: r.summary,
      cameo: r.cameo,
      cameoLabel: r.cameo ? cameoLabel(r.cameo) : undefined,
      quadClass: r.cameo ? quadClass(r.cameo) : undefined,
      role: r.role,
      channel: r.channel,
      reportedBy: r.reportedBy,
      context: r.context,
      amount: r.amount?.amount,
      currency: r.amount?.currency,
      amountBound: r.amount?.bound,
      origin: 'seed',
      ...temporalProps('when', r.when),
      ...temporalProps('until', r.until),
      ...temporalProps('deadline', r.deadline),
      ...evidenceProps(r.evidence),
    }),
  }));

  const mentions = new Map<string, { doc: string; entity: string; via: string }>();
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
    e.facts.map((f) => ({
      entity: e.key,
      props: clean({
        key: `${e.key}/${f.key}`,
        label: f.label,
        value: f.value,
        amount: f.amount?.amount,
        currency: f.amount?.currency,
        amountBound: f.amount?.bound,
        quantity: f.quantity,
        unit: f.unit,
        status: f.status,
        origin: 'seed',
        ...temporalProps('when', f.when),
        ...evidenceProps(f.evidence),
      }),
    })),
  );
  const disputes = seed.disputes.map((d) => ({
    props: clean({ key: d.key, topic: d.topic, field: d.field, note: d.note, subjects: d.subjects, origin: 'seed' }),
    subjects: d.subjects,
    claims: d.claims.map((c, i) => clean({ key: `${d.key}/${i + 1}`, position: i, value: c.value, relationships: c.relationships, origin: 'seed', ...evidenceProps(c.evidence) })),
  }));
  return { documents, entities, relationships, mentions: [...mentions.values()], facts, disputes };
}
