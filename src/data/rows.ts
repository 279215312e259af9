import { z } from 'zod';
import { CATEGORY_NAMES } from '../model/categories.js';
import { ENTITY_KINDS, RELIABILITIES, STATUSES } from '../model/seed-schema.js';
import { bounds, PRECISIONS, QUALIFIERS, type Precision } from '../model/temporal.js';

/**
 * Database rows are checked here, once, and become the plain objects the schema exposes.
 * Temporals are stored flat (`whenIso`, `whenPrecision`, …) and rebuilt with their bounds.
 */

export interface Temporal {
  iso: string;
  precision: Precision;
  start: string;
  end: string;
  timezone: string | null;
  qualifier: string | null;
  estimated: boolean;
  basis: string | null;
  relativePhrase: string | null;
  relativeAnchor: string | null;
}

export interface EvidenceItem {
  doc: string;
  start: number;
  end: number;
  sha256: string;
  note: string | null;
  attribute: string | null;
}

export interface Money {
  amount: number;
  currency: string;
  bound: string | null;
}

const str = z.string().nullish().transform((v) => v ?? null);
const num = z.number().nullish().transform((v) => v ?? null);
const strList = z.array(z.string()).nullish().transform((v) => v ?? []);

const temporalFields = (p: string) => ({
  [`${p}Iso`]: str,
  [`${p}Precision`]: z.enum(PRECISIONS).nullish(),
  [`${p}Timezone`]: str,
  [`${p}Qualifier`]: z.enum(QUALIFIERS).nullish(),
  [`${p}Estimated`]: z.boolean().nullish(),
  [`${p}Basis`]: str,
  [`${p}RelPhrase`]: str,
  [`${p}RelAnchor`]: str,
});

function temporal(props: Record<string, unknown>, p: string): Temporal | null {
  const iso = props[`${p}Iso`] as string | null | undefined;
  const precision = props[`${p}Precision`] as Precision | null | undefined;
  if (!iso || !precision) return null;
  const timezone = (props[`${p}Timezone`] as string | null) ?? null;
  const qualifier = (props[`${p}Qualifier`] as (typeof QUALIFIERS)[number] | null) ?? null;
  const b = bounds({ iso, precision, timezone: timezone ?? undefined, qualifier: qualifier ?? undefined });
  return {
    iso,
    precision,
    start: b.start,
    end: b.end,
    timezone,
    qualifier,
    estimated: (props[`${p}Estimated`] as boolean | null) ?? false,
    basis: (props[`${p}Basis`] as string | null) ?? null,
    relativePhrase: (props[`${p}RelPhrase`] as string | null) ?? null,
    relativeAnchor: (props[`${p}RelAnchor`] as string | null) ?? null,
  };
}

const evidenceFields = {
  evDocs: strList,
  evStarts: z.array(z.number()).nullish().transform((v) => v ?? []),
  evEnds: z.array(z.number()).nullish().transform((v) => v ?? []),
  evShas: strList,
  evNotes: strList,
  evAttrs: strList,
};

function evidence(p: { evDocs: string[]; evStarts: number[]; evEnds: number[]; evShas: string[]; evNotes: string[]; evAttrs: string[] }): EvidenceItem[] {
  return p.evDocs.map((doc, i) => ({
    doc,
    start: p.evStarts[i]!,
    end: p.evEnds[i]!,
    sha256: p.evShas[i]!,
    note: p.evNotes[i] || null,
    attribute: p.evAttrs[i] ?? null,
  }));
}

function money(amount: number | null, currency: string | null, bound: string | null): Money | null {
  return amount !== null && currency ? { amount, currency, bound } : null;
}

export const entityProps = z
  .object({
    key: z.string(),
    name: z.string(),
    kind: z.enum(ENTITY_KINDS),
    aliases: strList,
    description: str,
    orgType: str,
    country: str,
    nationality: str,
    developer: str,
    family: str,
    version: str,
    valueAmount: num,
    valueCurrency: str,
    valueBound: str,
    parties: strList,
    policyType: str,
    issuer: str,
    eventType: str,
    place: str,
    participants: strList,
    ...temporalFields('releasedOn'),
    ...temporalFields('awardedOn'),
    ...temporalFields('adoptedOn'),
    ...temporalFields('when'),
    ...temporalFields('until'),
    ...evidenceFields,
  })
  .transform((p) => ({
    key: p.key,
    name: p.name,
    kind: p.kind,
    aliases: p.aliases,
    description: p.description,
    orgType: p.orgType,
    country: p.country,
    nationality: p.nationality,
    developer: p.developer,
    family: p.family,
    version: p.version,
    releasedOn: temporal(p, 'releasedOn'),
    value: money(p.valueAmount, p.valueCurrency, p.valueBound),
    parties: p.parties,
    awardedOn: temporal(p, 'awardedOn'),
    policyType: p.policyType,
    issuer: p.issuer,
    adoptedOn: temporal(p, 'adoptedOn'),
    eventType: p.eventType,
    when: temporal(p, 'when'),
    until: temporal(p, 'until'),
    place: p.place,
    participants: p.participants,
    attributeEvidence: evidence(p),
  }));
