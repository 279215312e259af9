import { temporalSchema } from '../model/seed-schema.js';
import { sha256 } from '../model/spans.js';
import { slotsOf, groupsOf, verbClaims, type PressureMemory } from './candidates.js';
import { resolveCoreference } from './coreference.js';
import { findDates, type DateContext } from './dates.js';
import { matchExisting, officeHoldersOf } from './existing.js';
import { MAX_NEW_ENTITIES, MAX_PROPOSALS, MAX_TEXT_UNITS, type IngestInput } from './input.js';
import { detectLanguage, isSupported } from './language.js';
import { buildIndex, findDescriptiveMentions, findNameMentions, findTitleMentions } from './mentions.js';
import { findMoney } from './money.js';
import { findCandidates } from './new-entities.js';
import { tokenize } from './nlp.js';
import type { EndPoint, EntityCandidate, FoundDate, IngestProblem, IngestResult, Mention, Proposal, Span } from './proposal.js';
import { nounPhraseClaims, type RawClaim } from './roles.js';
import { paragraphsOf, sentencesOf } from './sentences.js';
import { documentZone } from './time-zones.js';

const DEADLINE_BEFORE = /(?:\b(?:by|before|until|no later than)\s+(?:the\s+)?|\bdeadline\b[^.]{0,40})$/i;

/**
 * Reads a document and proposes dated, CAMEO-coded, evidenced claims for a reviewer. Pure: the
 * same input gives the same output, with no database and no network. When there is nothing to
 * read, `problems` says why (userError-style codes) and the lists are empty.
 */
