import type { Category } from '../model/categories.js';
import type { KnownEntity } from './input.js';
import type { EntityIndex } from './mentions.js';
import { canon } from './mentions.js';
import { namePattern } from './name-patterns.js';
import { stems } from './nlp.js';
import type { Mention } from './proposal.js';
import type { RawClaim } from './roles.js';
import type { Sentence } from './sentences.js';

/** What an event is, by the head noun of its name, and what naming a party in it means. */
type EventClass = 'MEETING' | 'DISPUTE' | 'ULTIMATUM' | 'FOUNDING' | 'RELEASE' | 'ANNOUNCEMENT' | 'RESIGNATION' | 'PUBLICATION';
const CLASSES: [RegExp, EventClass][] = [
  [/^(?:meet|summit|dialogu|negoti)/, 'MEETING'],
  [/^(?:disput|quarrel|row)$/, 'DISPUTE'],
  [/^ultimatum$/, 'ULTIMATUM'],
  [/^(?:found|establish|creation|format)/, 'FOUNDING'],
  [/^(?:releas|launch|rollout|debut)/, 'RELEASE'],
  [/^(?:announc|unveil)/, 'ANNOUNCEMENT'],
  [/^(?:resign|departur|exit)/, 'RESIGNATION'],
  [/^(?:report|post|essai|articl|paper|letter|statement|card|memo)/, 'PUBLICATION'],
];
/** How a party named in an event's name takes part when both are in one sentence. */
const ROLES: Partial<Record<EventClass, { type: string; category: Category; kinds: string[] }>> = {
  MEETING: { type: 'ATTENDED', category: 'PARTICIPATION', kinds: ['PERSON', 'ORGANIZATION'] },
  DISPUTE: { type: 'TOOK_PART_IN', category: 'PARTICIPATION', kinds: ['PERSON', 'ORGANIZATION'] },
  RELEASE: { type: 'LAUNCHED_IN', category: 'PARTICIPATION', kinds: ['AI_MODEL', 'POLICY'] },
  ANNOUNCEMENT: { type: 'UNVEILED_IN', category: 'PARTICIPATION', kinds: ['AI_MODEL', 'POLICY'] },
  RESIGNATION: { type: 'RESIGNED', category: 'PARTICIPATION', kinds: ['PERSON'] },
};

export interface KnownEvent {
  key: string;
  cls: EventClass;
  /** Entities whose names are part of the event's name ("Amodei–Hegseth meeting"), in order. */
  parties: string[];
}

/** Events of the graph with their class and the parties their names name. */
export function eventIndex(index: EntityIndex): Map<string, KnownEvent> {
  const out = new Map<string, KnownEvent>();
  const others = [...index.byKey.values()].filter((e) => e.kind !== 'EVENT');
  for (const e of index.byKey.values()) {
    if (e.kind !== 'EVENT') continue;
    const words = e.name.replace(/\([^)]*\)/g, ' ').split(/[\s–—-]+/);
    const cut = words.findIndex((w, i) => i > 0 && /^(?:of|to|at|over|on|in|for|by|with|about|from)$/i.test(w));
    const head = stems((cut > 0 ? words.slice(0, cut) : words).at(-1) ?? '').map(canon).at(-1) ?? '';
    const cls = CLASSES.find(([re]) => re.test(head))?.[1];
    if (!cls) continue;
    const parties = others
      .map((o) => ({ key: o.key, at: firstIndex(e.name, o) }))
      .filter((p) => p.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((p) => p.key);
    out.set(e.key, { key: e.key, cls, parties });
  }
  return out;
}

