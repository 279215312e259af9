import { z } from 'zod';
import {
  aiModelSchema,
  contractSchema,
  documentSchema,
  eventOrder,
  eventSchema,
  EVENT_TYPES,
  organizationSchema,
  ORG_TYPES,
  personSchema,
  policySchema,
  POLICY_TYPES,
  relationshipSchema,
  type DocumentRecord,
  type EntityRecord,
  type Evidence,
  type RelationshipRecord,
  type TemporalValue,
} from './seed-schema.js';
import { checkTemporal, type Precision } from './temporal.js';

/**
 * What a client writes, checked by the same zod model as the seed: the record schemas of
 * seed-schema.ts (kinds, the CAMEO ↔ category rule, temporal precision, …). Written in the API's
 * terms (ISO strings at their precision, optional kind details), turned into records here, once.
 */

/** What the client did wrong, where: the API's userErrors. */
export interface UserProblem {
  code: string;
  message: string;
  field?: string[];
}

/** userErrors served per answer: enough to fix an input, bounded like every list. */
export const MAX_USER_ERRORS = 20;

export class Refused extends Error {
  readonly problems: UserProblem[];
  constructor(problems: UserProblem[]) {
    super(problems.map((p) => p.message).join('; '));
    this.problems = problems.slice(0, MAX_USER_ERRORS);
    this.name = 'Refused';
  }
}

const PRECISION_OF: [RegExp, Precision][] = [
  [/^\d{4}$/, 'YEAR'],
  [/^\d{4}-2[1-4]$/, 'SEASON'],
  [/^\d{4}-Q[1-4]$/, 'QUARTER'],
  [/^\d{4}-(0[1-9]|1[0-2])$/, 'MONTH'],
  [/^\d{4}-\d{2}-\d{2}$/, 'DAY'],
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:00)?(Z|[+-]\d{2}:\d{2})$/, 'MINUTE'],
];

/**
 * An ISO value at its own precision: "2026" (YEAR), "2026-22" (summer), "2026-Q2", "2026-02",
 * "2026-02-24", "2026-02-27T17:01-05:00" (a minute with its offset). "2026-02-30" is refused.
 */
export function temporalFromIso(iso: string, field: string[]): TemporalValue {
  const precision = PRECISION_OF.find(([re]) => re.test(iso))?.[1];
  if (!precision) {
    throw new Refused([{ code: 'BAD_INPUT', field, message: `"${iso}" is not an ISO date at a precision: 2026, 2026-Q2, 2026-22 (summer), 2026-02, 2026-02-24 or 2026-02-27T17:01-05:00` }]);
  }
  const t: TemporalValue = { iso, precision };
  const problem = checkTemporal(t);
  if (problem) throw new Refused([{ code: 'BAD_INPUT', field, message: problem }]);
  // A clock time written with its offset says which zone it is in: that is its basis.
  if (precision === 'MINUTE') t.basis = 'The time of day was given with its UTC offset.';
  return t;
}

/** Zod's issues as userErrors naming the input field. */
export function problemsOf(error: z.ZodError, prefix: string[]): UserProblem[] {
  return error.issues.map((i) => ({ code: 'BAD_INPUT', field: [...prefix, ...i.path.map(String)], message: `${[...prefix, ...i.path.map(String)].join('.')}: ${i.message}` }));
}

// ---------------------------------------------------------------------------------------------
// Documents

export interface DocumentInput {
  key?: string | null;
  title: string;
  publisher?: string | null;
  author?: string | null;
  url?: string | null;
  publishedOn?: string | null;
  language?: string | null;
  reliability: 'HIGH' | 'MEDIUM' | 'LOW';
  reliabilityReason: string;
  text: string;
  /** Spans of the article proper; everything else is site furniture. The whole text when omitted. */
  body?: { start: number; end: number }[] | null;
}

