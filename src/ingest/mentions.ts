import type { KnownEntity } from './input.js';
import { namePattern, POSSESSIVE } from './name-patterns.js';
import { fold, stems, type Token } from './nlp.js';
import type { Mention, Span } from './proposal.js';

/** The known entities prepared for matching: one pattern per name, alias and derived alias. */
export interface EntityIndex {
  byKey: Map<string, KnownEntity>;
  names: { key: string; regex: RegExp }[];
  descriptive: { key: string; head: string; stems: Set<string> }[];
  /** Cabinet-style words ("Defense", "Justice") to the department they name. */
  departments: Map<string, string>;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'over', 'at', 'on', 'in', 'with', 'by', 'from', 'and', 'or', "'s", '’s', 'its', 'their']);
const PREPOSITIONS = new Set(['of', 'to', 'for', 'over', 'at', 'on', 'in', 'with', 'by', 'from', 'about', 'against', 'between']);

export function buildIndex(known: KnownEntity[]): EntityIndex {
  const byKey = new Map(known.map((e) => [e.key, e]));
  const taken = new Map<string, string>();
  for (const e of known) for (const n of [e.name, ...e.aliases]) taken.set(fold(n), e.key);
  const names: EntityIndex['names'] = [];
  const descriptive: EntityIndex['descriptive'] = [];
  const departments = new Map<string, string>();
  for (const e of known) {
    const all = new Set([e.name, ...e.aliases]);
    // A person is usually named by surname after the first mention ("Hegseth"), unless that names someone else.
    const words = e.name.split(/\s+/);
    const last = words[words.length - 1]!;
    if (e.kind === 'PERSON' && words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && last.length >= 3 && !taken.has(fold(last))) all.add(last);
    for (const n of all) {
      const source = namePattern(n);
      if (source) names.push({ key: e.key, regex: new RegExp(source, 'gu') });
      const dept = /^(?:U\.S\.\s+)?(?:(?:Department|Ministry) of (\w+)|(\w+) (?:Department|Ministry))$/.exec(n);
      if (e.kind === 'ORGANIZATION' && dept) departments.set((dept[1] ?? dept[2])!.toLowerCase(), e.key);
    }
    if (isDescriptive(e)) {
      // The name and each alias of several words is a description ("a threat to supply chains"
      // describes the alias "supply chain risk").
      for (const n of [e.name, ...e.aliases.filter((a) => /\s/.test(a.trim()))]) {
        const base = n.replace(/\([^)]*\)/g, ' ');
        const words = base.split(/\s+/).filter(Boolean);
        // The head noun comes before the first preposition ("operation to capture…"), else before a
        // participle that opens a clause ("directive suspending…"), else it is the last word.
        let cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
        if (cut < 0) cut = words.findIndex((w, i) => i > 0 && /ing$/.test(w) && words.length - i > 2);
        const headWord = (cut > 0 ? words.slice(0, cut) : words).at(-1)!;
        const head = stems(headWord).map(canon).at(-1);
        const content = new Set(stems(base).map(canon).filter((s) => !STOP.has(s)));
        if (head && content.size >= 2) descriptive.push({ key: e.key, head, stems: content });
      }
    }
  }
  return { byKey, names, descriptive, departments };
}

/** Events, policies and contracts are named by description ("financing round"), and so are anonymous people. */
function isDescriptive(e: KnownEntity): boolean {
  return e.kind === 'EVENT' || e.kind === 'POLICY' || e.kind === 'CONTRACT' || /^(?:Anonymous|Unnamed|Former)\b/.test(e.name);
}