function firstIndex(name: string, e: KnownEntity): number {
  const words = e.name.split(/\s+/);
  const surname = e.kind === 'PERSON' && words.length >= 2 ? [words.at(-1)!] : [];
  let best = -1;
  for (const n of [e.name, ...e.aliases, ...surname]) {
    if (n.length < 2) continue;
    const src = namePattern(n);
    const m = src ? new RegExp(src, 'u').exec(name) : null;
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

export interface EventMemory {
  /** The last ultimatum read, its issuer and target, and the section it was read in. */
  ultimatum?: { event: Mention; source: Mention; target: Mention; section: number; paragraph: number };
}

const isActor = (m: Mention) => m.kind === 'ORGANIZATION' || m.kind === 'PERSON';
// Consequences held out after an ultimatum: "Otherwise, X would be cancelled. Y would be invoked."
const CONSEQUENCE = /^(?:otherwise|if\b|failing\s+that|or\s+else|else\b|in\s+that\s+case|an?\s+(?:alternative|other|second|further)\s+(?:option|step|measure))|\b(?:would|could|might|may|will)\s+(?:also\s+)?(?:be\s+\w+ed|\w+)\b/i;
const THREAT_CODES: [RegExp, string, string][] = [
  [/\b(?:cancel|terminat|end|cut|revok|pull)\w*/i, '1313', 'THREATENED_TO_CANCEL_CONTRACT'],
  [/\b(?:invok|appl|use|compel|forc|requisition)\w*/i, '132', 'THREATENED_TO_INVOKE'],
  [/\b(?:list|label|designat|classif|blacklist|brand|sanction)\w*/i, '1312', 'THREATENED_TO_DESIGNATE'],
];

/**
 * Events named as nouns, and the parties their names give them: a meeting's people attended it,
 * a dispute's sides took part in it, a founding established its organisation, a release launched
 * its model, a resignation was its person's, a report was published by the party it is named
 * after. A meeting or an ultimatum a verb reports is the known event named after its parties.
 * After an ultimatum, the consequences it holds out ("Otherwise, the contract would be cancelled")
 * are threats in it: each policy or contract named is THREATENED_IN the ultimatum, and the issuer
 * threatens the target.
 */
export function eventClaims(s: Sentence, mentions: Mention[], verbClaims: RawClaim[], events: Map<string, KnownEvent>, memory: EventMemory): RawClaim[] {
  const out: RawClaim[] = [];
  const push = (type: string, category: Category, source: Mention, target: Mention, matched: string, confidence: number, extra: Partial<RawClaim> = {}) => {
    if (source.key && source.key === target.key) return;
    if (out.some((c) => c.type === type && c.source.key === source.key && c.target.key === target.key)) return;
    out.push({ type, category, source, target, matched: [matched], at: Math.min(source.span.start, target.span.start), dated: true, confidence, ...extra });
  };
  const named = (key: string, kinds: string[]) => mentions.find((m) => m.key === key && kinds.includes(m.kind));
  const eventMention = (key: string, near: Mention): Mention => mentions.find((m) => m.key === key) ?? { key, kind: 'EVENT', span: near.span, text: near.text, via: 'coreference', possessive: false, confidence: 0.6 };

  for (const e of mentions) {
    const ev = e.key ? events.get(e.key) : undefined;
    if (!ev) continue;
    const role = ROLES[ev.cls];
    for (const party of ev.parties) {
      if (role) {
        const m = named(party, role.kinds);
        if (m) push(role.type, role.category, m, e, `${m.text} named in ${e.text}`, 0.5);
      } else if (ev.cls === 'FOUNDING') {
        const m = named(party, ['ORGANIZATION']);
        if (m) push('ESTABLISHED', 'CREATION', e, m, `${e.text} of ${m.text}`, 0.5);
      } else if (ev.cls === 'PUBLICATION' && party === ev.parties[0]) {
        const m = named(party, ['ORGANIZATION', 'PERSON']);
        if (m) push('PUBLISHED', 'CREATION', m, e, `${m.text}'s ${e.text}`, 0.5);
      }
    }
  }
  for (const c of verbClaims) {
    if (c.type === 'MET_WITH') {
      for (const ev of events.values()) {
        if (ev.cls !== 'MEETING' || !ev.parties.includes(c.source.key ?? '') || !ev.parties.includes(c.target.key ?? '')) continue;
        const e = eventMention(ev.key, c.source);
        push('ATTENDED', 'PARTICIPATION', c.source, e, `meeting of ${c.source.text} and ${c.target.text}`, 0.5);
        push('ATTENDED', 'PARTICIPATION', c.target, e, `meeting of ${c.source.text} and ${c.target.text}`, 0.5);
      }
    }
    if (c.type === 'ISSUED_ULTIMATUM') {
      const here = mentions.find((m) => m.key && events.get(m.key)?.cls === 'ULTIMATUM');
      const ev = here ? events.get(here.key!) : [...events.values()].find((x) => x.cls === 'ULTIMATUM' && (x.parties.includes(c.source.key ?? '') || x.parties.includes(c.target.key ?? '')));
      if (!ev) continue;
      const e = here ?? eventMention(ev.key, c.source);
      push('DELIVERED', 'PARTICIPATION', c.source, e, c.matched[0] ?? 'ultimatum', 0.55);
      if (isActor(c.target)) push('RECEIVED', 'PARTICIPATION', c.target, e, c.matched[0] ?? 'ultimatum', 0.5);
      memory.ultimatum = { event: e, source: c.source, target: c.target, section: s.section, paragraph: s.paragraph };
    }
  }
  const u = memory.ultimatum;
  if (u && u.section === s.section && s.paragraph - u.paragraph <= 1) {
    const threatVerb = verbClaims.some((c) => c.category === 'PRESSURE' && c.cameo?.startsWith('13') && c.cameo !== '139');
    const issuing = verbClaims.some((c) => c.type === 'ISSUED_ULTIMATUM');
    if (threatVerb || (!issuing && CONSEQUENCE.test(s.text))) {
      const held = mentions.filter((m) => (m.kind === 'POLICY' || m.kind === 'CONTRACT') && m.key && m.key !== u.event.key);
      for (const m of held) {
        push('THREATENED_IN', 'PARTICIPATION', m, u.event, `held out after ${u.event.text}`, 0.5);
        const code = THREAT_CODES.find(([re]) => re.test(s.text.slice(Math.max(0, m.span.start - s.start - 60), m.span.end - s.start + 60)));
        if (code && isActor(u.target) && !threatVerb) push(code[2], 'PRESSURE', u.source, u.target, `held out after ${u.event.text}`, 0.5, { cameo: code[1], at: m.span.start });
      }
    } else if (s.paragraph !== u.paragraph) memory.ultimatum = undefined;
  }
  return out;
}
