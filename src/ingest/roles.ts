import type { Category } from '../model/categories.js';
import type { EntityIndex } from './mentions.js';
import type { Mention } from './proposal.js';
import type { Sentence } from './sentences.js';

/** A claim found in a sentence, before dates, amounts and ids are attached. */
export interface RawClaim {
  type: string;
  category: Category;
  cameo?: string;
  source: Mention;
  target: Mention;
  role?: string;
  matched: string[];
  /** Where the claim's words are, to pick the date and amount nearest them. */
  at: number;
  dated: boolean;
  /** A reaction (a quotation, a report on something): it falls between the last date before it and publication. */
  reaction?: boolean;
  /** The words a reaction reports or quotes: dates inside them are the content's, not the reaction's. */
  content?: { start: number; end: number }[];
  confidence: number;
}

const TITLE = String.raw`(?:chief\s+executive(?:\s+officer)?|CEO|CTO|CFO|COO|chief\s+[\w-]+\s+officer|chief\s+scientist|co-?founder|cofounder|founder|chair(?:man|woman)?|(?:vice\s+)?president|prime\s+minister|minister|secretary|head|director|advis[oe]r|professor|researcher|scientist|engineer|spokes(?:person|man|woman)|attorney|lawyer|analyst|reviewer|lead|executive|official|senator|governor|partner|liaison|economist|editor|reporter)`;
const MODS = String.raw`(?:[\w.&-]+\s+){0,4}?`;
const DEMONYMS: Record<string, string> = { venezuelan: 'Venezuela', american: 'United States', chinese: 'China', russian: 'Russia', british: 'United Kingdom', french: 'France', german: 'Germany', japanese: 'Japan', indian: 'India', israeli: 'Israel', iranian: 'Iran', ukrainian: 'Ukraine', canadian: 'Canada', singaporean: 'Singapore', korean: 'Korea', brazilian: 'Brazil', mexican: 'Mexico', turkish: 'Turkey', italian: 'Italy', spanish: 'Spain' };

