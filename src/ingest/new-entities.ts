import type { EntityKind } from '../model/seed-schema.js';
import { overlaps } from './mentions.js';
import type { Token } from './nlp.js';
import type { EntityCandidate, Mention, Span } from './proposal.js';

const PERSON_TITLES = /^(?:CEO|CTO|CFO|COO|President|Secretary|Minister|Senator|Governor|Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Chairman|Chairwoman|Director|Judge|Justice|General|Gen\.?|Chief|Scientist|Advisor|Adviser|Founder|Co-founder|Attorney|Analyst|Reviewer|Lead|Head)$/i;
const ORG_WORDS = /\b(?:Inc|Corp|Corporation|Ltd|LLC|Group|University|Institute|Committee|Agency|Department|Ministry|Council|Foundation|Labs?|Bank|Association|Commission|Office|Court|Party|Times|News|Post|Journal|Capital|Ventures|Partners|Technologies|Systems|Holdings|Industries|Company|Co|Enterprises|Solutions|Motors|Airlines|Pharmaceuticals|Media|Studios|Network|Networks|Authority|Administration|Board|Senate|House|Congress|Parliament)\b\.?/;
const POLICY_WORDS = /\b(?:Act|Policy|Bill|Law|Directive|Regulation|Order|Framework|Accord|Treaty)\b|^SB\s?\d+$/;
// "March 2", "Friday 27": a date the tagger read as a proper noun and a number.
const DATE_LIKE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?\s+\d{1,4}(?:st|nd|rd|th)?$/;
const MODEL_SHAPE = /^[A-Za-z][\w-]*[\s-]?v?\d+(?:\.\d+)*[a-z]?$|^[A-Z][\w]*[\s-](?:Preview|Pro|Ultra|Mini|Turbo)$/;
const NOT_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|AI|CEO|LLMs?|API|U\.S\.|US|PM|AM|GDP|IP|ML|RL|TL;DR|Q\d|I|We|The|This|That|It|But|And|However|According|Author|Translation|Original|Title|Twitter|Share|Copy|Link)$/;

/**
 * Proper-noun runs (wink-nlp's PROPN tags) that name no known entity, with a proposed kind:
 * a title before a name makes a person, an organisation word an organisation, a version number
 * a model, "Act" or "Policy" a policy. Runs that fit none of these are kept only when they
 * recur, as organisations, at low confidence.
 */
export function findCandidates(tokens: Token[], known: Span[]): { candidates: EntityCandidate[]; mentions: Mention[] } {
  const runs: { text: string; span: Span; titled: boolean }[] = [];
  let cur: Token[] = [];
  const flush = () => {
    while (cur.length && PERSON_TITLES.test(cur[0]!.text)) cur.shift();
    if (cur.length) {
      const span = { start: cur[0]!.start, end: cur[cur.length - 1]!.end };
      const prev = tokens[tokens.indexOf(cur[0]!) - 1];
      runs.push({ text: cur.map((t, i) => (i && t.start > cur[i - 1]!.end ? ' ' : '') + t.text).join(''), span, titled: !!prev && PERSON_TITLES.test(prev.text) });
    }
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const glue = cur.length && t.start === cur[cur.length - 1]!.end && /^[.&-]$/.test(t.text);
    if (t.pos === 'PROPN' || (cur.length && (glue || (t.pos === 'NUM' && /^\d/.test(t.text)) || (/^[.&-]$/.test(cur[cur.length - 1]!.text) && t.start === cur[cur.length - 1]!.end)))) cur.push(t);
    else flush();
  }
  flush();
  const byName = new Map<string, EntityCandidate>();
  for (const r of runs) {
    const name = r.text.replace(/['’]s$/, '').trim();
    if (name.length < 2 || NOT_NAMES.test(name) || DATE_LIKE.test(name) || known.some((k) => overlaps(k, r.span))) continue;
    const guess = kindOf(name, r.titled);
    const entry = byName.get(name) ?? { name, kind: guess.kind, reason: guess.reason, spans: [] };
    entry.spans.push(r.span);
    byName.set(name, entry);
  }
  const candidates = [...byName.values()].filter((c) => c.reason !== 'recurring proper noun' || c.spans.length >= 2);
  const mentions: Mention[] = candidates.flatMap((c) =>
    c.spans.map((span) => ({ candidate: c.name, kind: c.kind, span, text: c.name, via: 'candidate' as const, possessive: false, confidence: c.reason === 'recurring proper noun' ? 0.4 : 0.6 })),
  );
  return { candidates, mentions };
}

function kindOf(name: string, titled: boolean): { kind: EntityKind; reason: string } {
  if (titled) return { kind: 'PERSON', reason: 'a title stands before the name' };
  if (POLICY_WORDS.test(name)) return { kind: 'POLICY', reason: 'named as an act, policy, bill or law' };
  if (ORG_WORDS.test(name)) return { kind: 'ORGANIZATION', reason: 'an organisation word is part of the name' };
  if (MODEL_SHAPE.test(name)) return { kind: 'AI_MODEL', reason: 'a name with a version number' };
  if (/^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}$/.test(name)) return { kind: 'PERSON', reason: 'two or three capitalised words, as a personal name' };
  if (/^[A-Z0-9&.]{2,6}$/.test(name)) return { kind: 'ORGANIZATION', reason: 'an acronym' };
  return { kind: 'ORGANIZATION', reason: 'recurring proper noun' };
}
