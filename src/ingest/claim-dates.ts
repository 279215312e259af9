import { DateTime } from 'luxon';
import type { TemporalValue } from '../model/seed-schema.js';
import { boundsMillis } from '../model/temporal.js';
import { fit } from './dates.js';
import type { FoundDate } from './proposal.js';

/**
 * A reaction the text does not date (a quotation, a report on an event) came after the last date
 * stated before it and before publication: the smallest period holding both, as an estimate
 * ("said" after a February 23 post, in an article of February 27: late February).
 */
export function reactionDate(previous: FoundDate | null, published: TemporalValue | undefined, at: { start: number; end: number }): FoundDate | undefined {
  if (!previous || !published) return undefined;
  const from = boundsMillis(previous.value).startMs;
  const to = boundsMillis(published).endMs;
  if (to < from) return undefined;
  const value = fit(DateTime.fromMillis(from, { zone: 'UTC' }), DateTime.fromMillis(to, { zone: 'UTC' }));
  if (!value) return undefined;
  return { value: { ...value, estimated: true, basis: `Not dated by the text: after "${previous.phrase}" (${previous.value.iso}), stated before it, and before publication (${published.iso}).`.slice(0, 400) }, phrase: previous.phrase, span: at };
}

/** A state the text reports as holding when it was written: attested on the publication date. */
export function asOfPublication(published: TemporalValue | undefined, documentKey: string | undefined, at: { start: number; end: number }): FoundDate | undefined {
  if (!published) return undefined;
  const { relative: _r, ...value } = published;
  return { value: { ...value, ...(documentKey ? { relative: { phrase: 'as of publication', anchor: documentKey } } : {}) }, phrase: 'as of publication', span: at };
}
