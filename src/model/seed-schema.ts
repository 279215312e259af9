import { z } from 'zod';
import { CAMEO_CODES, isPressureCode } from './cameo.js';
import { CAMEO_REQUIRED, CATEGORIES, CATEGORY_NAMES } from './categories.js';
import { boundsMillis, checkTemporal, PRECISIONS, QUALIFIERS } from './temporal.js';

/**
 * The one module of record shapes: seed files, the loader, the API and later ingestion all use it.
 * Field docs here are the authoring guide's reference (docs/seed-authoring.md).
 */

export const ENTITY_KINDS = ['ORGANIZATION', 'PERSON', 'AI_MODEL', 'CONTRACT', 'POLICY', 'EVENT'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const NEO4J_LABELS: Record<EntityKind, string> = {
  ORGANIZATION: 'Organization',
  PERSON: 'Person',
  AI_MODEL: 'AIModel',
  CONTRACT: 'Contract',
  POLICY: 'Policy',
  EVENT: 'Event',
};

/** Every kind label an entity node can carry. */
export const KIND_LABELS = Object.values(NEO4J_LABELS);

export const STATUSES = ['REPORTED', 'ALLEGED', 'DISPUTED', 'CONFIRMED'] as const;
export const RELIABILITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const ORG_TYPES = [
  'COMPANY',
  'GOVERNMENT_BODY',
  'MILITARY',
  'LEGISLATURE',
  'COURT',
  'NONPROFIT',
  'UNIVERSITY',
  'MEDIA',
  'LAW_FIRM',
  'RESEARCH_INSTITUTE',
  'PLATFORM',
  'OTHER',
] as const;
export const EVENT_TYPES = [
  'MEETING',
  'MILITARY_OPERATION',
  'FINANCING_ROUND',
  'SETTLEMENT',
  'RELEASE',
  'SUSPENSION',
  'LEAK',
  'TENDER',
  'PUBLICATION',
  'STATEMENT',
  'RESIGNATION',
  'FOUNDING',
  'LEGISLATION',
  'CAMPAIGN',
  'OTHER',
] as const;
export const POLICY_TYPES = ['CORPORATE_POLICY', 'LAW', 'BILL', 'DIRECTIVE', 'REGULATION', 'TERMS', 'DESIGNATION', 'FRAMEWORK', 'OTHER'] as const;

export const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "pete-hegseth"')
  .max(80);
export const docKeySchema = z.string().regex(/^[0-9a-z][0-9a-z_-]{0,79}$/, 'must be a document key (the file name stem)');
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex sha256');
export const relTypeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/, 'must be an UPPER_SNAKE verb, e.g. ISSUED_ULTIMATUM')
  .max(60);

/** A statement in a document: the character span [start, end) in JavaScript string indices of the UTF-8 text. */
export const evidenceSchema = z
  .object({
    doc: docKeySchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    sha256: sha256Schema,
    note: z.string().max(300).optional(),
  })
  .strict()
  .refine((e) => e.end > e.start, { message: 'end must be greater than start', path: ['end'] });
export type Evidence = z.infer<typeof evidenceSchema>;

export const temporalSchema = z
  .object({
    iso: z.string().min(4).max(40),
    precision: z.enum(PRECISIONS),
    timezone: z.string().max(60).optional(),
    qualifier: z.enum(QUALIFIERS).optional(),
    /** Set when the source gives the date relative to its own publication ("last summer"). */
    relative: z.object({ phrase: z.string().min(1).max(80), anchor: docKeySchema }).strict().optional(),
    /** True when the value is inferred rather than stated; say how in `basis`. */
    estimated: z.boolean().optional(),
    basis: z.string().max(400).optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const problem = checkTemporal(t);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['iso'] });
    if (t.timezone && !isValidZone(t.timezone)) ctx.addIssue({ code: 'custom', message: `unknown time zone "${t.timezone}"`, path: ['timezone'] });
    if (t.estimated && !t.basis) ctx.addIssue({ code: 'custom', message: 'an estimated date needs a basis', path: ['basis'] });
    // Sources rarely name the zone of a clock time ("Friday 5:01 PM"): say where it comes from, or that it is assumed.
    if (t.precision === 'MINUTE' && !t.basis) ctx.addIssue({ code: 'custom', message: 'a time of day needs a basis saying where its time zone comes from (stated, or assumed: then estimated)', path: ['basis'] });
  });
