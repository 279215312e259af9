import { createHash } from 'node:crypto';
import { cameoLabel, quadClass } from './cameo.js';
import { UNDATED_SORT } from './calendar.js';
import { searchText } from '../search/search-names.js';
import { normaliseName } from './names.js';
import type { DisputeRecord, DocumentRecord, EntityRecord, RelationshipRecord } from './seed-schema.js';
import { writeEvidence, type QuoteSource } from './stored-evidence.js';
import { writeTemporal, type Props } from './stored-temporal.js';
import type { Precision, Qualifier } from './temporal.js';
import { windowBucketOf } from './window-buckets.js';

/**
 * The one mapping from records (seed files, API inputs) to stored properties. The seed loader and
 * the write API both store through it; readers use the same names (stored-temporal, stored-evidence).
 * Bookkeeping properties (origin, txFrom, txTo, version) are added by the store, not here.
 */

export function clean(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
}

/**
 * What is stored of a record's properties. A list that is empty, or holds only empty strings (the
 * notes and quotes of evidence that has none), is left out: readers take an absent list as empty
 * and an absent evidence list as blanks (stored-evidence.ts), and Neo4j's offline importer cannot
 * write such lists, which made a bulk import rewrite every row after it. Content hashes stay those
 * of the full properties (contentHash before storedForm), so graphs stored before still match.
 */
export function storedForm(props: Props): Props {
  let out: Props | null = null;
  for (const name in props) {
    const value = props[name];
    if (Array.isArray(value) && value.every((item) => item === '')) {
      out ??= { ...props };
      delete out[name];
    }
  }
  return out ?? props;
}

/**
 * A row to write: its stored form, and the hash of its full properties with `hashed` (its ends, its
 * owner) beside them. Every writer pairs the two this way, so hashes never depend on storedForm.
 */
export function storedRow(props: Props, hashed: Props = {}): { props: Props; h: string } {
  return { props: storedForm(props), h: contentHash(withoutDerived({ ...props, ...hashed })) };
}

/**
 * Index keys derived from a record's other properties. They are stored but never hashed (graphs
 * stored before them keep their hashes) and never shown as content (change JSON).
 */
export const DERIVED_PROPS: readonly string[] = ['whenBucket'];

/**
 * A relationship's properties with its derived index keys, computed from the stored properties
 * where missing: by the writer, and on restore for a dump made before a key existed (the
 * migration's backfill runs only once).
 */
export function withDerivedKeys(props: Props): Props {
  const precision = props.whenPrecision;
  if (typeof precision !== 'string' || typeof props.whenBucket === 'string') return props;
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return { ...props, whenBucket: windowBucketOf({ precision: precision as Precision, timezone: text(props.whenTimezone), qualifier: text(props.whenQualifier) as Qualifier | undefined }) };
}

function withoutDerived(props: Props): Props {
  if (!DERIVED_PROPS.some((k) => k in props)) return props;
  return Object.fromEntries(Object.entries(props).filter(([k]) => !DERIVED_PROPS.includes(k)));
}

/** A stable hash of stored content: the seed reload compares it to write only what changed. */
export function contentHash(props: Props): string {
  const stable = JSON.stringify(Object.keys(props).sort().map((k) => [k, props[k]]));
  return createHash('sha256').update(stable).digest('hex').slice(0, 32);
}

export function documentProps(d: DocumentRecord, text: string | null): Props {
  return clean({
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
    siteSummaryStarts: d.siteSummary.map((b) => b.start),
    siteSummaryEnds: d.siteSummary.map((b) => b.end),
    text: text ?? undefined,
    hasText: text !== null,
    ...writeTemporal('published', d.publishedOn),
  });
}

/**
 * Names as compared for identity (nameKeys), and what the full-text index reads besides name and
 * description: the aliases and the forms people type (see src/search/search-names.ts).
 */
export function nameProps(name: string, aliases: readonly string[], family: string | null = null): Props {
  return { aliasText: searchText({ name, aliases, family }), nameKeys: [name, ...aliases].map(normaliseName) };
}

