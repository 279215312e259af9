import seedrandom from 'seedrandom';
import { CAMEO_CODES, cameoRoot, isPressureCode } from '../../src/model/cameo.js';
import { CATEGORIES, type Category } from '../../src/model/categories.js';
import { sha256 } from '../../src/model/spans.js';
import type { DocumentRecord, EntityKind, EntityRecord, Evidence, RelationshipRecord, TemporalValue } from '../../src/model/seed-schema.js';
import { ORG_TYPES, POLICY_TYPES, EVENT_TYPES } from '../../src/model/seed-schema.js';
import type { Qualifier } from '../../src/model/temporal.js';
import { toGraphRows, type GraphRows } from '../../src/seed/graph-rows.js';
import type { Seed } from '../../src/seed/read-seed.js';
import type { SourceText } from '../../src/seed/source-texts.js';
import { name, pick, sentence, word, type Rng } from './synthetic-words.js';

/**
 * A synthetic graph in the project's own model, as seed records mapped to stored rows by the one
 * mapping (toGraphRows → model/stored-records.ts), so it is stored exactly as curated data is.
 *
 * - Entities `syn-e<i>`, six kinds; every record depends only on the seed and its group of 25, so
 *   any part can be made on its own and the whole never has to fit in memory.
 * - Relationships: each entity is the source of 1 to 9 (5 on average); targets are drawn from a
 *   power law over a shuffled rank (P(rank ≤ x) = (x/N)^0.4), so a few hubs collect thousands and
 *   most entities a handful, and the hubs grow with the graph as real ones do.
 * - Dates: ten years (2014 to 2023) at every precision, YEAR to MINUTE, with qualifiers, estimates
 *   and 10% undated; deadlines, ends of roles and amounts where the category has them.
 * - Documents: three per group of 25 source entities (a story and its follow-ups), each a text of
 *   made-up sentences; a relationship cites 1 to 3 of its group's documents, each evidence span
 *   one sentence with its sha256 and quote, so mentions stay local as they are in news.
 *
 * The synthetic graph shares no entity with the seed, so every answer about seed entities is the
 * same at every size, and no synthetic word can match the search shape's text.
 */

export const GROUP = 25;
const DOCS_PER_GROUP = 3;
const SENTENCES_PER_DOC = 16;
const START_MS = Date.UTC(2014, 0, 1);
const END_MS = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

/** Alea: a seeded generator cheap to start, one per group of records (its state is per group, not global). */
const rngFor = (seed: string, ...parts: (string | number)[]): Rng => seedrandom.alea(`${seed}:${parts.join(':')}`);

export const entityKey = (i: number) => `syn-e${i}`;
const docKey = (group: number, j: number) => `syn-d${group}-${j}`;

const KINDS: [EntityKind, number][] = [
  ['ORGANIZATION', 0.4],
  ['PERSON', 0.35],
  ['AI_MODEL', 0.08],
  ['CONTRACT', 0.05],
  ['POLICY', 0.05],
  ['EVENT', 0.07],
];

function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  let u = rng();
  for (const [v, w] of table) {
    if (u < w) return v;
    u -= w;
  }
  return table.at(-1)![0];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A date in the ten years at a random precision (10% undated). */
function temporal(rng: Rng, atMs = START_MS + Math.floor(rng() * (END_MS - START_MS - 2 * DAY_MS))): TemporalValue | undefined {
  const d = new Date(atMs);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const u = rng();
  const qualifier = (): { qualifier?: Qualifier } => (rng() < 0.3 ? { qualifier: pick(rng, ['EARLY', 'MID', 'LATE'] as const) } : {});
  const estimated = (): Partial<TemporalValue> => (rng() < 0.1 ? { estimated: true, basis: 'Synthetic: inferred from the publication date.' } : {});
  if (u < 0.1) return undefined;
  if (u < 0.15) return { iso: `${y}`, precision: 'YEAR', ...qualifier(), ...estimated() };
  if (u < 0.18) return { iso: `${y}-${pick(rng, ['21', '22', '23'])}`, precision: 'SEASON', ...estimated() };
  if (u < 0.23) return { iso: `${y}-Q${Math.ceil(m / 3)}`, precision: 'QUARTER', ...qualifier(), ...estimated() };
  if (u < 0.38) return { iso: `${y}-${pad(m)}`, precision: 'MONTH', ...qualifier(), ...estimated() };
  if (u < 0.93) return { iso: `${y}-${pad(m)}-${pad(day)}`, precision: 'DAY', ...estimated() };
  return {
    iso: `${y}-${pad(m)}-${pad(day)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`,
    precision: 'MINUTE',
    timezone: 'UTC',
    estimated: true,
    basis: 'Synthetic: clock time, zone assumed to be UTC.',
  };
}

