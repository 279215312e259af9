import { DateTime } from 'luxon';
import type { TemporalValue } from '../model/seed-schema.js';
import { boundsMillis } from '../model/temporal.js';
import { fit } from './dates.js';
import type { FoundDate, Span } from './proposal.js';
import type { RawClaim } from './roles.js';
import type { Sentence } from './sentences.js';

/** What a sentence gives for dating its claims. */
export interface SentenceDates {
  sentence: Sentence;
  /** Date phrases of the sentence that are not deadlines. */
  whens: FoundDate[];
  /** The last date stated before this sentence in its section, if any. */
  sectionDate: FoundDate | null;
  published?: TemporalValue;
  documentKey?: string;
}

/** Standing ties the text reports as holding when it was written (the graph's "as of publication"). */
const STATES = new Set(['AFFILIATION']);
const STANDING_TYPES = /^(?:COMPETES_WITH|DERIVED_FROM|PREVIEW_OF|VERSION_OF)$/;
const AS_OF_PUBLICATION = /\b(?:as\s+of\s+(?:publication|press\s+time|this\s+writing|writing)|at\s+the\s+time\s+of\s+(?:writing|publication)|at\s+press\s+time)\b/i;
/** "In February, it was revealed that X": the date is the revelation's, not X's. */
const REPORTED_THAT = /\b(?:it\s+(?:was|has\s+been|had\s+been)\s+(?:revealed|reported|disclosed|announced|confirmed|learned|claimed|alleged)|(?:reports?|sources?)\s+(?:said|say|show(?:ed)?|suggest(?:ed)?))\s+that\b/i;
/** "just after the ministry relaxed the rules": an act placed only relative to the date it is near. */
const RELATIVE_PLACE = /\b(?:just|shortly|soon|right|only\s+days?)\s+(?:after|before)\b/i;
/** "X subsequently did Y": after the date before it, by an unstated span; the year is what the text allows. */
const SUBSEQUENT = /\b(?:subsequently|afterwards?|thereafter|since\s+then)\b/i;
/** Present and present perfect ("is pressing", "has resisted", "have arisen"): a state as of writing. */
const PRESENT = /\b(?:is|are|am|has|have|remains?|continues?\s+to)\s+(?:not\s+|no\s+longer\s+|still\s+|now\s+|also\s+|simultaneously\s+|already\s+|been\s+)?\w+(?:ing|ed|en|wn|un|ung|ought)\b/i;
const PAST = /\b(?:was|were|had|did)\b/i;

const inside = (d: { span: Span }, spans: Span[] | undefined) => !!spans && spans.some((c) => d.span.start >= c.start && d.span.end <= c.end);

/**
 * The date of a claim, with the precision the text gives, by these rules in order:
 * - a standing tie (a role, ownership, rivalry) is attested: a role on the date of the person's act
 *   in the sentence or the date the sentence states, anything else as of publication;
 * - an act takes the date phrase of its own clause nearest its words: not a date inside words it
 *   reports ("According to X, … in January") nor the date of a revelation it is the content of;
 * - a reaction (a quotation, a report) with no date of its own falls after the last date before
 *   it and before publication; with none before it, it is the publication's period;
 * - "as of publication" and present-tense states are dated by publication;
 * - otherwise the last date stated in the section, as an estimate (the month only when the act is
 *   placed "just after" something, the year when it came "subsequently").
 */