export type TemporalValue = z.infer<typeof temporalSchema>;

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const moneySchema = z
  .object({
    amount: z.number().positive(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
    /** "up to $200 million" is a ceiling, not a sum paid. */
    bound: z.enum(['EXACT', 'UP_TO', 'AT_LEAST', 'ABOUT']).optional(),
  })
  .strict();

/** A dated, sourced attribute that is not a relationship: a valuation, a revenue figure, a count. */
export const factSchema = z
  .object({
    key: keySchema,
    label: z.string().min(1).max(80),
    value: z.string().max(200).optional(),
    amount: moneySchema.optional(),
    quantity: z.number().optional(),
    unit: z.string().max(40).optional(),
    when: temporalSchema.optional(),
    status: z.enum(STATUSES),
    evidence: z.array(evidenceSchema).min(1),
  })
  .strict();

const entityBase = {
  key: keySchema,
  name: z.string().min(1).max(160),
  aliases: z.array(z.string().min(1).max(160)).default([]),
  /** Own words, one or two sentences. */
  description: z.string().min(10).max(600),
  /** Documents that mention the entity beyond those its evidence already points into. */
  mentionedIn: z.array(docKeySchema).default([]),
  /** Evidence for non-obvious attributes, by attribute name (e.g. value, when, place, version, country). */
  attributeEvidence: z.record(z.string(), z.array(evidenceSchema).min(1)).default({}),
  facts: z.array(factSchema).default([]),
  /**
   * Background knowledge the five sources do not state (who owns X, a person's other roles), kept
   * apart from `description`, which says only what the sources support. Own words; no evidence.
   */
  background: z.string().min(10).max(600).optional(),
};

export const organizationSchema = z
  .object({
    ...entityBase,
    kind: z.literal('ORGANIZATION'),
    orgType: z.enum(ORG_TYPES),
    /** ISO 3166-1 alpha-2. */
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
  })
  .strict();
export const personSchema = z
  .object({
    ...entityBase,
    kind: z.literal('PERSON'),
    nationality: z.string().regex(/^[A-Z]{2}$/).optional(),
  })
  .strict();
export const aiModelSchema = z
  .object({
    ...entityBase,
    kind: z.literal('AI_MODEL'),
    /** Entity key of the developer; the loader also checks a DEVELOPED relationship agrees. */
    developer: keySchema.optional(),
    family: z.string().max(80).optional(),
    version: z.string().max(40).optional(),
    releasedOn: temporalSchema.optional(),
  })
  .strict();
export const contractSchema = z
  .object({
    ...entityBase,
    kind: z.literal('CONTRACT'),
    /** The best-attested value; competing values go in a dispute. */
    value: moneySchema.optional(),
    parties: z.array(keySchema).default([]),
    awardedOn: temporalSchema.optional(),
  })
  .strict();
export const policySchema = z
  .object({
    ...entityBase,
    kind: z.literal('POLICY'),
    policyType: z.enum(POLICY_TYPES),
    issuer: keySchema.optional(),
    version: z.string().max(40).optional(),
    adoptedOn: temporalSchema.optional(),
  })
  .strict();
export const eventSchema = z
  .object({
    ...entityBase,
    kind: z.literal('EVENT'),
    eventType: z.enum(EVENT_TYPES),
    when: temporalSchema.optional(),
    until: temporalSchema.optional(),
    place: z.string().max(160).optional(),
    participants: z.array(keySchema).default([]),
  })
  .strict()
  .superRefine(eventOrder);

/** An event cannot end before it begins. */
export function eventOrder(e: { when?: TemporalValue | undefined; until?: TemporalValue | undefined }, ctx: z.RefinementCtx): void {
  const order = untilBeforeWhen(e.when, e.until);
  if (order) ctx.addIssue({ code: 'custom', message: order, path: ['until'] });
}

export const entitySchema = z.discriminatedUnion('kind', [
  organizationSchema,
  personSchema,
  aiModelSchema,
  contractSchema,
  policySchema,
  eventSchema,
]);
export type EntityRecord = z.infer<typeof entitySchema>;

export const relationshipSchema = z
  .object({
    key: keySchema,
    type: relTypeSchema,
    category: z.enum(CATEGORY_NAMES),
    source: keySchema,
    target: keySchema,
    when: temporalSchema.optional(),
    until: temporalSchema.optional(),
    deadline: temporalSchema.optional(),
    amount: moneySchema.optional(),
    status: z.enum(STATUSES),
    /** One plain sentence in the project's own words. */
    summary: z.string().min(10).max(400),
    /** CAMEO verb code, required for interactions between actors. */
    cameo: z.string().regex(/^\d{3,4}$/).optional(),
    /** For HOLDS_ROLE and similar: the title as the sources give it. */
    role: z.string().max(120).optional(),
    /** Where it was said or done: "X", "blog post", "interview". */
    channel: z.string().max(80).optional(),
    /** Media or people the article attributes the report to (entity keys): "according to Reuters". */
    reportedBy: z.array(keySchema).default([]),
    /** Entity keys of events or contracts this relationship is part of. */
    context: z.array(keySchema).default([]),
    evidence: z.array(evidenceSchema).min(1),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.cameo) {
      if (!CAMEO_CODES[r.cameo]) ctx.addIssue({ code: 'custom', message: `unknown CAMEO code ${r.cameo} (add it to src/model/cameo.ts)`, path: ['cameo'] });
      const roots = CATEGORIES[r.category].cameoRoots as readonly string[];
      if (r.category === 'PRESSURE' !== isPressureCode(r.cameo)) {
        ctx.addIssue({ code: 'custom', message: `CAMEO ${r.cameo} ${isPressureCode(r.cameo) ? 'is' : 'is not'} a pressure code but the category is ${r.category}`, path: ['category'] });
      } else if (roots.length > 0 && !roots.includes(r.cameo.slice(0, 2))) {
        ctx.addIssue({ code: 'custom', message: `CAMEO ${r.cameo} does not belong to category ${r.category} (roots ${roots.join(', ')})`, path: ['cameo'] });
      }
    } else if (CAMEO_REQUIRED.includes(r.category)) {
      ctx.addIssue({ code: 'custom', message: `a ${r.category} relationship needs a CAMEO code`, path: ['cameo'] });
    }
    if (r.source === r.target) ctx.addIssue({ code: 'custom', message: 'source and target are the same entity', path: ['target'] });
    if (r.type === 'HOLDS_ROLE' && !r.role) ctx.addIssue({ code: 'custom', message: 'a HOLDS_ROLE relationship needs the role as the sources give it', path: ['role'] });
    const order = untilBeforeWhen(r.when, r.until);
    if (order) ctx.addIssue({ code: 'custom', message: order, path: ['until'] });
  });
