import type { KnownEntity } from './input.js';
import type { EntityIndex } from './mentions.js';
import { overlaps } from './mentions.js';
import type { Mention } from './proposal.js';
import type { Sentence } from './sentences.js';

type Test = (e: KnownEntity) => boolean;

const GOVERNMENT = /\b(?:Department|Ministry|Agency|Government|Pentagon|Administration|White House)\b/i;
const isOrg = (e: KnownEntity) => e.kind === 'ORGANIZATION';
const named = (e: KnownEntity, re: RegExp) => [e.name, ...e.aliases].some((n) => re.test(n));
const isGovernment: Test = (e) => isOrg(e) && (e.orgType ? ['GOVERNMENT_BODY', 'MILITARY', 'LEGISLATURE'].includes(e.orgType) : named(e, GOVERNMENT));
const isCompany: Test = (e) => isOrg(e) && (e.orgType ? e.orgType === 'COMPANY' : !named(e, GOVERNMENT));

/** What each definite description can point back to. */
const NOUNS: Record<string, Test> = {
  department: (e) => isGovernment(e) && named(e, /Department|Pentagon|Ministry/i),
  ministry: (e) => isGovernment(e) && named(e, /Department|Ministry/i),
  agency: isGovernment,
  government: isGovernment,
  administration: (e) => isGovernment(e) && named(e, /administration/i),
  military: (e) => isOrg(e) && (e.orgType === 'MILITARY' || named(e, /Defen[cs]e|Military|Army|Pentagon/i)),
  startup: isCompany,
  company: isCompany,
  firm: isCompany,
  lab: isCompany,
  developer: isCompany,
  board: (e) => isOrg(e) && named(e, /\bboard\b/i),
  model: (e) => e.kind === 'AI_MODEL',
  policy: (e) => e.kind === 'POLICY',
};

const SINGULAR = /\b(?:the|this|that|your|our)\s+(?:(?:AI|tech|technology|Chinese|American|U\.S\.|federal|defen[cs]e)\s+)?(department|ministry|agency|administration|government|military|startup|company|firm|lab|developer|board|model|policy)\b/gi;
const PLURAL = /\b(?:they|them|their|both(?:\s+parties|\s+sides|\s+companies)?|the\s+two(?:\s+(?:companies|firms|sides|parties))?|the\s+(?:(?:AI|tech|Chinese|American|U\.S\.)\s+)?(?:firms|companies|startups|labs|accused))\b/gi;
/** "it" as the subject of a clause ("…, it has signed"; "If it refuses"), not the empty "it was revealed". */
const SUBJECT_IT = /(?:^|[,;:]\s*|\b(?:if|when|after|because|unless|as|while|which|and|but|so)\s+)(it)\s+(?!(?:is|was|has\s+been|had\s+been|seems?|seemed|appears?|appeared)\s+(?:\w+ed|clear|unclear|worth|possible|likely|unlikely|time|no|not|true|important|difficult|hard|easy)\b)(?:has|had|is|was|will|would|may|might|could|can|must|also|then|now|\w+s|\w+ed)\b/gi;
/** Personal pronouns: the last person named in the paragraph (or the one before). */
const PERSONAL = /\b(?:he|him|his|she|her)\b/gi;

/**
 * Definite descriptions ("the department", "the startup", "the company") point back to the last
 * entity of a matching kind in the same paragraph, or, when the paragraph has named nothing yet,
 * in the paragraphs before it in the same section (at lower confidence). "they", "them", "both" and
 * "the firms" point back to the last list of several entities ("DeepSeek, Moonshot AI, and
 * MiniMax"), in this paragraph or the one before; "he", "him" and "his" to the last person.
 */