/** Every name and alias of a known entity within the spans; the longest wins where two overlap. */
export function findNameMentions(text: string, spans: Span[], index: EntityIndex): Mention[] {
  const found: Mention[] = [];
  for (const { key, regex } of index.names) {
    const kind = index.byKey.get(key)!.kind;
    for (const s of spans) {
      const slice = text.slice(s.start, s.end);
      regex.lastIndex = 0;
      for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        const possessive = POSSESSIVE.test(text.slice(end, end + 3));
        found.push({ key, kind, span: { start, end }, text: m[0], via: 'name', possessive, confidence: 1 });
      }
    }
  }
  const kept = keepLongest(found);
  // A law named after its jurisdiction ("Ruritania Data Act") also names the jurisdiction.
  const nested = found.filter((m) => m.kind === 'ORGANIZATION' && !kept.includes(m) && kept.some((k) => k.kind === 'POLICY' && k.span.start === m.span.start && k.span.end > m.span.end));
  return [...kept, ...nested].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/**
 * "Defense Secretary", "Justice Department": the department a title names. Kept apart from the
 * name mentions because they may sit inside a person's alias ("Defense Secretary Pete Hegseth").
 */
export function findTitleMentions(text: string, spans: Span[], index: EntityIndex): Mention[] {
  const found: Mention[] = [];
  for (const s of spans) {
    const slice = text.slice(s.start, s.end);
    for (const m of slice.matchAll(/\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Secretary|Department|Ministry|Minister)\b/g)) {
      const key = index.departments.get(m[1]!.toLowerCase());
      if (!key) continue;
      const start = s.start + m.index;
      found.push({ key, kind: 'ORGANIZATION', span: { start, end: start + m[1]!.length }, text: m[1]!, via: 'name', possessive: false, confidence: 0.8 });
    }
  }
  return found;
}

/**
 * Events and policies are rarely called by their names: "a $30 billion financing round" is the
 * financing round when the sentence holds its head noun and at least half of its words (stemmed).
 */
export function findDescriptiveMentions(tokens: Token[], index: EntityIndex, taken: Span[], context: Set<string> = new Set()): Mention[] {
  const stemOf = (t: Token) => canon(fold(t.stem));
  const sentence = new Set(tokens.map(stemOf));
  const found = new Map<string, Mention>();
  for (const d of index.descriptive) {
    if (!sentence.has(d.head)) continue;
    let shared = 0;
    let recalled = 0;
    for (const s of d.stems) {
      if (sentence.has(s)) shared++;
      else if (context.has(s)) recalled++;
    }
    const head = tokens.find((t) => stemOf(t) === d.head && !taken.some((x) => overlaps(x, t)));
    if (!head) continue;
    // "the meeting", "the operation": a definite head may take the rest of its description from
    // the sentences before it in the paragraph.
    const definite = /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$/i.test(tokens.filter((t) => t.end <= head.start).slice(-3).map((t) => t.text).join(' ') + ' ');
    const total = shared + (definite ? recalled : 0);
    if (shared < 2 && !(definite && total >= 2)) continue;
    if (total / d.stems.size < 0.5) continue;
    const e = index.byKey.get(d.key)!;
    const confidence = Math.min(0.9, 0.4 + total / d.stems.size / 2) * (shared >= 2 ? 1 : 0.8);
    const prev = found.get(d.key);
    if (!prev || prev.confidence < confidence) found.set(d.key, { key: d.key, kind: e.kind, span: { start: head.start, end: head.end }, text: head.text, via: 'description', possessive: false, confidence });
  }
  // Where several descriptions claim one word ("the contract"), only the best fitting ones keep it.
  const all = [...found.values()];
  return all.filter((m) => !all.some((o) => o.span.start === m.span.start && o.confidence > m.confidence + 1e-9));
}

/**
 * Near-synonyms among the nouns and verbs that name events, folded to one stem so that a
 * description matches however the text words it ("disagreements" for a dispute, "revealed" for a
 * disclosure, "a threat to supply chains" for a supply chain risk).
 */
const CANON: Record<string, string> = {
  disagr: 'disput', standoff: 'disput', conflict: 'disput', clash: 'disput', spat: 'disput', feud: 'disput',
  disclosur: 'disclos', reveal: 'disclos', revel: 'disclos',
  suspens: 'suspend',
  deadlin: 'ultimatum',
  threat: 'risk',
  met: 'meet', talk: 'meet',
};
export function canon(stem: string): string {
  return CANON[stem] ?? stem;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function keepLongest<T extends { span: Span }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const kept: T[] = [];
  for (const m of sorted) if (!kept.some((k) => overlaps(k.span, m.span))) kept.push(m);
  return kept.sort((a, b) => a.span.start - b.span.start);
}