export type RelationshipRecord = z.infer<typeof relationshipSchema>;

/** `until` may not end before `when` starts (a role cannot end before it is held). */
function untilBeforeWhen(when: TemporalValue | undefined, until: TemporalValue | undefined): string | null {
  if (!when || !until || checkTemporal(when) || checkTemporal(until)) return null;
  return boundsMillis(until).endMs < boundsMillis(when).startMs ? `until (${until.iso}) ends before when (${when.iso}) starts` : null;
}

/**
 * Where a claim's evidence stands. ARTICLE: the article proper (its body spans). SITE_SUMMARY: a
 * summary the host site put above the article (the document's `siteSummary` spans), which is
 * furniture: kept only so that a figure found nowhere else stays visible, never for a relationship.
 */
export const CLAIM_STANDINGS = ['ARTICLE', 'SITE_SUMMARY'] as const;

export const claimSchema = z
  .object({
    /** How a reader would say it: "$2 billion", "up to $200 million", "spring 2026". */
    value: z.string().min(1).max(200),
    /** The claim as a typed value: exactly one of amount, date or text. */
    amount: moneySchema.optional(),
    date: temporalSchema.optional(),
    text: z.string().min(1).max(300).optional(),
    standing: z.enum(CLAIM_STANDINGS).default('ARTICLE'),
    /** Relationship keys that carry this value, if any. */
    relationships: z.array(keySchema).default([]),
    evidence: z.array(evidenceSchema).min(1),
  })
  .strict()
  .superRefine((c, ctx) => {
    const typed = [c.amount, c.date, c.text].filter((v) => v !== undefined).length;
    if (typed !== 1) ctx.addIssue({ code: 'custom', message: `a claim needs exactly one typed value (amount, date or text); it has ${typed}`, path: ['value'] });
    if (c.standing === 'SITE_SUMMARY' && c.relationships.length) {
      ctx.addIssue({ code: 'custom', message: 'a claim that stands only on a site summary cannot be carried by a relationship', path: ['relationships'] });
    }
  });
