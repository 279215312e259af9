import type { Category } from '../model/categories.js';
import type { Mention, Span } from './proposal.js';
import { inside, type Quote } from './quotes.js';
import type { RawClaim } from './roles.js';
import type { Sentence } from './sentences.js';

const isActor = (m: Mention) => m.kind === 'ORGANIZATION' || m.kind === 'PERSON';
const isThing = (m: Mention) => m.kind === 'EVENT' || m.kind === 'POLICY' || m.kind === 'AI_MODEL' || m.kind === 'CONTRACT';

// The tone of a quotation, from its words and from the words that introduce it.
const ACCUSING = /\b(?:stole|steal(?:s|ing)?|stolen|theft|thie(?:f|ves)|lied|lies|lying|fraud\w*|cheat\w*|illegal\w*|pirat\w*|plagiari\w*|spied|espionage)\b/i;
const CRITICAL_INTRO = /^(?:put\s+it|fired\s+a\s+shot|took\s+aim|expressed\s+(?:confusion|concern|doubt|dismay|anger|frustration|disbelief|s[ck]epticism))/i;
const CRITICAL = /\b(?:hypocri\w*|double\s+standards?|shame\w*|disgrace\w*|reckless\w*|irresponsib\w*|absurd\w*|ridiculous|betray\w*|indifferen\w*|contradict\w*|how\s+can\s+you|you\s+can(?:no|'|’)t)\b/i;
const WARNING_INTRO = /^warn/i;
const PESSIMISTIC = /\b(?:danger\w*|catastroph\w*|not\s+prepared|unprecedented|litigation|lawsuits?|crisis|collaps\w*|doom\w*|triage|grave|alarm\w*|risks)\b/i;
const PRAISING = /\b(?:improve\s+my\s+opinion|increase\s+my\s+opinion|admire\w*|applaud\w*|commend\w*|prais\w*|right\s+thing|honou?rabl\w*|brave\w*|courage\w*|principled)\b/i;
const FIRST_PERSON = /\b(?:we|our|us|ours)\b/gi;
const PLURAL_PRONOUN = /^(?:they|them|their|both)\b/i;
const PREPOSITION_BEFORE = /\b(?:of|to|for|with|from|in|on|at|about|against|between|by|than|like|into|over)\s+(?:the\s+|a\s+|an\s+)?$/i;

export interface AttributionContext {
  text: string;
  sentences: Sentence[];
  /** Every mention of each sentence (names, descriptions, coreference, first person). */
  mentions: Mention[][];
  /** The organisation a person speaks for, if the text or the graph says. */
  sideOf: (m: Mention) => string | undefined;
  /** What the section is about: the first event, policy or model its heading names. */
  topicOf: (sentence: number) => Mention | undefined;
}

interface Tone {
  type: string;
  category: Category;
  cameo: string;
  /** With no target named in the quotation, aim at the party last named before it (critical) or at the section's topic. */
  aim: 'party' | 'topic';
}

function toneOf(q: Quote, words: string, firstPerson: boolean): Tone {
  const directed = /\byou(?:r)?\b/i.test(words) && /\?/.test(words);
  if (ACCUSING.test(words)) return { type: 'ACCUSED', category: 'PRESSURE', cameo: '112', aim: 'party' };
  if (CRITICAL_INTRO.test(q.intro) || CRITICAL.test(words) || directed) return { type: 'CRITICIZED', category: 'PRESSURE', cameo: '111', aim: 'party' };
  if (PRAISING.test(words)) return { type: 'ENDORSED', category: 'SUPPORT', cameo: '051', aim: 'party' };
  if (firstPerson) return { type: 'DEFENDED', category: 'SUPPORT', cameo: '052', aim: 'topic' };
  if (WARNING_INTRO.test(q.intro) || PESSIMISTIC.test(words)) return { type: 'COMMENTED_ON', category: 'COMMUNICATION', cameo: '012', aim: 'topic' };
  return { type: 'COMMENTED_ON', category: 'COMMUNICATION', cameo: '010', aim: 'topic' };
}

/**
 * "We", "our" and "us" in a quotation are the speaker's organisation ("Anthropic wrote: we
 * received…"; a chief scientist's "we" is the company's).
 */
export function firstPersonMentions(quotes: Quote[], ctx: AttributionContext): Mention[][] {
  const out: Mention[][] = ctx.sentences.map(() => []);
  for (const q of quotes) {
    const side = q.speaker.kind === 'ORGANIZATION' ? q.speaker.key : ctx.sideOf(q.speaker);
    if (!side) continue;
    ctx.sentences.forEach((s, i) => {
      for (const m of s.text.matchAll(FIRST_PERSON)) {
        const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
        if (!inside({ span }, q.content)) continue;
        out[i]!.push({ key: side, kind: 'ORGANIZATION', span, text: m[0], via: 'coreference', antecedent: q.speaker.span.start, possessive: /^our/i.test(m[0]), confidence: 0.65 });
      }
    });
  }
  return out;
}

/**
 * What a quotation proposes: the speaker's criticism, accusation, praise, defence or comment,
 * aimed at the parties the quotation names (not the speaker's own side) or, when it names none,
 * at the party named just before it (criticism) or at what the section is about (comment); and
 * the outlet it was given to reporting on that topic. Dated as reactions.
 */
export function quoteClaims(quotes: Quote[], ctx: AttributionContext): Map<number, RawClaim[]> {
  const out = new Map<number, RawClaim[]>();
  for (const q of quotes) {
    const words = q.content.map((c) => ctx.text.slice(c.start, c.end)).join(' ');
    const side = ctx.sideOf(q.speaker);
    const own = (m: Mention) => m.key === q.speaker.key || (!!side && m.key === side) || (!!q.outlet && m.key === q.outlet.key);
    const quoted = ctx.mentions.flatMap((list) => list.filter((m) => inside(m, q.content)));
    const firstPerson = quoted.some((m) => m.via === 'coreference' && /^(?:we|our|us|ours)$/i.test(m.text));
    // Parties the quotation names, not those only in a phrase ("actions against X") or by a loose "their".
    const named = quoted.filter((m) => isActor(m) && m.key && !own(m) && m.via !== 'candidate' && !(m.via === 'coreference' && PLURAL_PRONOUN.test(m.text)));
    const free = named.filter((m) => m.possessive || /^your\b/i.test(m.text) || !PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, m.span.start - 30), m.span.start)));
    // Asked of "you", the target is whoever "your …" names.
    const addressed = free.filter((m) => /^your\b/i.test(m.text));
    let targets = unique(addressed.length ? addressed : free);
    const tone = toneOf(q, words, firstPerson && !targets.length);
    // Praise and blame may name their object in a phrase ("my opinion of X").
    if (!targets.length && tone.aim === 'party') targets = unique(named);
    if (!targets.length) {
      const fallback = tone.aim === 'party' ? lastParty(q, ctx, own) : ctx.topicOf(q.sentence);
      targets = fallback && !own(fallback) ? [fallback] : [];
    }
    const claims: RawClaim[] = [];
    const at = q.speaker.span.start;
    for (const target of targets) {
      claims.push({ type: tone.type, category: tone.category, cameo: tone.cameo, source: q.speaker, target, matched: [q.intro, 'quotation'], at, dated: true, reaction: true, content: q.content, confidence: Math.round(0.55 * q.speaker.confidence * target.confidence * 100) / 100 });
      if (q.outlet && isThing(target)) claims.push({ type: 'REPORTED_ON', category: 'COMMUNICATION', cameo: '010', source: q.outlet, target, matched: [q.intro, `carried by ${q.outlet.text}`], at, dated: true, reaction: true, content: q.content, confidence: 0.45 });
    }
    out.set(q.sentence, [...(out.get(q.sentence) ?? []), ...claims]);
  }
  return out;
}