function entity(rng: Rng, i: number): EntityRecord {
  const kind = weighted(rng, KINDS);
  const base = {
    key: entityKey(i),
    name: name(rng),
    aliases: rng() < 0.3 ? [name(rng)] : [],
    description: sentence(rng, 6 + Math.floor(rng() * 6)),
    mentionedIn: [],
    attributeEvidence: {},
    facts: [],
  };
  switch (kind) {
    case 'ORGANIZATION':
      return { ...base, kind, orgType: pick(rng, ORG_TYPES), country: pick(rng, ['US', 'GB', 'FR', 'DE', 'JP', 'BR']) };
    case 'PERSON':
      return { ...base, kind, nationality: pick(rng, ['US', 'GB', 'FR', 'DE', 'JP', 'BR']) };
    case 'AI_MODEL':
      return { ...base, kind, family: word(rng), version: `${1 + Math.floor(rng() * 5)}.${Math.floor(rng() * 10)}`, releasedOn: temporal(rng) };
    case 'CONTRACT':
      return { ...base, kind, parties: [], value: { amount: Math.round(rng() * 1e8), currency: 'USD', bound: 'UP_TO' }, awardedOn: temporal(rng) };
    case 'POLICY':
      return { ...base, kind, policyType: pick(rng, POLICY_TYPES) };
    case 'EVENT':
      return { ...base, kind, eventType: pick(rng, EVENT_TYPES), participants: [], when: temporal(rng) };
  }
}

/** A document's text: sentences of made-up words, and where each sentence is. */
function documentText(seed: string, group: number, j: number): { text: string; sentences: [number, number][] } {
  const rng = rngFor(seed, 'd', group, j);
  const sentences: [number, number][] = [];
  let text = '';
  for (let s = 0; s < SENTENCES_PER_DOC; s++) {
    const sn = sentence(rng, 5 + Math.floor(rng() * 6));
    sentences.push([text.length, text.length + sn.length]);
    text += `${sn} `;
  }
  return { text, sentences };
}

function document(seed: string, group: number, j: number, text: string): DocumentRecord {
  const rng = rngFor(seed, 'dm', group, j);
  const published = new Date(START_MS + Math.floor(rng() * (END_MS - START_MS)));
  return {
    key: docKey(group, j),
    sha256: sha256(text),
    title: sentence(rng, 4).slice(0, -1),
    publisher: name(rng),
    language: 'en',
    genre: pick(rng, ['NEWS', 'ANALYSIS', 'COLUMN'] as const),
    reliability: pick(rng, ['HIGH', 'MEDIUM', 'LOW'] as const),
    reliabilityReason: 'Synthetic document made up for the scale benchmark.',
    publishedOn: { iso: published.toISOString().slice(0, 10), precision: 'DAY' },
    body: [{ start: 0, end: text.length }],
    siteSummary: [],
  };
}

/** Verbs per category; CAMEO codes from the project's table whose root puts them in it. */
const VERBS: Record<Category, string[]> = {
  PRESSURE: ['DEMANDED', 'THREATENED', 'ACCUSED', 'CRITICIZED', 'SANCTIONED'],
  OPPOSITION: ['REJECTED', 'DEFIED', 'PROTESTED'],
  CONFLICT: ['ATTACKED', 'SEIZED'],
  SUPPORT: ['ENDORSED', 'DEFENDED', 'AIDED'],
  COMMUNICATION: ['MET_WITH', 'STATED', 'NEGOTIATED_WITH'],
  AFFILIATION: ['HOLDS_ROLE', 'MEMBER_OF', 'PART_OF_GROUP'],
  CREATION: ['DEVELOPED', 'PUBLISHED'],
  TRANSACTION: ['INVESTED_IN', 'AWARDED_CONTRACT'],
  REGULATION: ['APPROVED', 'REGULATED'],
  PARTICIPATION: ['TOOK_PART_IN', 'USED_IN'],
  COMPETITION: ['COMPETES_WITH', 'DERIVED_FROM'],
};
const CATEGORY_MIX: [Category, number][] = [
  ['PRESSURE', 0.2],
  ['COMMUNICATION', 0.2],
  ['SUPPORT', 0.1],
  ['OPPOSITION', 0.08],
  ['CONFLICT', 0.04],
  ['AFFILIATION', 0.12],
  ['CREATION', 0.06],
  ['TRANSACTION', 0.08],
  ['REGULATION', 0.04],
  ['PARTICIPATION', 0.05],
  ['COMPETITION', 0.03],
];
const CODES: Partial<Record<Category, string[]>> = Object.fromEntries(
  Object.entries(CATEGORIES)
    .filter(([, c]) => c.cameoRoots.length > 0)
    .map(([cat, c]) => [cat, Object.keys(CAMEO_CODES).filter((code) => (c.cameoRoots as readonly string[]).includes(cameoRoot(code)) && isPressureCode(code) === (cat === 'PRESSURE'))]),
);