export function entityProps(e: EntityRecord, quoteOf: QuoteSource): Props {
  const attrEvidence = Object.entries(e.attributeEvidence).flatMap(([attr, list]) => list.map((ev) => ({ attr, ev })));
  const base: Props = {
    key: e.key,
    name: e.name,
    kind: e.kind,
    aliases: e.aliases,
    ...nameProps(e.name, e.aliases, e.kind === 'AI_MODEL' ? (e.family ?? null) : null),
    description: e.description,
    background: e.background,
    ...(attrEvidence.length
      ? writeEvidence(
          attrEvidence.map((a) => a.ev),
          quoteOf,
          attrEvidence.map((a) => a.attr),
        )
      : {}),
  };
  switch (e.kind) {
    case 'ORGANIZATION':
      return clean({ ...base, orgType: e.orgType, country: e.country });
    case 'PERSON':
      return clean({ ...base, nationality: e.nationality });
    case 'AI_MODEL':
      return clean({ ...base, developer: e.developer, family: e.family, modelVersion: e.version, ...writeTemporal('releasedOn', e.releasedOn) });
    case 'CONTRACT':
      return clean({
        ...base,
        valueAmount: e.value?.amount,
        valueCurrency: e.value?.currency,
        valueBound: e.value?.bound,
        parties: e.parties,
        ...writeTemporal('awardedOn', e.awardedOn),
      });
    case 'POLICY':
      return clean({ ...base, policyType: e.policyType, issuer: e.issuer, policyVersion: e.version, ...writeTemporal('adoptedOn', e.adoptedOn) });
    case 'EVENT':
      return clean({
        ...base,
        eventType: e.eventType,
        place: e.place,
        participants: e.participants,
        ...writeTemporal('when', e.when),
        ...writeTemporal('until', e.until),
      });
  }
}

/** A sum as the flat `amount`, `currency`, `amountBound` properties relationships, facts and claims share. */
export function moneyProps(m: { amount: number; currency: string; bound?: string | undefined } | undefined): Props {
  return { amount: m?.amount, currency: m?.currency, amountBound: m?.bound };
}

export function relationshipProps(r: RelationshipRecord, quoteOf: QuoteSource): Props {
  const when = writeTemporal('when', r.when);
  return withDerivedKeys(clean({
    key: r.key,
    type: r.type,
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
    ...moneyProps(r.amount),
    ...when,
    // Timeline order: when.start, undated last; stored so that an index can serve the order.
    sortMs: (when.whenStartMs as number | undefined) ?? UNDATED_SORT,
    ...writeTemporal('until', r.until),
    ...writeTemporal('deadline', r.deadline),
    ...writeEvidence(r.evidence, quoteOf),
  }));
}

export function factProps(entityKey: string, f: EntityRecord['facts'][number], quoteOf: QuoteSource): Props {
  return clean({
    key: `${entityKey}/${f.key}`,
    label: f.label,
    value: f.value,
    ...moneyProps(f.amount),
    quantity: f.quantity,
    unit: f.unit,
    status: f.status,
    ...writeTemporal('when', f.when),
    ...writeEvidence(f.evidence, quoteOf),
  });
}

export function disputeProps(d: DisputeRecord): Props {
  return clean({ key: d.key, topic: d.topic, field: d.field, note: d.note, subjects: d.subjects });
}

export function claimProps(d: DisputeRecord, index: number, quoteOf: QuoteSource): Props {
  const c = d.claims[index]!;
  return clean({
    key: `${d.key}/${index + 1}`,
    position: index,
    value: c.value,
    standing: c.standing,
    ...moneyProps(c.amount),
    text: c.text,
    relationships: c.relationships,
    ...writeTemporal('date', c.date),
    ...writeEvidence(c.evidence, quoteOf),
  });
}

export interface Money {
  amount: number;
  currency: string;
  bound: string | null;
}

/** Money stored as amount + currency (+ bound) under the given property names. */
export function readMoney(p: Props, amount = 'amount', currency = 'currency', bound = 'amountBound'): Money | null {
  const a = p[amount];
  const c = p[currency];
  return typeof a === 'number' && typeof c === 'string' && c ? { amount: a, currency: c, bound: (p[bound] as string | undefined) ?? null } : null;
}
