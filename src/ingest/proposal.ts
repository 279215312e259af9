import type { Category } from '../model/categories.js';
import type { EntityKind, TemporalValue } from '../model/seed-schema.js';

export interface Span {
  start: number;
  end: number;
}

/** A date as found: a temporal value the graph accepts, plus the words it came from. */
export interface FoundDate {
  value: TemporalValue;
  /** The words as written ("last summer", "5:01 PM on Friday"). */
  phrase: string;
  span: Span;
  /** The value ends before `until` (ranges such as "2023-2024"). */
  until?: TemporalValue;
  /** Instants the phrase really covers when narrower than the value ("two months ago" from a quarter). */
  interval?: { startMs: number; endMs: number };
}

export type Bound = 'EXACT' | 'UP_TO' | 'AT_LEAST' | 'ABOUT';

export interface FoundMoney {
  amount: number;
  currency: string;
  bound: Bound;
  phrase: string;
  span: Span;
}

/** One occurrence of an entity, known or new, in the text. */
export interface Mention {
  /** Key of a known entity; absent for a new-entity candidate. */
  key?: string;
  /** Name of the new-entity candidate when `key` is absent. */
  candidate?: string;
  kind: EntityKind;
  span: Span;
  text: string;
  /** How it was found: a name or alias (with its variants), a descriptive match, coreference, or a new candidate. */
  via: 'name' | 'description' | 'coreference' | 'candidate';
  /** Start of the mention a coreference points back to. */
  antecedent?: number;
  possessive: boolean;
  confidence: number;
}

export interface EntityCandidate {
  name: string;
  kind: EntityKind;
  /** Why this kind: a title before a person's name, an organisation suffix, a version number… */
  reason: string;
  spans: Span[];
}

export type EndPoint = { key: string } | { candidate: { name: string; kind: EntityKind } };

export interface Proposal {
  /** Stable within a text: the same text and graph give the same ids. */
  id: string;
  type: string;
  category: Category;
  cameo?: string;
  source: EndPoint;
  target: EndPoint;
  when?: FoundDate;
  until?: FoundDate;
  deadline?: FoundDate;
  amount?: FoundMoney;
  role?: string;
  confidence: number;
  /** The sentence, in UTF-16 units of the text. */
  evidence: Span;
  /** The words that triggered it (verb, role title, possessive…), in order. */
  matched: string[];
  /** Set when an existing relationship says the same thing: accept as added evidence, not a duplicate. */
  addsEvidenceTo?: string;
}

export type IngestProblemCode = 'NO_TEXT' | 'ONLY_FURNITURE' | 'UNSUPPORTED_LANGUAGE' | 'TEXT_TOO_LARGE' | 'BAD_INPUT';

/** Why there is nothing (or less) to propose, in the shape of a GraphQL userError. */
export interface IngestProblem {
  code: IngestProblemCode;
  message: string;
  field?: string;
}

export interface IngestResult {
  language: string | null;
  proposals: Proposal[];
  mentions: Mention[];
  newEntities: EntityCandidate[];
  problems: IngestProblem[];
  /** True when MAX_PROPOSALS cut the list. */
  truncated: boolean;
}
