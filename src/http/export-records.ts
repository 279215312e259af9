import { readMoney } from '../model/stored-records.js';
import { readTemporal, type Props } from '../model/stored-temporal.js';
import { servedEvidence, type ClaimRow, type DisputeRow, type FactRow, type NodeRow } from '../store/export-store.js';
import type { DocumentRow, RelRow } from '../store/read-store.js';

/**
 * Every export writes these records: one per entity, relationship, document, fact and disputed
 * claim, with the same field names in every format. Stored properties are read only through the
 * model's readers (readTemporal, readEvidence via servedEvidence, readMoney). The column lists
 * give the CSV column order; docs/exports.md describes each field.
 */

export type Scalar = string | number | boolean | null;

/** One piece of evidence as exported: where it is, what it says, and how far its source is trusted. */
export interface EvidenceOut {
  document: string;
  /** UTF-16 code units into the document's text, end exclusive. */
  start: number;
  end: number;
  sha256: string;
  /** The exact span, where the service holds the document's text; else null. */
  quote: string | null;
  note: string | null;
  reliability: string | null;
}

export type Field = Scalar | string[] | EvidenceOut[] | ClaimOut[];
export type ExportRecord = Record<string, Field>;
export type ClaimOut = Record<string, Scalar | string[] | EvidenceOut[]>;

/** Numeric fields that are always whole numbers; every other number may have a fraction. */
export const INTEGER_FIELDS: ReadonlySet<string> = new Set(['quadClass', 'position']);

/** Column lists: each name once, in the order first given. */
const columns = (...groups: (readonly string[])[]) => [...new Set(groups.flat())];

const str = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);
const num = (x: unknown): number | null => (typeof x === 'number' ? x : null);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

/** A temporal value's fields, written under `name`: the value as given, then what it covers. */
export const TEMPORAL_SUFFIXES = ['', 'Precision', 'Start', 'End', 'Qualifier', 'Estimated', 'Basis', 'Timezone', 'RelativePhrase', 'RelativeAnchor'] as const;
export const temporalColumns = (name: string) => TEMPORAL_SUFFIXES.map((s) => `${name}${s}`);

const EVIDENCE_COLUMNS = ['evidence', 'evidenceItems'];

export const NODE_COLUMNS = columns(
  // The columns of the first nodes.csv, in their order; then the rest.
  ['id', 'name', 'kind', 'labels', 'aliases', 'description', 'orgType', 'country', 'nationality', 'developer', 'eventType', 'place', 'policyType', 'issuer', 'date', 'valueAmount', 'valueCurrency'],
  ['valueBound'],
  temporalColumns('date'),
  temporalColumns('until'),
);

export const EDGE_COLUMNS = columns(
  // The columns of the first edges.csv, in their order; then the rest.
  ['key', 'source', 'target', 'type', 'category', 'when', 'until', 'deadline', 'amount', 'currency', 'status', 'summary', 'evidence', 'whenStart', 'whenEnd', 'whenPrecision', 'amountBound', 'cameo'],
  ['cameoLabel', 'quadClass', 'role'],
  temporalColumns('when'),
  temporalColumns('until'),
  temporalColumns('deadline'),
  EVIDENCE_COLUMNS,
);

export const DOCUMENT_COLUMNS = columns(
  ['key', 'title', 'originalTitle', 'publisher', 'author', 'translator', 'url', 'language', 'genre'],
  temporalColumns('published'),
  ['reliability', 'reliabilityReason', 'sha256', 'hasText'],
);

export const FACT_COLUMNS = columns(['key', 'entity', 'label', 'value', 'amount', 'currency', 'amountBound', 'quantity', 'unit'], temporalColumns('when'), ['status'], EVIDENCE_COLUMNS);

export const CLAIM_COLUMNS = columns(
  ['dispute', 'topic', 'field', 'subjects', 'claim', 'position', 'value', 'standing', 'amount', 'currency', 'amountBound'],
  temporalColumns('date'),
  ['text', 'relationships'],
  EVIDENCE_COLUMNS,
);

/** `Start` and `End` are UTC instants (one time zone per column, so pandas parses them as one dtype). */
const utc = (iso: string) => new Date(iso).toISOString();

export function temporalFields(p: Props, storedPrefix: string, name = storedPrefix): Record<string, Scalar> {
  const t = readTemporal(p, storedPrefix);
  const values: Scalar[] = t
    ? [t.iso, t.precision, utc(t.start), utc(t.end), t.qualifier, t.estimated, t.basis, t.timezone, t.relativePhrase, t.relativeAnchor]
    : TEMPORAL_SUFFIXES.map(() => null);
  return Object.fromEntries(TEMPORAL_SUFFIXES.map((s, i) => [`${name}${s}`, values[i]!]));
}

/** A sum under its stored names: amount, currency, bound (readMoney reads all three or none). */
function moneyFields(p: Props, [amount, currency, bound]: readonly [string, string, string] = ['amount', 'currency', 'amountBound']): Record<string, Scalar> {
  const m = readMoney(p, amount, currency, bound);
  return { [amount]: m?.amount ?? null, [currency]: m?.currency ?? null, [bound]: m?.bound ?? null };
}

