import type { Evidence } from './seed-schema.js';
import type { Props } from './stored-temporal.js';

/**
 * Evidence is stored as parallel lists (the shape Neo4j can keep on nodes and relationships alike).
 * The quote is cut when the evidence is written, in JavaScript, from the document's text: a string
 * slice counts UTF-16 code units, the unit spans are given in, so the stored quote is exactly the
 * span the hash covers. Cypher's substring() counts code points and must never cut quotes.
 */
export const EVIDENCE_PROPS = ['evDocs', 'evStarts', 'evEnds', 'evShas', 'evNotes', 'evQuotes', 'evAttrs'] as const;

export interface EvidenceItem {
  doc: string;
  start: number;
  end: number;
  sha256: string;
  note: string | null;
  attribute: string | null;
  /** Null when the service does not hold the document's text. */
  quote: string | null;
}

/** The exact UTF-16 slice of a text, or null when the text is unknown or too short. */
export function sliceQuote(text: string | null | undefined, start: number, end: number): string | null {
  if (text === null || text === undefined || end > text.length || start < 0 || end <= start) return null;
  return text.slice(start, end);
}

export type QuoteSource = (doc: string, start: number, end: number) => string | null;

export function writeEvidence(evidence: readonly Evidence[], quoteOf: QuoteSource, attrs?: readonly string[]): Props {
  const items = evidence.map((e, i) => ({ doc: e.doc, start: e.start, end: e.end, sha256: e.sha256, note: e.note ?? null, quote: quoteOf(e.doc, e.start, e.end), attribute: attrs?.[i] ?? null }));
  return evidenceListProps(items, attrs !== undefined);
}

const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export function readEvidence(p: Props): EvidenceItem[] {
  const docs = list<string>(p.evDocs);
  const starts = list<number>(p.evStarts);
  const ends = list<number>(p.evEnds);
  const shas = list<string>(p.evShas);
  const notes = list<string>(p.evNotes);
  const quotes = list<string>(p.evQuotes);
  const attrs = list<string>(p.evAttrs);
  return docs.map((doc, i) => ({
    doc,
    start: starts[i]!,
    end: ends[i]!,
    sha256: shas[i]!,
    note: notes[i] || null,
    attribute: attrs[i] ?? null,
    quote: quotes[i] || null,
  }));
}

/**
 * Evidence items as the stored parallel lists: what writeEvidence stores, and what a merge of two
 * entities' evidence read back (readEvidence) stores. A merge rebuilds the lists from whole items:
 * an owner may lack a list that is all blanks (storedForm), so concatenating lists would misalign.
 */
export function evidenceListProps(items: readonly EvidenceItem[], withAttributes = true): Props {
  return {
    evDocs: items.map((e) => e.doc),
    evStarts: items.map((e) => e.start),
    evEnds: items.map((e) => e.end),
    evShas: items.map((e) => e.sha256),
    evNotes: items.map((e) => e.note ?? ''),
    evQuotes: items.map((e) => e.quote ?? ''),
    ...(withAttributes ? { evAttrs: items.map((e) => e.attribute ?? '') } : {}),
  };
}

/** Back to the record shape (spans only; quotes are never part of a record). */
export function evidenceRecordsOf(p: Props): Evidence[] {
  return readEvidence(p).map((e) => ({ doc: e.doc, start: e.start, end: e.end, sha256: e.sha256, ...(e.note ? { note: e.note } : {}) }));
}