export type EntityOut = z.output<typeof entityProps>;
export const entityRow = z.object({ entity: entityProps });

export const relationshipProps = z
  .object({
    key: z.string(),
    category: z.enum(CATEGORY_NAMES),
    status: z.enum(STATUSES),
    summary: z.string(),
    cameo: str,
    cameoLabel: str,
    quadClass: num,
    role: str,
    channel: str,
    reportedBy: strList,
    context: strList,
    amount: num,
    currency: str,
    amountBound: str,
    ...temporalFields('when'),
    ...temporalFields('until'),
    ...temporalFields('deadline'),
    ...evidenceFields,
  })
  .passthrough();

export const relationshipRow = z
  .object({ rel: relationshipProps, type: z.string(), source: z.string(), target: z.string() })
  .transform(({ rel: p, type, source, target }) => ({
    key: p.key,
    type,
    source,
    target,
    category: p.category,
    status: p.status,
    summary: p.summary,
    cameo: p.cameo ? { code: p.cameo, label: p.cameoLabel, quadClass: p.quadClass } : null,
    role: p.role,
    channel: p.channel,
    reportedBy: p.reportedBy,
    context: p.context,
    amount: money(p.amount, p.currency, p.amountBound),
    when: temporal(p, 'when'),
    until: temporal(p, 'until'),
    deadline: temporal(p, 'deadline'),
    evidence: evidence(p),
  }));
export type RelationshipOut = z.output<typeof relationshipRow>;

export const documentProps = z
  .object({
    key: z.string(),
    sha256: z.string(),
    title: z.string(),
    originalTitle: str,
    publisher: str,
    author: str,
    translator: str,
    url: str,
    language: str,
    genre: str,
    reliability: z.enum(RELIABILITIES),
    reliabilityReason: str,
    hasText: z.boolean(),
    ...temporalFields('published'),
  })
  .passthrough()
  .transform((p) => ({
    key: p.key,
    sha256: p.sha256,
    title: p.title,
    originalTitle: p.originalTitle,
    publisher: p.publisher,
    author: p.author,
    translator: p.translator,
    url: p.url,
    language: p.language,
    genre: p.genre,
    reliability: p.reliability,
    reliabilityReason: p.reliabilityReason,
    hasText: p.hasText,
    publishedOn: temporal(p, 'published'),
  }));
export type DocumentOut = z.output<typeof documentProps>;
export const documentRow = z.object({ document: documentProps });

const claimProps = z
  .object({ key: z.string(), value: z.string(), relationships: strList, ...evidenceFields })
  .passthrough()
  .transform((p) => ({ key: p.key, value: p.value, relationships: p.relationships, evidence: evidence(p) }));
export const disputeRow = z
  .object({
    dispute: z.object({ key: z.string(), topic: z.string(), field: str, note: str, subjects: strList }).passthrough(),
    claims: z.array(claimProps),
  })
  .transform(({ dispute, claims }) => ({
    key: dispute.key,
    topic: dispute.topic,
    field: dispute.field,
    note: dispute.note,
    subjects: dispute.subjects,
    claims,
  }));
export type DisputeOut = z.output<typeof disputeRow>;

export const factProps = z
  .object({
    key: z.string(),
    label: z.string(),
    value: str,
    amount: num,
    currency: str,
    amountBound: str,
    quantity: num,
    unit: str,
    status: z.enum(STATUSES),
    ...temporalFields('when'),
    ...evidenceFields,
  })
  .passthrough()
  .transform((p) => ({
    key: p.key,
    label: p.label,
    value: p.value,
    amount: money(p.amount, p.currency, p.amountBound),
    quantity: p.quantity,
    unit: p.unit,
    status: p.status,
    when: temporal(p, 'when'),
    evidence: evidence(p),
  }));
export type FactOut = z.output<typeof factProps>;

export const pageRow = z.object({
  total: z.number(),
  page: z.array(z.object({ rel: z.unknown(), type: z.string(), source: z.string(), target: z.string(), sortMs: z.number() })),
});
export const keyedPageRow = pageRow.extend({ key: z.string() });
export const keyListRow = (field: string) => z.object({ key: z.string(), [field]: z.array(z.string()) });
export const quoteRow = z.object({ id: z.string(), quote: z.string() });
export const searchRow = z.object({ key: z.string(), name: z.string(), aliases: z.array(z.string()), family: z.string().nullable(), score: z.number() });
export const pathRow = z.object({ nodes: z.array(z.string()), relationships: z.array(z.string()) });
export const keyRow = z.object({ key: z.string() });
export const factsRow = z.object({ key: z.string(), facts: z.array(factProps) });