/** Reliability of each document, by key: what evidence items carry. */
export type Reliability = ReadonlyMap<string, string | null>;

export function reliabilityOf(documents: readonly DocumentRow[]): Reliability {
  return new Map(documents.map((d) => [d.key, str(d.reliability)]));
}

function evidenceFields(row: Props & { evKnown?: string[] }, reliability: Reliability): { evidence: string[]; evidenceItems: EvidenceOut[] } {
  const items = servedEvidence(row);
  return {
    evidence: [...new Set(items.map((ev) => ev.doc))],
    evidenceItems: items.map((ev) => ({
      document: ev.doc,
      start: ev.start,
      end: ev.end,
      sha256: ev.sha256,
      quote: ev.quote,
      note: ev.note,
      reliability: reliability.get(ev.doc) ?? null,
    })),
  };
}

/** The entity's own date, by kind: an event's when, a model's release, a policy's adoption, a contract's award. */
function datePrefix(n: Props): string {
  return ['when', 'releasedOn', 'adoptedOn', 'awardedOn'].find((p) => str(n[`${p}Iso`]) !== null) ?? 'when';
}

export function nodeRecord(n: NodeRow): ExportRecord {
  return {
    id: n.key,
    name: str(n.name),
    kind: n.kind,
    labels: n.labels,
    aliases: strings(n.aliases),
    description: str(n.description),
    orgType: str(n.orgType),
    country: str(n.country),
    nationality: str(n.nationality),
    developer: str(n.developer),
    eventType: str(n.eventType),
    place: str(n.place),
    policyType: str(n.policyType),
    issuer: str(n.issuer),
    ...temporalFields(n, datePrefix(n), 'date'),
    ...moneyFields(n, ['valueAmount', 'valueCurrency', 'valueBound']),
    ...temporalFields(n, 'until'),
  };
}

/**
 * CAMEO codes have leading zeros ("010"), and no quoting keeps pandas.read_csv from reading a
 * column of digits as numbers (10.0). In CSV the code is written as "cameo:010", which every
 * reader keeps as text; the other formats are typed and carry the code as it is.
 */
export const CSV_CAMEO_PREFIX = 'cameo:';

export function edgeRecord(e: RelRow, reliability: Reliability): ExportRecord {
  return {
    key: e.key,
    source: e.source,
    target: e.target,
    type: e.type,
    category: str(e.category),
    status: str(e.status),
    summary: str(e.summary),
    role: str(e.role),
    ...temporalFields(e, 'when'),
    ...temporalFields(e, 'until'),
    ...temporalFields(e, 'deadline'),
    ...moneyFields(e),
    cameo: str(e.cameo),
    cameoLabel: str(e.cameoLabel),
    quadClass: num(e.quadClass),
    ...evidenceFields(e, reliability),
  };
}

export function documentRecord(d: DocumentRow): ExportRecord {
  return {
    key: d.key,
    title: str(d.title),
    originalTitle: str(d.originalTitle),
    publisher: str(d.publisher),
    author: str(d.author),
    translator: str(d.translator),
    url: str(d.url),
    language: str(d.language),
    genre: str(d.genre),
    ...temporalFields(d, 'published'),
    reliability: str(d.reliability),
    reliabilityReason: str(d.reliabilityReason),
    sha256: str(d.sha256),
    hasText: d.hasText === true,
  };
}

export function factRecord(f: FactRow, reliability: Reliability): ExportRecord {
  return {
    key: f.key,
    entity: f.entity,
    label: str(f.label),
    value: str(f.value),
    ...moneyFields(f),
    quantity: num(f.quantity),
    unit: str(f.unit),
    ...temporalFields(f, 'when'),
    status: str(f.status),
    ...evidenceFields(f, reliability),
  };
}

/** A claim with its dispute's fields first: one row of disputes.csv. */
export function claimRecord(d: DisputeRow['dispute'], c: ClaimRow, reliability: Reliability): ExportRecord {
  return {
    dispute: d.key,
    topic: str(d.topic),
    field: str(d.field),
    subjects: strings(d.subjects),
    ...claimFields(c, reliability),
  };
}

function claimFields(c: ClaimRow, reliability: Reliability): ClaimOut {
  return {
    claim: c.key,
    position: num(c.position),
    value: str(c.value),
    standing: str(c.standing),
    ...moneyFields(c),
    ...temporalFields(c, 'date'),
    text: str(c.text),
    relationships: strings(c.relationships),
    ...evidenceFields(c, reliability),
  };
}

/** A dispute for the JSON export: its fields and its claims, nested. */
export function disputeRecord(d: DisputeRow, reliability: Reliability): ExportRecord {
  return {
    key: d.dispute.key,
    topic: str(d.dispute.topic),
    field: str(d.dispute.field),
    subjects: strings(d.dispute.subjects),
    note: str(d.dispute.note),
    claims: d.claims.map((c) => claimFields(c, reliability)),
  };
}