function unique(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(m.key!) && !!seen.add(m.key!));
}

/** The last party named before the quotation in its section, not on the speaker's side. */
function lastParty(q: Quote, ctx: AttributionContext, own: (m: Mention) => boolean): Mention | undefined {
  const section = ctx.sentences[q.sentence]!.section;
  const start = Math.min(q.speaker.span.start, ...q.content.map((c) => c.start));
  for (let i = q.sentence; i >= 0 && ctx.sentences[i]!.section === section; i--) {
    const m = [...ctx.mentions[i]!].reverse().find((x) => isActor(x) && x.key && x.span.end <= start && !own(x) && x.via !== 'candidate');
    if (m) return m;
  }
  return undefined;
}

const ACCORDING = /\baccording\s+to\s+/i;
const AS_NOTED = /,?\s*as\s+(?:noted|reported|pointed\s+out|said|revealed)\s+by\s+/i;

/**
 * "According to X, …" and "…, as noted by X": X reported on what the clause is about, the first
 * event it names, else its first party.
 */
export function reportClaims(s: Sentence, mentions: Mention[]): RawClaim[] {
  const out: RawClaim[] = [];
  const rel = (i: number) => s.start + i;
  let sources: Mention[] = [];
  let clause: Span | null = null;
  const according = ACCORDING.exec(s.text);
  if (according) {
    const from = rel(according.index + according[0].length);
    const comma = s.text.indexOf(',', according.index);
    if (comma > 0) {
      sources = mentions.filter((m) => m.kind === 'ORGANIZATION' && m.key && m.span.start >= from && m.span.end <= rel(comma));
      clause = { start: rel(comma), end: s.end };
    }
  }
  const noted = AS_NOTED.exec(s.text);
  if (!sources.length && noted) {
    const from = rel(noted.index + noted[0].length);
    sources = mentions.filter((m) => m.kind === 'ORGANIZATION' && m.key && m.span.start >= from && m.span.start <= from + 4);
    clause = { start: s.start, end: rel(noted.index) };
  }
  if (!sources.length || !clause) return out;
  const inClause = mentions.filter((m) => m.key && m.span.start >= clause!.start && m.span.end <= clause!.end && !sources.some((x) => x.key === m.key));
  const target = inClause.find((m) => m.kind === 'EVENT') ?? inClause.find(isActor);
  if (!target) return out;
  for (const source of sources) out.push({ type: 'REPORTED_ON', category: 'COMMUNICATION', cameo: '010', source, target, matched: [according ? according[0].trim() : noted![0].trim()], at: source.span.start, dated: true, reaction: true, content: [clause], confidence: 0.55 });
  return out;
}