export type ClaimRecord = z.infer<typeof claimSchema>;

export const disputeSchema = z
  .object({
    key: keySchema,
    /** What is disputed, in own words: "Value of the DoD contract". */
    topic: z.string().min(5).max(200),
    /** Entity or relationship keys the dispute is about. */
    subjects: z.array(keySchema).min(1),
    field: z.string().max(60).optional(),
    claims: z.array(claimSchema).min(2),
    /** Our reading of why the sources differ; never a silent pick. */
    note: z.string().max(600).optional(),
  })
  .strict();
export type DisputeRecord = z.infer<typeof disputeSchema>;

const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).strict();

export const documentSchema = z
  .object({
    key: docKeySchema,
    /** sha256 of the whole file as read (UTF-8). */
    sha256: sha256Schema,
    title: z.string().min(1).max(300),
    originalTitle: z.string().max(300).optional(),
    publisher: z.string().max(160).optional(),
    author: z.string().max(160).optional(),
    translator: z.string().max(160).optional(),
    publishedOn: temporalSchema.optional(),
    url: z.string().url().optional(),
    /** BCP 47 language of the article text. */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/),
    genre: z.enum(['NEWS', 'ANALYSIS', 'COLUMN', 'AGGREGATOR']),
    reliability: z.enum(RELIABILITIES),
    reliabilityReason: z.string().min(10).max(600),
    /** Spans [start, end) that are the article proper; everything else is site furniture. */
    body: z.array(spanSchema).min(1),
    /**
     * Furniture that summarises the article, written by the host site rather than the author (a
     * machine summary above the text). Outside the body; only SITE_SUMMARY dispute claims may cite it.
     */
    siteSummary: z.array(spanSchema).default([]),
  })
  .strict();
export type DocumentRecord = z.infer<typeof documentSchema>;

/** Evidence from another statement (often another document) for a relationship defined elsewhere. */
export const corroborationSchema = z
  .object({
    relationship: keySchema,
    evidence: z.array(evidenceSchema).min(1),
  })
  .strict();
export type CorroborationRecord = z.infer<typeof corroborationSchema>;

/** Names another document uses for an entity defined elsewhere. */
export const aliasAdditionSchema = z
  .object({
    entity: keySchema,
    aliases: z.array(z.string().min(1).max(160)).default([]),
    mentionedIn: z.array(docKeySchema).default([]),
  })
  .strict();
export type AliasAdditionRecord = z.infer<typeof aliasAdditionSchema>;

/** The shape of each seed file: any file may hold any of these lists. */
export const seedFileSchema = z
  .object({
    documents: z.array(documentSchema).default([]),
    entities: z.array(entitySchema).default([]),
    relationships: z.array(relationshipSchema).default([]),
    disputes: z.array(disputeSchema).default([]),
    corroborations: z.array(corroborationSchema).default([]),
    aliasAdditions: z.array(aliasAdditionSchema).default([]),
  })
  .strict();
export type SeedFile = z.infer<typeof seedFileSchema>;