export function proposeClaims(input: IngestInput): IngestResult {
  const empty = (problems: IngestProblem[], language: string | null = null): IngestResult => ({ language, proposals: [], mentions: [], newEntities: [], problems, truncated: false });
  const text = typeof input.text === 'string' ? input.text : '';
  if (text.length > MAX_TEXT_UNITS) return empty([{ code: 'TEXT_TOO_LARGE', field: 'text', message: `The text has ${text.length} characters; the engine reads at most ${MAX_TEXT_UNITS}. Split the document.` }]);
  if (!text.trim()) return empty([{ code: 'NO_TEXT', field: 'text', message: 'The document has no text to read.' }]);
  const body = input.body ?? [{ start: 0, end: text.length }];
  const badSpan = body.find((b) => !Number.isInteger(b.start) || !Number.isInteger(b.end) || b.start < 0 || b.end <= b.start || b.end > text.length);
  if (badSpan) return empty([{ code: 'BAD_INPUT', field: 'body', message: `Body span [${badSpan.start}, ${badSpan.end}) is not inside the text of ${text.length} characters.` }]);
  if (input.publishedOn) {
    const parsed = temporalSchema.safeParse(input.publishedOn);
    if (!parsed.success) return empty([{ code: 'BAD_INPUT', field: 'publishedOn', message: `publishedOn is not a valid date: ${parsed.error.issues[0]?.message}` }]);
  }
  const bodyText = body.map((b) => text.slice(b.start, b.end)).join('\n');
  if (!/[\p{L}]{2}/u.test(bodyText)) {
    return empty([{ code: 'ONLY_FURNITURE', field: 'body', message: input.body ? 'The body spans hold no words: the document is only site furniture.' : 'The text holds no words.' }]);
  }
  const language = input.language ?? detectLanguage(bodyText);
  if (language && !isSupported(language)) {
    return empty([{ code: 'UNSUPPORTED_LANGUAGE', field: 'language', message: `The text is in "${language}"; the engine reads English only, so it proposes nothing.` }], language);
  }

  const index = buildIndex(input.knownEntities);
  const paragraphs = paragraphsOf(text, body);
  const sentences = sentencesOf(paragraphs);
  const names = findNameMentions(text, paragraphs, index);
  const titles = findTitleMentions(text, paragraphs, index);
  const inside = (m: { span: Span }, s: Span) => m.span.start >= s.start && m.span.end <= s.end;
  // Mentions are sorted, and so are sentences: hand them out in one pass, not one scan per sentence.
  const bySentence = <T extends { span: Span }>(items: T[]): T[][] => {
    const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
    let k = 0;
    return sentences.map((s) => {
      while (k < sorted.length && sorted[k]!.span.start < s.start) k++;
      const here: T[] = [];
      for (let j = k; j < sorted.length && sorted[j]!.span.start < s.end; j++) if (inside(sorted[j]!, s)) here.push(sorted[j]!);
      return here;
    });
  };
  const namesIn = bySentence(names);
  const titlesIn = bySentence(titles);

  const newEntities = new Map<string, EntityCandidate>();
  const own: Mention[][] = [];
  const candidateMentions: Mention[][] = [];
  sentences.forEach((s, i) => {
    const tokens = tokenize(s.text, s.start);
    const here = namesIn[i]!;
    const described = findDescriptiveMentions(tokens, index, here.map((m) => m.span));
    const found = findCandidates(tokens, [...here, ...described].map((m) => m.span));
    for (const c of found.candidates) {
      const prev = newEntities.get(c.name);
      if (prev) prev.spans.push(...c.spans);
      else newEntities.set(c.name, { ...c, spans: [...c.spans] });
    }
    own.push([...here, ...described]);
    candidateMentions.push(found.mentions);
  });
  const groups = sentences.map((s, i) => groupsOf(slotsOf(s, own[i]!)));
  const coreferent = resolveCoreference(sentences, own, index, groups);

  const ctx: DateContext = { ...(input.publishedOn ? { published: input.publishedOn } : {}), ...(input.documentKey ? { documentKey: input.documentKey } : {}), zone: documentZone(bodyText), previous: null, lastDay: null };
  const memory: PressureMemory = { lastPresser: new Map(), lastDemander: new Map() };
  const raw: { claim: RawClaim; sentence: Span; when?: FoundDate; until?: FoundDate; deadline?: FoundDate; amount?: ReturnType<typeof findMoney>[number] }[] = [];
  const allMentions: Mention[] = [];
  const listed = new Set<Mention>();
  let section = -1;
  let sectionDate: FoundDate | null = null;
  sentences.forEach((s, i) => {
    if (s.section !== section) {
      section = s.section;
      sectionDate = null;
    }
    const mentions = [...own[i]!, ...coreferent[i]!, ...candidateMentions[i]!];
    for (const m of mentions) listed.add(m);
    allMentions.push(...mentions);
    const dates = findDates(s.text, s.start, ctx);
    const deadlines = dates.filter((d) => DEADLINE_BEFORE.test(text.slice(Math.max(s.start, d.span.start - 60), d.span.start)));
    const whens = dates.filter((d) => !deadlines.includes(d));
    const money = findMoney(s.text, s.start);
    const slots = slotsOf(s, mentions, index);
    const claims = [...nounPhraseClaims(s, mentions.filter((m) => m.via !== 'coreference'), titlesIn[i]!, index), ...verbClaims(s, slots, index, memory)];
    for (const claim of claims) {
      for (const m of [claim.source, claim.target]) if (!listed.has(m)) {
        listed.add(m);
        allMentions.push(m);
      }
      const nearest = <T extends { span: Span }>(list: T[]) => [...list].sort((a, b) => Math.abs(a.span.start - claim.at) - Math.abs(b.span.start - claim.at))[0];
      const when = claim.dated ? (nearest(whens) ?? inherited(sectionDate)) : undefined;
      const deadline = claim.dated ? nearest(deadlines) : undefined;
      const amount = claim.category === 'AFFILIATION' || claim.category === 'COMPETITION' ? undefined : nearest(money);
      raw.push({ claim, sentence: { start: s.start, end: s.end }, ...(when ? { when } : {}), ...(when?.until ? { until: { value: when.until, phrase: when.phrase, span: when.span } } : {}), ...(deadline ? { deadline } : {}), ...(amount ? { amount } : {}) });
    }
    for (const d of whens) {
      ctx.previous = d;
      sectionDate = d;
    }
    for (const d of dates) if (d.value.precision === 'DAY' || d.value.precision === 'MINUTE') ctx.lastDay = d;
  });

  const existing = input.existingRelationships ?? [];
  const holders = officeHoldersOf(existing);
  const best = new Map<string, Proposal>();
  for (const r of raw) {
    const c = r.claim;
    let source = endPoint(c.source);
    const target = endPoint(c.target);
    const proposal: Proposal = {
      id: '',
      type: c.type,
      category: c.category,
      ...(c.cameo ? { cameo: c.cameo } : {}),
      source,
      target,
      ...(r.when ? { when: r.when } : {}),
      ...(r.until ? { until: r.until } : {}),
      ...(r.deadline ? { deadline: r.deadline } : {}),
      ...(r.amount ? { amount: r.amount } : {}),
      ...(c.role ? { role: c.role } : {}),
      confidence: c.confidence,
      evidence: r.sentence,
      matched: c.matched,
    };
    const match = matchExisting(proposal, existing, holders);
    if (match) {
      proposal.addsEvidenceTo = match.key;
      if ('key' in source && source.key !== match.source) {
        source = { key: match.source };
        proposal.source = source;
        proposal.matched = [...proposal.matched, `attributed to ${match.source}, who holds a role in ${endKey(endPoint(c.source))}`];
        proposal.confidence = Math.round(proposal.confidence * 0.8 * 100) / 100;
      }
    }
    proposal.id = sha256(`${input.documentKey ?? ''}|${r.sentence.start}|${proposal.type}|${endKey(proposal.source)}|${endKey(proposal.target)}`).slice(0, 16);
    const prev = best.get(proposal.id);
    if (!prev || prev.confidence < proposal.confidence) best.set(proposal.id, proposal);
  }
  const proposals = [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start || b.confidence - a.confidence);
  return {
    language,
    proposals: proposals.slice(0, MAX_PROPOSALS),
    mentions: allMentions.sort((a, b) => a.span.start - b.span.start),
    newEntities: [...newEntities.values()].slice(0, MAX_NEW_ENTITIES),
    problems: [],
    truncated: proposals.length > MAX_PROPOSALS,
  };
}

/** A sentence with no date of its own inherits the last one stated in its section, as an estimate. */
function inherited(d: FoundDate | null): FoundDate | undefined {
  if (!d) return undefined;
  const { relative: _r, estimated: _e, basis: _b, ...value } = d.value;
  return { ...d, value: { ...value, estimated: true, basis: `The sentence gives no date; "${d.phrase}", stated earlier in the same section, is taken as its date.`.slice(0, 400) } };
}

function endPoint(m: Mention): EndPoint {
  return m.key ? { key: m.key } : { candidate: { name: m.candidate ?? m.text, kind: m.kind } };
}

function endKey(e: EndPoint): string {
  return 'key' in e ? e.key : `new:${e.candidate.name}`;
}
