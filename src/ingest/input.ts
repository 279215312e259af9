import type { Category } from '../model/categories.js';
import type { EntityKind, TemporalValue } from '../model/seed-schema.js';

/** What the engine reads. Everything is plain data: no database, no network. */
export interface IngestInput {
  text: string;
  /** Key of the stored document, used as the anchor of relative dates. */
  documentKey?: string;
  /** When the document was published; relative dates ("last summer") are resolved against it. */
  publishedOn?: TemporalValue;
  /** Spans [start, end) in UTF-16 units that are the article proper; absent means the whole text. */
  body?: { start: number; end: number }[];
  /** BCP 47 tag if known; otherwise the engine detects the language. */
  language?: string;
  knownEntities: KnownEntity[];
  /** Relationships already in the graph: a proposal that matches one is offered as added evidence. */
  existingRelationships?: ExistingRelationship[];
}

export interface KnownEntity {
  key: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** For organisations: COMPANY, GOVERNMENT_BODY, MILITARY… helps "the department" find its antecedent. */
  orgType?: string;
}

export interface ExistingRelationship {
  key: string;
  type: string;
  category: Category;
  source: string;
  target: string;
  cameo?: string;
}

/**
 * Texts above this many UTF-16 units are refused with TEXT_TOO_LARGE rather than read slowly: the
 * engine reads about 15-50 KB a second on a loaded 2-core machine (linear in the length), so
 * 500 KB stays within a background job's minute; a 1 MB text is refused with a clear error.
 */
export const MAX_TEXT_UNITS = 500_000;
/** A pathological text cannot make the engine return an unbounded list. */
export const MAX_PROPOSALS = 2_000;
/** New entity candidates kept per text: a list served in full, so bounded like proposals. */
export const MAX_NEW_ENTITIES = 500;