export function resolveCoreference(sentences: Sentence[], bySentence: Mention[][], index: EntityIndex, groups: Mention[][][]): Mention[][] {
  const out: Mention[][] = sentences.map(() => []);
  let paragraph = -1;
  let seen: Mention[] = [];
  // The paragraph before, in the same section: a paragraph may open by referring back to it.
  let previous: Mention[] = [];
  let section = -1;
  let lastGroup: { paragraph: number; members: Mention[] } | null = null;
  sentences.forEach((s, i) => {
    if (s.paragraph !== paragraph) {
      previous = s.section === section ? [...previous, ...seen] : [];
      paragraph = s.paragraph;
      section = s.section;
      seen = [];
    }
    const own = bySentence[i]!;
    const found: Mention[] = [];
    for (const m of s.text.matchAll(SINGULAR)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      if (own.some((x) => overlaps(x.span, span)) || /^\s+\p{Lu}/u.test(s.text.slice(m.index + m[0].length))) continue;
      const test = NOUNS[m[1]!.toLowerCase()]!;
      const before = [...seen, ...own.filter((x) => x.span.end <= span.start)];
      const fitting = (list: Mention[]) => [...list].reverse().find((x) => x.key && test(index.byKey.get(x.key)!));
      let antecedent = fitting(before);
      let confidence = 0.7;
      if (!antecedent && !seen.length && (antecedent = fitting(previous))) confidence = 0.55;
      // "the board" with no board named yet is the board of the last organisation named.
      if (!antecedent && m[1]!.toLowerCase() === 'board') {
        const owner = [...before].reverse().find((x) => x.kind === 'ORGANIZATION' && x.key);
        const board = owner && [...index.byKey.values()].find((e) => e.kind === 'ORGANIZATION' && /\bboard\b/i.test(e.name) && e.name.startsWith(index.byKey.get(owner.key!)!.name));
        if (board) antecedent = { ...owner!, key: board.key };
      }
      if (!antecedent) continue;
      const possessive = /^['’]s/.test(s.text.slice(m.index + m[0].length));
      found.push({ key: antecedent.key!, kind: antecedent.kind, span, text: m[0], via: 'coreference', antecedent: antecedent.span.start, possessive, confidence });
    }
    for (const m of s.text.matchAll(PERSONAL)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      if (own.some((x) => overlaps(x.span, span))) continue;
      // "him" and "her" as objects cannot be the subject of their own clause: skip this sentence's people.
      const object = /^(?:him|her)$/i.test(m[0]) && !/^\s+(?:own\b|[\p{Ll}]+(?:s|ed)\b)/u.test(s.text.slice(m.index + m[0].length));
      const earlier = own.filter((x) => x.span.end <= span.start);
      const subjects = new Set(object ? earlier.map((x) => x.key) : []);
      const before = [...previous, ...seen, ...(object ? [] : earlier)];
      const person = before.reverse().find((x) => x.kind === 'PERSON' && x.key && !subjects.has(x.key));
      if (!person) continue;
      found.push({ key: person.key!, kind: 'PERSON', span, text: m[0], via: 'coreference', antecedent: person.span.start, possessive: /^his$/i.test(m[0]) || (/^her$/i.test(m[0]) && !/^\s*(?:$|[.,;:!?]|(?:a|an|the|this|that|to|and|of|for|with|at|in|on)\b)/i.test(s.text.slice(m.index + 3))), confidence: 0.6 });
    }
    for (const m of s.text.matchAll(PLURAL)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      if (own.some((x) => overlaps(x.span, span))) continue;
      const local = groups[i]!.filter((g) => g.at(-1)!.span.end <= span.start).at(-1);
      const group = local ?? (lastGroup && lastGroup.paragraph >= s.paragraph - 1 ? lastGroup.members : null);
      if (!group) continue;
      for (const g of group) found.push({ key: g.key!, kind: g.kind, span, text: m[0], via: 'coreference', antecedent: g.span.start, possessive: /^their$/i.test(m[0]), confidence: 0.6 });
    }
    for (const m of s.text.matchAll(SUBJECT_IT)) {
      const at = s.start + m.index + m[0].search(/\bit\b/i);
      const span = { start: at, end: at + 2 };
      if (own.some((x) => overlaps(x.span, span))) continue;
      const antecedent = clauseSubject(sentences, i, span.start, [...seen, ...own], index);
      if (antecedent) found.push({ key: antecedent.key!, kind: antecedent.kind, span, text: 'it', via: 'coreference', antecedent: antecedent.span.start, possessive: false, confidence: 0.5 });
    }
    out[i] = found;
    seen.push(...own, ...found.filter((f) => !/^(?:they|them|their)$/i.test(f.text)));
    const lastHere = groups[i]!.at(-1);
    if (lastHere) lastGroup = { paragraph: s.paragraph, members: lastHere };
  });
  return out;
}

const CLAUSE_END = /[.:;!?]["”’']?\s/g;

/**
 * The subject of the clause before a subject "it": the first organisation or model named in it
 * outside a phrase and not as a possessor ("While the ministry presses Acme, it has…" is the
 * ministry). With none, the clause before that, within this sentence and the one before.
 */
function clauseSubject(sentences: Sentence[], i: number, at: number, mentions: Mention[], index: EntityIndex): Mention | undefined {
  const s = sentences[i]!;
  const prev = i > 0 && sentences[i - 1]!.paragraph === s.paragraph ? sentences[i - 1]! : null;
  const from = prev ? prev.start : s.start;
  const text = prev ? `${prev.text}${' '.repeat(s.start - prev.end)}${s.text}` : s.text;
  const cuts = [0, ...[...text.slice(0, at - from).matchAll(CLAUSE_END)].map((m) => m.index + m[0].length)];
  for (let k = cuts.length - 1; k >= 0; k--) {
    const start = from + cuts[k]!;
    const end = k === cuts.length - 1 ? at : from + cuts[k + 1]!;
    const subject = mentions.find((m) => m.key && m.span.start >= start && m.span.end <= end && !m.possessive && (m.kind === 'ORGANIZATION' || m.kind === 'AI_MODEL') && !/\b(?:of|to|for|with|from|in|on|at|about|against|by|than|over)\s+(?:the\s+|a\s+|an\s+)?$/i.test(text.slice(Math.max(0, m.span.start - from - 20), m.span.start - from)) && index.byKey.has(m.key));
    if (subject) return subject;
  }
  return undefined;
}