/** A document record for a text; `keyFor` names it from its hash when the client gave no key. */
export function documentRecordFromInput(input: DocumentInput, sha256: string, keyFor: (sha: string) => string): DocumentRecord {
  const field = (f: string) => ['input', f];
  const body = input.body?.length ? input.body : [{ start: 0, end: input.text.length }];
  for (const [i, b] of body.entries()) {
    if (!(b.start >= 0 && b.end > b.start && b.end <= input.text.length)) {
      throw new Refused([{ code: 'BAD_INPUT', field: ['input', 'body', String(i)], message: `body span [${b.start}, ${b.end}) is not inside the text (0 to ${input.text.length})` }]);
    }
  }
  const record = {
    key: input.key ?? keyFor(sha256),
    sha256,
    title: input.title,
    ...(input.publisher ? { publisher: input.publisher } : {}),
    ...(input.author ? { author: input.author } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.publishedOn ? { publishedOn: temporalFromIso(input.publishedOn, field('publishedOn')) } : {}),
    language: input.language ?? 'en',
    genre: 'NEWS' as const,
    reliability: input.reliability,
    reliabilityReason: input.reliabilityReason,
    body,
  };
  const parsed = documentSchema.safeParse(record);
  if (!parsed.success) throw new Refused(problemsOf(parsed.error, ['input']));
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// Entities

export interface EntityInput {
  key: string;
  name: string;
  kind: EntityRecord['kind'];
  aliases?: string[] | null;
  description?: string | null;
  orgType?: string | null;
  eventType?: string | null;
  policyType?: string | null;
  country?: string | null;
}

/**
 * The seed's entity schemas, with what an editor may leave out: a description (until someone
 * writes one) and the kind's type (OTHER until known).
 */
const relaxed = {
  description: z.string().min(10).max(600).optional(),
};
const apiEntitySchema = z.discriminatedUnion('kind', [
  z.object({ ...organizationSchema.shape, ...relaxed, orgType: z.enum(ORG_TYPES).default('OTHER') }).strict(),
  z.object({ ...personSchema.shape, ...relaxed }).strict(),
  z.object({ ...aiModelSchema.shape, ...relaxed }).strict(),
  z.object({ ...contractSchema.shape, ...relaxed }).strict(),
  z.object({ ...policySchema.shape, ...relaxed, policyType: z.enum(POLICY_TYPES).default('OTHER') }).strict(),
  z.object({ ...eventSchema.shape, ...relaxed, eventType: z.enum(EVENT_TYPES).default('OTHER') }).strict().superRefine(eventOrder),
]);
export type EntityWrite = z.output<typeof apiEntitySchema>;

export function entityRecordFromInput(input: EntityInput): EntityWrite {
  const record: Record<string, unknown> = {
    key: input.key,
    name: input.name,
    kind: input.kind,
    aliases: [...new Set(input.aliases ?? [])].filter((a) => a !== input.name),
    ...(input.description ? { description: input.description } : {}),
  };
  if (input.kind === 'ORGANIZATION') Object.assign(record, input.orgType ? { orgType: input.orgType } : {}, input.country ? { country: input.country } : {});
  if (input.kind === 'EVENT' && input.eventType) record.eventType = input.eventType;
  if (input.kind === 'POLICY' && input.policyType) record.policyType = input.policyType;
  const parsed = apiEntitySchema.safeParse(record);
  if (!parsed.success) throw new Refused(problemsOf(parsed.error, ['input']));
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// Relationships

export interface EvidenceInput {
  document: string;
  quote?: string | null;
  start?: number | null;
  end?: number | null;
}

export interface RelationshipInput {
  key?: string | null;
  type: string;
  source: string;
  target: string;
  category: RelationshipRecord['category'];
  cameo?: string | null;
  when?: string | null;
  until?: string | null;
  deadline?: string | null;
  amount?: { amount: number; currency: string } | null;
  amountBound?: string | null;
  status: RelationshipRecord['status'];
  summary: string;
  role?: string | null;
  channel?: string | null;
  evidence: EvidenceInput[];
}

/** A key that says what happened, for a client that gave none: source, verb, target and date. */
export function relationshipKeyFor(input: Pick<RelationshipInput, 'source' | 'type' | 'target' | 'when'>): string {
  const words = [input.source, input.type.toLowerCase().replace(/_/g, '-'), input.target, input.when ? input.when.toLowerCase().replace(/[^a-z0-9]+/g, '-') : null]
    .filter(Boolean)
    .join('-');
  return words.replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 80).replace(/-$/, '');
}

/**
 * A relationship record whose evidence is to be located in the documents' texts. It is checked
 * now, against the seed's rules, with stand-in spans; the real spans replace them once located.
 */
export function relationshipRecordFromInput(input: RelationshipInput): { record: RelationshipRecord; evidence: EvidenceInput[] } {
  const field = (f: string) => ['input', f];
  if (input.evidence.length === 0) throw new Refused([{ code: 'BAD_INPUT', field: field('evidence'), message: 'a relationship needs at least one piece of evidence' }]);
  const record = {
    key: input.key ?? relationshipKeyFor(input),
    type: input.type,
    category: input.category,
    source: input.source,
    target: input.target,
    ...(input.cameo ? { cameo: input.cameo } : {}),
    ...(input.when ? { when: temporalFromIso(input.when, field('when')) } : {}),
    ...(input.until ? { until: temporalFromIso(input.until, field('until')) } : {}),
    ...(input.deadline ? { deadline: temporalFromIso(input.deadline, field('deadline')) } : {}),
    ...(input.amount ? { amount: { amount: input.amount.amount, currency: input.amount.currency, ...(input.amountBound ? { bound: input.amountBound } : {}) } } : {}),
    status: input.status,
    summary: input.summary,
    ...(input.role ? { role: input.role } : {}),
    ...(input.channel ? { channel: input.channel } : {}),
    evidence: input.evidence.map(() => STAND_IN),
  };
  return { record: checkedRelationship(record, ['input']), evidence: input.evidence };
}

/** Evidence not yet located: checked for shape now, replaced by the located spans when written. */
const STAND_IN: Evidence = { doc: 'stand-in', start: 0, end: 1, sha256: '0'.repeat(64) };

/** A relationship by the seed's rules (CAMEO ↔ category, dates in order…), or Refused with every problem. */
export function checkedRelationship(record: Record<string, unknown>, field: string[]): RelationshipRecord {
  const parsed = relationshipSchema.safeParse({ ...record, evidence: record.evidence ?? [STAND_IN] });
  if (!parsed.success) throw new Refused(problemsOf(parsed.error, field));
  return parsed.data;
}
