import { categoryForCameo } from '../model/categories.js';
import { fitCategory } from './category-rules.js';
import type { EntityIndex } from './mentions.js';
import type { Mention, Span } from './proposal.js';
import type { RawClaim } from './roles.js';
import type { Sentence } from './sentences.js';
import { COMPILED, type VerbEntry } from './verb-lexicon.js';

/** One or more mentions in one syntactic place: "OpenAI, Google, and xAI" or "them". */
export interface Slot extends Span {
  members: Mention[];
  /** The word before the slot is a preposition: it is not a subject. */
  inPhrase: boolean;
}

const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|as\s+well\s+as\s+|and\s+its\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|division)\s+)$/i;
const PREPOSITION_BEFORE = /(?:\b(?:of|to|for|with|from|in|on|at|about|against|between|than|like|including|into|toward|towards|over|under|via|per|by)|according to)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?!(?:that|which|who)\b)[\w-]+\s+){0,2}?$/i;
const CLAUSE_BREAK = /;|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bbecause\b|\bwhich\b|\bwho\b|\bafter\b|\bbefore\b|\bwhen\b|[.!?]["”]?\s/i;
const PASSIVE_AUX = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|just|also|now|then|already|since|later|first|soon|not|never)\s+)?$/i;
const TITLE_BETWEEN = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:co-?founder|founder|CEO|chief|president|chair\w*|director|head|secretary|minister|adviser|advisor|professor|spokes\w+|lead|executive|official)\s+$/i;
const RELATIVE = /^["”’']?\s*,?\s*(?:which|who)\b/i;
/** A dash opens an aside or an explanation, not the object, unless it introduces examples. */
const DASH_BREAK = /[—–](?!\s*(?:including|such\s+as|namely|like)\b)/;
const NEGATION = /\b(?:not|no|never|n['’]t|without|neither|nor)\s+(?:[\w-]+\s+){0,2}$/i;

const isActor = (m: Mention) => m.kind === 'ORGANIZATION' || m.kind === 'PERSON';
const fits = (m: Mention, want: 'actor' | 'thing' | 'any') => want === 'any' || (want === 'actor') === isActor(m);

/** Groups a sentence's mentions into slots, joining lists and the several antecedents of "them". */
export function slotsOf(s: Sentence, mentions: Mention[], index?: EntityIndex): Slot[] {
  let sorted = [...mentions].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  if (index) sorted = dropGeneralAppositions(s, sorted, index);
  const slots: Slot[] = [];
  for (const m of sorted) {
    const last = slots[slots.length - 1];
    if (last && m.span.start === last.start && m.span.end === last.end) {
      if (!last.members.some((x) => x.key === m.key)) last.members.push(m);
      continue;
    }
    if (last && last.members.every((x) => !x.possessive) && LIST_GAP.test(s.text.slice(last.end - s.start, m.span.start - s.start)) && isActor(m) === isActor(last.members[0]!)) {
      last.members.push(m);
      last.end = m.span.end;
      continue;
    }
    const before = s.text.slice(Math.max(0, m.span.start - s.start - 40), m.span.start - s.start);
    slots.push({ start: m.span.start, end: m.span.end, members: [m], inPhrase: PREPOSITION_BEFORE.test(before) });
  }
  return slots;
}

/**
 * "its "Responsible Scaling Policy" (RSP 3.0)": a name and, in brackets, a more specific one
 * (whose name contains the first) are one noun phrase about the specific entity.
 */
function dropGeneralAppositions(s: Sentence, sorted: Mention[], index: EntityIndex): Mention[] {
  const drop = new Set<Mention>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (!a.key || !b.key || a.key === b.key) continue;
    if (!/^["”’']?\s*\(\s*$/.test(s.text.slice(a.span.end - s.start, b.span.start - s.start))) continue;
    const an = index.byKey.get(a.key)!.name.toLowerCase();
    const bn = index.byKey.get(b.key)!.name.toLowerCase();
    if (bn.includes(an)) drop.add(a);
    else if (an.includes(bn)) drop.add(b);
  }
  return sorted.filter((m) => !drop.has(m));
}

/** The mention groups that hold several entities ("DeepSeek, Moonshot AI, and MiniMax"). */
export function groupsOf(slots: Slot[]): Mention[][] {
  return slots.filter((s) => s.members.length > 1 && s.members.every((m) => m.via !== 'coreference')).map((s) => s.members);
}

export interface PressureMemory {
  /** For each pressed party, the last party that pressed it. */
  lastPresser: Map<string, Mention>;
  /** For each pressed party, the last party that demanded, threatened or coerced. */
  lastDemander: Map<string, Mention>;
  /** The last government body named: the implicit agent of an agentless approval or award. */
  lastAuthority?: Mention;
  /** Whether a policy is a public rule (a law, directive…) rather than a party's own. */
  isPublicRule?: (m: Mention) => boolean;
  /** The last party that argued something: "X wasn't buying it" answers it. */
  lastArguer?: Mention;
  /** The jurisdiction named inside a law's name, if the text names it there. */
  nestedOrg?: (law: Mention) => Mention | undefined;
}

/** Claims made by verbs: subject and object found by position, voice and clause. */
export function verbClaims(s: Sentence, slots: Slot[], index: EntityIndex, memory: PressureMemory): RawClaim[] {
  const out: RawClaim[] = [];
  // A question asserts nothing ("How can you force them to…?").
  if (/\?["”’']?\s*$/.test(s.text)) return out;
  const rel = (i: number) => i - s.start;
  const triggers: { entry: VerbEntry; start: number; end: number }[] = [];
  for (const { entry, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) triggers.push({ entry, start: m.index, end: m.index + m[0].length });
  }
  // "issued an ultimatum" is an ultimatum, not the issuing of a document.
  const shadowed = (e: VerbEntry, a: number, b: number) => triggers.some((t) => t.entry !== e && t.start <= a && t.end >= b && t.end - t.start > b - a);
  for (const { entry, re, passive } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      if (shadowed(entry, m.index, m.index + m[0].length)) continue;
      const trigger = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const verbEnd = trigger.start + (/^\S+/.exec(m[0])?.[0].length ?? m[0].length);
      if (slots.some((x) => x.members.every((y) => y.via !== 'description') && x.start <= trigger.start && x.end >= verbEnd)) continue;
      if (!entry.negated && NEGATION.test(s.text.slice(0, m.index))) continue;
      const after = s.text.slice(m.index);
      const isPassive = passive?.test(after.slice(0, 80)) && (passive.exec(after)?.index ?? 1) === 0;
      const passiveAux = PASSIVE_AUX.test(s.text.slice(0, m.index));
      let sources: Mention[] = [];
      let targets: Mention[] = [];
      let quality = 1;
      if (isPassive) {
        const by = /\bby\s/i.exec(after)!;
        const agent = headOf(slots, slots.find((x) => x.start >= trigger.start + by.index + 2), s);
        const patient = subjectOf(slots, trigger, s, entry.target === 'actor' ? 'actor' : 'any');
        if (!agent || !patient) continue;
        sources = agent.members;
        targets = patient.slot.members;
      } else if (passiveAux && isParticiple(entry, m[0])) {
        // An agentless passive: "the act was signed into law", "the model was approved".
        const patient = subjectOf(slots, trigger, s, entry.target === 'actor' ? 'actor' : 'any');
        const agent = patient && implicitAgent(patient.slot, entry, memory);
        if (!patient || !agent) continue;
        sources = [agent];
        targets = patient.slot.members;
        quality *= agent.via === 'name' ? 0.8 : 0.6;
      } else {
        const subject = subjectOf(slots, trigger, s, entry.source ?? 'actor');
        if (!subject) continue;
        if (subject.fallback) quality *= 0.75;
        sources = subject.slot.members;
        const object = entry.allObjects ? allObjectsOf(slots, verbEnd, s, entry) : objectOf(slots, verbEnd, s, entry);
        const before = !object && entry.objectBefore ? [...slots].reverse().find((x) => x.end <= trigger.start && x !== subject.slot && x.members.some((y) => !isActor(y) && (!entry.things || entry.things.includes(y.kind)))) : undefined;
        if (object) targets = object.members;
        else if (before) {
          targets = before.members;
          quality *= 0.7;
        } else if (entry.reciprocal && sources.length > 1) {
          // "Both are competing": each member with each other.
          for (const a of sources) for (const b of sources) if (a !== b) pushClaim(a, b, 0.7);
          continue;
        } else if (entry.answersArgument && memory.lastArguer && !sources.some((x) => x.key === memory.lastArguer!.key)) {
          targets = [memory.lastArguer];
          quality *= 0.6;
        } else if (entry.answersPressure || entry.targetBefore) {
          const pressers = entry.answersPressure ? sources.map((x) => memory.lastDemander.get(x.key ?? '') ?? memory.lastPresser.get(x.key ?? '')).filter((x): x is Mention => !!x) : [];
          const other = slots.find((x) => x.end <= trigger.start && x.members.some((y) => isActor(y) && !sources.some((z) => z.key === y.key)));
          targets = pressers.length ? pressers : (other?.members.filter(isActor) ?? []);
          quality *= 0.6;
        }
      }
      // "received the ministry's order": the one named after the verb acted on the subject.
      if (entry.inverse) [sources, targets] = [targets, sources];
      for (const source of sources) for (const target of targets) pushClaim(source, target, quality);
      void rel;

      function pushClaim(source: Mention, target: Mention, q: number): void {
        const c = threatened(classify(entry, source, target, index), s.text.slice(0, m!.index));
        if (!c || (source.key && source.key === target.key) || (source.candidate && source.candidate === target.candidate)) return;
        const conf = entry.confidence * q * source.confidence * target.confidence * (source.via === 'coreference' ? 0.9 : 1) * (target.via === 'coreference' ? 0.9 : 1);
        out.push({ ...c, source, target, matched: [m![0].trim()], at: trigger.start, dated: entry.dated, confidence: Math.round(conf * 100) / 100 });
      }
    }
  }
  // "X argued that …": a later "was not buying it" answers X.
  const argued = ARGUED.exec(s.text);
  if (argued) {
    const arguer = subjectOf(slots, { start: s.start + argued.index, end: s.start + argued.index + argued[0].length }, s, 'actor');
    if (arguer) memory.lastArguer = arguer.slot.members[0]!;
  }
  return out;
}

const ARGUED = /\b(?:argu(?:e|es|ed)|contend(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?)\s+that\b/i;

/** Every slot after the verb in its clause of a kind the verb takes ("estimated the value of X and of Y"). */
function allObjectsOf(slots: Slot[], from: number, s: Sentence, entry: VerbEntry): Slot | null {
  const members: Mention[] = [];
  for (const slot of slots) {
    if (slot.start < from) continue;
    if (CLAUSE_BREAK.test(s.text.slice(from - s.start, slot.start - s.start).replace(/^\s*that\b/i, ''))) break;
    members.push(...slot.members.filter((m) => fits(m, entry.target) && (!entry.things || isActor(m) || entry.things.includes(m.kind))));
  }
  return members.length ? { start: members[0]!.span.start, end: members.at(-1)!.span.end, members, inPhrase: false } : null;
}

/** "Ruritania co-founder Jane Roe": in an organisation, a title and a person, the person is the head. */
function headOf(slots: Slot[], slot: Slot | undefined, s: Sentence): Slot | undefined {
  if (!slot || slot.members.some((m) => m.kind === 'PERSON')) return slot;
  const next = slots.find((x) => x.start >= slot.end);
  const between = next ? s.text.slice(slot.end - s.start, next.start - s.start) : '';
  return next && next.members.some((m) => m.kind === 'PERSON') && TITLE_BETWEEN.test(between) ? next : slot;
}

function isParticiple(entry: VerbEntry, word: string): boolean {
  if (entry.participle) return new RegExp(`^${entry.participle}$`, 'i').test(word.trim());
  return !!entry.authority && /(?:ed|en|wn|ung|ought)\b/i.test(word.trim().split(/\s+/)[0]!);
}

/**
 * Who did an act the sentence leaves without agent. A law named after its jurisdiction was
 * enacted by it ("the Ruritania Data Act was signed into law"); approvals, awards and sanctions
 * with no agent are the acts of the last government body the text named.
 */
function implicitAgent(patient: Slot, entry: VerbEntry, memory: PressureMemory): Mention | null {
  if (!entry.authority || !patient.members.every((m) => m.kind === 'AI_MODEL' || (m.kind === 'POLICY' && memory.isPublicRule?.(m)))) return null;
  const nested = patient.members.length === 1 && patient.members[0]!.kind === 'POLICY' ? memory.nestedOrg?.(patient.members[0]!) : undefined;
  if (nested) return nested;
  return memory.lastAuthority && !patient.members.some((m) => m.key === memory.lastAuthority!.key) ? { ...memory.lastAuthority, via: 'coreference', confidence: 0.6 } : null;
}

const MODAL = /\b(?:may|might|could|would|will|threaten(?:s|ed|ing)?\s+to)\s+(?:[\w-]+\s+){0,6}?$/i;

/**
 * A sanction, cut or coercion under "may", "could", "would" ("may invoke the act to compel the
 * company") is held out, not carried out: a threat (CAMEO 13) of the same kind.
 */
function threatened<T extends { type: string; category: string; cameo?: string } | null>(c: T, before: string): T {
  if (!c || !c.cameo || !MODAL.test(before) || /[,;]/.test(MODAL.exec(before)![0])) return c;
  const root = c.cameo.slice(0, 2);
  const cameo = root === '16' ? '1313' : root === '17' ? '132' : c.cameo === '163' ? '1312' : null;
  return cameo ? { ...c, type: 'THREATENED', cameo } : c;
}

/** Pressure is remembered per pressed party: a later refusal with no object answers it. */
export function remember(memory: PressureMemory, c: RawClaim): void {
  if (c.category !== 'PRESSURE' || !c.target.key) return;
  memory.lastPresser.set(c.target.key, c.source);
  // Rejection answers a demand, threat or coercion (CAMEO 10, 13, 17) before an accusation.
  if (c.cameo && ['10', '13', '17'].includes(c.cameo.slice(0, 2))) memory.lastDemander.set(c.target.key, c.source);
}

function classify(entry: VerbEntry, source: Mention, target: Mention, index: EntityIndex): Pick<RawClaim, 'type' | 'category' | 'cameo'> | null {
  const c = classifyByEntry(entry, source, target, index);
  return c && fitCategory(c, source, target, index);
}

function classifyByEntry(entry: VerbEntry, source: Mention, target: Mention, index: EntityIndex): Pick<RawClaim, 'type' | 'category' | 'cameo'> | null {
  if (!fits(source, entry.source ?? 'actor')) return null;
  if (entry.onThing && !isActor(target)) return { type: entry.onThing.type, category: entry.onThing.category, ...(entry.onThing.cameo ? { cameo: entry.onThing.cameo } : {}) };
  if (!fits(target, entry.target)) return null;
  if (entry.byGovernment && target.kind === 'POLICY' && source.key) {
    const e = index.byKey.get(source.key);
    if (e && e.kind === 'ORGANIZATION' && (e.orgType === 'GOVERNMENT_BODY' || e.orgType === 'MILITARY' || e.orgType === 'LEGISLATURE')) return { ...entry.byGovernment };
  }
  if (entry.cameo) {
    // CAMEO codes are for interactions between actors; the code decides the category.
    const category = categoryForCameo(entry.cameo) ?? entry.category;
    if (!category) return null;
    return { type: entry.type, category, cameo: entry.cameo };
  }
  return { type: entry.type, category: entry.category! };
}

/**
 * The nearest slot before the verb in its clause that is not inside a prepositional phrase and is
 * of a kind the verb takes ("a settlement for using pirated books to train X": the settlement
 * cannot train). A relative clause ("X, which is a version of Y") takes the noun before it.
 */
function subjectOf(slots: Slot[], trigger: Span, s: Sentence, want: 'actor' | 'thing' | 'any' = 'any'): { slot: Slot; fallback: boolean } | null {
  const before = slots.filter((x) => x.end <= trigger.start).reverse();
  const usable = (slot: Slot) => !slot.inPhrase && !slot.members.every((m) => m.possessive && m.via !== 'coreference') && slot.members.some((m) => fits(m, want));
  for (const slot of before) {
    const gap = s.text.slice(slot.end - s.start, trigger.start - s.start);
    if (CLAUSE_BREAK.test(gap)) {
      const relative = RELATIVE.exec(gap);
      if (relative && !CLAUSE_BREAK.test(gap.slice(relative[0].length)) && usable(slot)) return { slot, fallback: false };
      break;
    }
    if (usable(slot)) return { slot, fallback: false };
  }
  // A participle clause ("…, accusing three firms") takes the subject of the sentence.
  const first = before.reverse().find((x) => !x.inPhrase && !x.members.every((m) => m.possessive) && x.members.some((m) => fits(m, want)));
  return first ? { slot: first, fallback: true } : null;
}

/** The first slot after the verb, in its clause, of a kind the verb takes. */
function objectOf(slots: Slot[], from: number, s: Sentence, entry: VerbEntry): Slot | null {
  for (const slot of slots) {
    if (slot.start < from) continue;
    const gap = s.text.slice(from - s.start, slot.start - s.start);
    if (gap.length > (entry.objectAfter ? 160 : 70) || CLAUSE_BREAK.test(gap) || DASH_BREAK.test(gap)) return null;
    // "use their AI": a possessive pronoun names the owner of the object, not the object; but in
    // "provider of the company's services" or "received the ministry's order" the owner is the object.
    if (!entry.possessiveObject && slot.members.every((m) => m.via === 'coreference' && m.possessive)) continue;
    // "with Jane Roe's Acme": the possessor names the owner of the object, which follows.
    if (!entry.possessiveObject && slot.members.every((m) => m.possessive) && slots.some((x) => x.start > slot.end && x.start <= slot.end + 4)) continue;
    if (/according to\s+(?:the\s+)?$/i.test(gap)) continue;
    if (entry.objectAfter && !new RegExp(String.raw`\b${entry.objectAfter}\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){0,1}$`, 'i').test(gap)) continue;
    const want = entry.onThing ? 'any' : entry.target;
    const ok = (m: Mention) => fits(m, want) && (isActor(m) || !entry.things || entry.things.includes(m.kind));
    if (slot.members.some(ok)) return { ...slot, members: slot.members.filter(ok) };
  }
  return null;
}