const ORG_BEFORE_PERSON = new RegExp(String.raw`^(?:['’]s)?\s*,?\s*(${MODS}${TITLE})\s*,?\s*$`, 'i');
const PERSON_THEN_ORG = new RegExp(String.raw`^\s*,\s*(?:an?\s+|the\s+)?(${MODS}${TITLE})\s+(?:of|at|for|from|with|in)\s+(?:the\s+)?(?:[\w.&-]+\s+){0,4}?$`, 'i');
const TITLE_PERSON_FROM_ORG = new RegExp(String.raw`(${MODS}${TITLE})\s+$`, 'i');
const FROM_ORG = /^\s*,?\s*(?:from|at|of|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/i;

const isActor = (m: Mention) => m.kind === 'ORGANIZATION' || m.kind === 'PERSON';

/**
 * Standing ties written as noun phrases: roles ("Anthropic CEO Dario Amodei", "Tory Green,
 * co-founder of IO.Net", "reviewer Chris Painter from METR"), ownership and rivalry by possessive
 * ("Musk's Grok", "Anthropic's competitor OpenAI"), subsidiaries and anchor investors.
 */
export function nounPhraseClaims(s: Sentence, mentions: Mention[], titles: Mention[], index: EntityIndex): RawClaim[] {
  const out: RawClaim[] = [];
  const text = (a: number, b: number) => s.text.slice(a - s.start, b - s.start);
  const claim = (type: string, category: Category, source: Mention, target: Mention, matched: string, confidence: number, role?: string) =>
    out.push({ type, category, source, target, matched: [matched.trim()], at: Math.min(source.span.start, target.span.start), dated: false, confidence, ...(role ? { role: role.trim().replace(/\s+/g, ' ') } : {}) });
  const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start);
  // Roles and ownership join actors and models; a policy or event described in between is part of the title ("a government contracts attorney").
  const actors = sorted.filter((m) => m.kind === 'PERSON' || m.kind === 'ORGANIZATION' || m.kind === 'AI_MODEL' || m.via === 'name');
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    const b = actors[i + 1];
    if (b && a.key !== b.key) {
      const between = text(a.span.end, b.span.start);
      const roleBefore = ORG_BEFORE_PERSON.exec(between);
      if (a.kind === 'ORGANIZATION' && b.kind === 'PERSON' && roleBefore && between.length < 60) claim('HOLDS_ROLE', 'AFFILIATION', b, a, roleBefore[1]!, 0.8, roleBefore[1]);
      const roleAfter = PERSON_THEN_ORG.exec(between);
      if (a.kind === 'PERSON' && b.kind === 'ORGANIZATION' && roleAfter) claim('HOLDS_ROLE', 'AFFILIATION', a, b, roleAfter[1]!, 0.8, roleAfter[1]);
      if (a.kind === 'PERSON' && b.kind === 'ORGANIZATION' && FROM_ORG.test(between)) {
        const title = TITLE_PERSON_FROM_ORG.exec(text(s.start, a.span.start));
        if (title) claim('HOLDS_ROLE', 'AFFILIATION', a, b, title[1]!, 0.7, title[1]);
      }
      if (a.possessive && /^['’]s?\s+$/.test(between)) {
        if (isActor(a) && b.kind === 'AI_MODEL') claim(a.kind === 'PERSON' ? 'CONTROLS' : 'DEVELOPED', a.kind === 'PERSON' ? 'AFFILIATION' : 'CREATION', a, b, `${a.text}'s ${b.text}`, 0.6);
        if (a.kind === 'PERSON' && b.kind === 'ORGANIZATION') claim('OWNS', 'AFFILIATION', a, b, `${a.text}'s ${b.text}`, 0.55);
      }
      const rival = /^['’]s?\s+(?:\w+\s+)?(?:competitor|rival)s?,?\s+$/i.exec(between);
      if (rival && a.kind === 'ORGANIZATION' && b.kind === 'ORGANIZATION') claim('COMPETES_WITH', 'COMPETITION', a, b, rival[0], 0.75);
      const subsidiary = /^\s+and\s+its\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|division|affiliate)\s+$/i.exec(between);
      if (subsidiary && a.kind === 'ORGANIZATION' && b.kind === 'ORGANIZATION') claim('SUBSIDIARY_OF', 'AFFILIATION', b, a, subsidiary[0], 0.8);
      const cofounder = /^\s+(co-?founder|founder)\s+$/i.exec(between);
      if (cofounder && a.kind === 'ORGANIZATION' && b.kind === 'PERSON') claim('CO_FOUNDED', 'AFFILIATION', b, a, cofounder[1]!, 0.8, cofounder[1]);
    }
    // "DeepWell (Orbit-2/Lumen)": models in brackets right after an organisation are its models;
    // anything but names and separators inside ("a rival of X") makes the brackets a description.
    const bracket = a.kind === 'ORGANIZATION' ? /^\s*\(([^()]*)\)/.exec(text(a.span.end, s.end)) : null;
    if (bracket) {
      const close = a.span.end + bracket[0].length;
      const inside = sorted.filter((m) => m.kind === 'AI_MODEL' && m.span.start > a.span.end && m.span.end < close);
      const leftover = inside.reduceRight((t, m) => t.slice(0, m.span.start - a.span.end) + t.slice(m.span.end - a.span.end), bracket[0]);
      if (inside.length && /^(?:[\s()/,&+]|\band\b)*$/.test(leftover)) for (const m of inside) claim('DEVELOPED', 'CREATION', a, m, bracket[0], 0.55);
    }
    // "with Amazon as the anchor investor": the investor put money into the sentence's subject.
    const investor = /^\s+as\s+(?:the|an?|its)\s+(?:\w+\s+)?investor/i.exec(text(a.span.end, s.end));
    if (investor && a.kind === 'ORGANIZATION') {
      const subject = sorted.find((m) => m.kind === 'ORGANIZATION' && m.key !== a.key && m.span.start < a.span.start);
      if (subject) out.push({ type: 'INVESTED_IN', category: 'TRANSACTION', source: a, target: subject, matched: [investor[0].trim()], at: a.span.start, dated: true, confidence: 0.7 });
    }
  }
  // "Defense Secretary Pete Hegseth": the department in the title is the person's organisation.
  for (const t of titles) {
    const person = sorted.find((p) => p.kind === 'PERSON' && p.span.start <= t.span.start + 1 && p.span.end > t.span.end && /^\s+(?:Secretary|Minister)\b/.test(s.text.slice(t.span.end - s.start)))
      ?? sorted.find((p) => p.kind === 'PERSON' && /^\s+(?:Secretary|Minister)\s+$/.test(text(t.span.end, p.span.start)));
    if (person && person.key !== t.key) claim('HOLDS_ROLE', 'AFFILIATION', person, t, `${t.text} Secretary`, 0.8, `${t.text} Secretary`);
  }
  // "Venezuelan President Maduro": a demonym before a title names the country the person serves.
  for (const m of s.text.matchAll(new RegExp(String.raw`\b(${Object.keys(DEMONYMS).join('|')})\s+(${TITLE})\s+`, 'gi'))) {
    const country = DEMONYMS[m[1]!.toLowerCase()]!;
    const at = s.start + m.index;
    // The person follows the title, or the alias itself holds it ("Ruritanian President Smith").
    const person = sorted.find((x) => x.kind === 'PERSON' && (x.span.start === at + m[0].length || (x.span.start <= at && x.span.end >= at + m[0].length)));
    const entity = [...index.byKey.values()].find((e) => e.kind === 'ORGANIZATION' && (e.name === country || e.aliases.includes(country)));
    if (!person || !entity) continue;
    const target: Mention = { key: entity.key, kind: 'ORGANIZATION', span: { start: s.start + m.index, end: s.start + m.index + m[1]!.length }, text: m[1]!, via: 'name', possessive: false, confidence: 0.8 };
    claim('HOLDS_ROLE', 'AFFILIATION', person, target, m[0], 0.75, m[2]);
  }
  return out;
}