/** Shuffled rank → entity index: an affine map, a bijection because the multiplier is coprime with n. */
function rankToIndex(rank: number, n: number): number {
  let a = 7_919;
  while (gcd(a, n) !== 1) a += 2;
  return Number((BigInt(rank) * BigInt(a) + 12_345n) % BigInt(n));
}
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function relationships(rng: Rng, i: number, n: number, texts: (group: number, j: number) => ReturnType<typeof documentText>): RelationshipRecord[] {
  const count = 1 + Math.floor(rng() * 9);
  const group = Math.floor(i / GROUP);
  const out: RelationshipRecord[] = [];
  for (let k = 0; k < count; k++) {
    let target = rankToIndex(Math.floor(n * rng() ** 2.5), n);
    if (target === i) target = (target + 1) % n;
    const category = weighted(rng, CATEGORY_MIX);
    const type = pick(rng, VERBS[category]);
    const when = temporal(rng);
    const docs = [0, 1, 2].filter(() => rng() < 0.55);
    if (docs.length === 0) docs.push(Math.floor(rng() * DOCS_PER_GROUP));
    const evidence: Evidence[] = docs.map((j) => {
      const { text, sentences } = texts(group, j);
      const [start, end] = pick(rng, sentences);
      return { doc: docKey(group, j), start, end, sha256: sha256(text.slice(start, end)) };
    });
    const later = when && rng() < 0.3 ? temporal(rng, Math.min(END_MS - 2 * DAY_MS, Date.parse(toStartIso(when)) + Math.floor(rng() * 400) * DAY_MS)) : undefined;
    const codes = CODES[category];
    out.push({
      key: `syn-r${i}-${k}`,
      type,
      category,
      source: entityKey(i),
      target: entityKey(target),
      status: weighted(rng, [
        ['REPORTED', 0.7],
        ['ALLEGED', 0.15],
        ['CONFIRMED', 0.1],
        ['DISPUTED', 0.05],
      ] as const),
      summary: sentence(rng, 5 + Math.floor(rng() * 5)),
      reportedBy: [],
      context: [],
      evidence,
      ...(codes ? { cameo: pick(rng, codes) } : {}),
      ...(type === 'HOLDS_ROLE' ? { role: 'Director' } : {}),
      ...(when ? { when } : {}),
      ...(later && category === 'AFFILIATION' ? { until: later } : {}),
      ...(later && category === 'PRESSURE' ? { deadline: later } : {}),
      ...(category === 'TRANSACTION' && rng() < 0.6 ? { amount: { amount: Math.round(rng() * 1e9), currency: 'USD', bound: 'ABOUT' as const } } : {}),
    });
  }
  return out;
}

/** Where a date's span starts, near enough to place a later date (a day's error does not matter). */
function toStartIso(t: TemporalValue): string {
  const iso = t.iso.slice(0, 10);
  if (t.precision === 'YEAR') return `${iso}-01-01`;
  if (t.precision === 'MONTH') return `${iso}-01`;
  if (t.precision === 'SEASON' || t.precision === 'QUARTER') return `${iso.slice(0, 4)}-06-01`;
  return iso;
}

const emptySeed = (): Seed => ({ documents: [], entities: [], relationships: [], disputes: [], origin: new Map() });

/** Entities [from, to) and the documents of their groups (from and to are multiples of GROUP or n). */
export function entityPart(seed: string, from: number, to: number): GraphRows {
  const part = emptySeed();
  const texts: SourceText[] = [];
  for (let g = Math.floor(from / GROUP); g < Math.ceil(to / GROUP); g++) {
    const rng = rngFor(seed, 'e', g);
    for (let i = g * GROUP; i < Math.min(to, (g + 1) * GROUP); i++) part.entities.push(entity(rng, i));
    for (let j = 0; j < DOCS_PER_GROUP; j++) {
      const { text } = documentText(seed, g, j);
      const doc = document(seed, g, j, text);
      part.documents.push(doc);
      texts.push({ key: doc.key, text, sha256: doc.sha256 });
    }
  }
  return toGraphRows(part, texts);
}

/** The relationships whose source is in [from, to), with the mentions their evidence implies. */
export function relationshipPart(seed: string, n: number, from: number, to: number): GraphRows {
  const part = emptySeed();
  const cache = new Map<string, ReturnType<typeof documentText>>();
  const texts = (g: number, j: number) => {
    const id = docKey(g, j);
    let t = cache.get(id);
    if (!t) cache.set(id, (t = documentText(seed, g, j)));
    return t;
  };
  for (let g = Math.floor(from / GROUP); g < Math.ceil(to / GROUP); g++) {
    const rng = rngFor(seed, 'r', g);
    for (let i = g * GROUP; i < Math.min(to, (g + 1) * GROUP); i++) part.relationships.push(...relationships(rng, i, n, texts));
  }
  // Only the texts' slices are read (quotes); their hash is not checked here.
  const sources: SourceText[] = [...cache].map(([key, t]) => ({ key, text: t.text, sha256: '' }));
  return toGraphRows(part, sources);
}

/** Every row a part writes (anchors, relationships, mentions): what load throughput counts. */
export const rowCount = (r: GraphRows) => r.documents.length + r.entities.length + r.relationships.length + r.mentions.length + r.facts.length + r.disputes.length;
