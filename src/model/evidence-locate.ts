import type { Evidence } from './seed-schema.js';
import { occurrences, sha256 } from './spans.js';
import type { EvidenceInput, UserProblem } from './write-inputs.js';

export interface SourceDocument {
  key: string;
  text: string | null;
  /** The article proper: evidence outside these spans is site furniture. */
  body: { start: number; end: number }[];
}

/**
 * Where a piece of evidence stands in its document: the quote must occur exactly once (or at the
 * given start), or the span must lie inside the text; either way inside the body. The span is in
 * UTF-16 code units, as a JavaScript string counts, and its sha256 is of that exact slice.
 */
export function locateEvidence(doc: SourceDocument, input: EvidenceInput, field: string[]): Evidence | UserProblem {
  if (doc.text === null) return { code: 'BAD_INPUT', field: [...field, 'document'], message: `the service does not hold the text of document "${doc.key}", so evidence cannot be placed in it` };
  const text = doc.text;
  let start: number;
  let end: number;
  if (input.quote !== null && input.quote !== undefined && input.quote !== '') {
    const quote = input.quote;
    const at = occurrences(text, quote);
    if (input.start !== null && input.start !== undefined) {
      if (!at.includes(input.start)) return { code: 'QUOTE_NOT_FOUND', field: [...field, 'quote'], message: `the quote does not occur at ${input.start} in document "${doc.key}"` };
      start = input.start;
    } else if (at.length === 0) {
      return { code: 'QUOTE_NOT_FOUND', field: [...field, 'quote'], message: `the quote does not occur in document "${doc.key}" (it must be copied exactly)` };
    } else if (at.length > 1) {
      return { code: 'QUOTE_AMBIGUOUS', field: [...field, 'quote'], message: `the quote occurs ${at.length} times in document "${doc.key}" (at ${at.slice(0, 5).join(', ')}); quote more of the sentence or give start` };
    } else {
      start = at[0]!;
    }
    end = start + quote.length;
  } else if (input.start !== null && input.start !== undefined && input.end !== null && input.end !== undefined) {
    if (!(Number.isInteger(input.start) && Number.isInteger(input.end) && input.start >= 0 && input.end > input.start && input.end <= text.length)) {
      return { code: 'BAD_INPUT', field: [...field, 'end'], message: `span [${input.start}, ${input.end}) is not inside document "${doc.key}" (0 to ${text.length})` };
    }
    start = input.start;
    end = input.end;
  } else {
    return { code: 'BAD_INPUT', field, message: 'evidence needs a quote, or start and end' };
  }
  if (!doc.body.some((b) => start >= b.start && end <= b.end)) {
    return { code: 'BAD_INPUT', field, message: `[${start}, ${end}) of document "${doc.key}" lies outside the article body (site furniture)` };
  }
  return { doc: doc.key, start, end, sha256: sha256(text.slice(start, end)) };
}

export const isProblem = (v: Evidence | UserProblem): v is UserProblem => 'code' in v;