/** Titles only a company-like organisation gives (not a ministry or an army). */
const COMPANY_TITLE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}'’-])((?:chief\s+executive(?:\s+officer)?|CEO|CTO|CFO|COO|chief\s+[\w-]+\s+officer|chief\s+scientist|co-?founder|founder|chair(?:man|woman)?))\s+$`, 'iu');
const PUBLIC_ORG = ['GOVERNMENT_BODY', 'MILITARY', 'LEGISLATURE', 'COURT'];

/**
 * "CEO Jane Roe met…": a company title with no organisation of its own before it is held at the
 * company-like organisation last named in the section (by name or by "the startup"), before it.
 */
export function bareTitleClaims(s: Sentence, mentions: Mention[], before: Mention[], index: EntityIndex): RawClaim[] {
  const out: RawClaim[] = [];
  for (const person of mentions) {
    if (person.kind !== 'PERSON' || person.via !== 'name') continue;
    const title = COMPANY_TITLE.exec(s.text.slice(Math.max(0, person.span.start - s.start - 40), person.span.start - s.start));
    if (!title) continue;
    const titleStart = person.span.start - title[0].length + (title[0].length - title[0].trimStart().length);
    // "Acme CEO", "its CEO", "the startup's CEO": the title has its organisation; roles.ts reads those.
    const lead = s.text.slice(0, titleStart - s.start);
    if (/(?:\b(?:its|their|his|her)|['’]s?|[\p{Lu}][\p{L}\p{N}.&-]*)\s*$/u.test(lead)) continue;
    const company = [...before, ...mentions.filter((m) => m.span.end <= titleStart)]
      .filter((m) => m.kind === 'ORGANIZATION' && m.key && !PUBLIC_ORG.includes(index.byKey.get(m.key)?.orgType ?? ''))
      .sort((a, b) => a.span.start - b.span.start)
      .at(-1);
    if (!company) continue;
    const role = title[1]!.replace(/\s+/g, ' ');
    out.push({ type: 'HOLDS_ROLE', category: 'AFFILIATION', source: person, target: company, matched: [`${role} ${person.text}`, `company last named: ${company.text}`], at: person.span.start, dated: false, confidence: 0.5, role });
  }
  return out;
}