export function dateOf(claim: RawClaim, d: SentenceDates, actDate?: FoundDate): FoundDate | undefined {
  const s = d.sentence;
  const at = { start: s.start, end: s.end };
  const nearest = (list: FoundDate[]) => [...list].sort((a, b) => Math.abs(a.span.start - claim.at) - Math.abs(b.span.start - claim.at))[0];
  if (!claim.dated) {
    if (claim.type === 'HOLDS_ROLE') return actDate ?? nearest(d.whens) ?? asOfPublication(d.published, d.documentKey, at);
    if (STATES.has(claim.category) || STANDING_TYPES.test(claim.type)) return asOfPublication(d.published, d.documentKey, at);
    return undefined;
  }
  const reported = REPORTED_THAT.exec(s.text);
  const reportEnd = reported ? s.start + reported.index + reported[0].length : -1;
  const usable = d.whens.filter((w) => !inside(w, claim.content) && !(reported && claim.at >= reportEnd && w.span.end <= reportEnd));
  const own = nearest(usable);
  if (own) return own;
  if (claim.reaction) {
    const content = d.whens.filter((w) => inside(w, claim.content)).sort((a, b) => boundsMillis(b.value).startMs - boundsMillis(a.value).startMs)[0];
    return reactionDate(content ?? d.sectionDate, d.published, at) ?? asOfPublication(d.published, d.documentKey, at, 'reported as current');
  }
  const upTo = s.text.slice(0, Math.max(0, claim.at - s.start) + 40);
  if (AS_OF_PUBLICATION.test(s.text) || (PRESENT.test(upTo) && !PAST.test(upTo) && !d.sectionDate)) return asOfPublication(d.published, d.documentKey, at);
  if (reported && claim.at >= reportEnd) return undefined;
  const before = s.text.slice(0, Math.max(0, claim.at - s.start));
  return inherited(d.sectionDate, RELATIVE_PLACE.test(before) ? 'MONTH' : SUBSEQUENT.test(before) ? 'YEAR' : null);
}

/**
 * A sentence with no date of its own inherits the last one stated in its section, as an estimate;
 * an act placed only relative to it ("just after", "subsequently") keeps the month or the year.
 */
function inherited(d: FoundDate | null, widenTo: 'MONTH' | 'YEAR' | null): FoundDate | undefined {
  if (!d) return undefined;
  const { relative: _r, estimated: _e, basis: _b, ...value } = d.value;
  if (widenTo === 'MONTH' && (value.precision === 'DAY' || value.precision === 'MINUTE')) {
    return { ...d, value: { iso: value.iso.slice(0, 7), precision: 'MONTH', estimated: true, basis: `Placed just before or after "${d.phrase}" (${value.iso}), stated earlier; the month is what the text allows.`.slice(0, 400) } };
  }
  if (widenTo === 'YEAR' && value.precision !== 'YEAR') {
    return { ...d, value: { iso: value.iso.slice(0, 4), precision: 'YEAR', estimated: true, basis: `Placed after "${d.phrase}" (${value.iso}), stated earlier; the year is what the text allows.`.slice(0, 400) } };
  }
  return { ...d, value: { ...value, estimated: true, basis: `The sentence gives no date; "${d.phrase}", stated earlier in the same section, is taken as its date.`.slice(0, 400) } };
}

/**
 * A reaction the text does not date (a quotation, a report on an event) came after the last date
 * stated before it and before publication: the smallest period holding both, as an estimate
 * ("said" after a February 23 post, in an article of February 27: late February).
 */
export function reactionDate(previous: FoundDate | null, published: TemporalValue | undefined, at: Span): FoundDate | undefined {
  if (!previous || !published) return undefined;
  const from = boundsMillis(previous.value).startMs;
  const to = boundsMillis(published).endMs;
  if (to < from) return undefined;
  const value = fit(DateTime.fromMillis(from, { zone: 'UTC' }), DateTime.fromMillis(to - 1, { zone: 'UTC' }));
  if (!value) return undefined;
  return { value: { ...value, estimated: true, basis: `Not dated by the text: after "${previous.phrase}" (${previous.value.iso}), stated before it, and before publication (${published.iso}).`.slice(0, 400) }, phrase: previous.phrase, span: at };
}

/** A state the text reports as holding when it was written: attested on the publication date. */
export function asOfPublication(published: TemporalValue | undefined, documentKey: string | undefined, at: Span, phrase = 'as of publication'): FoundDate | undefined {
  if (!published) return undefined;
  const { relative: _r, ...value } = published;
  return { value: { ...value, ...(documentKey ? { relative: { phrase, anchor: documentKey } } : {}) }, phrase, span: at };
}
