import type { KnownEntity } from './input.js';
import type { EntityIndex } from './mentions.js';
import type { Mention, Span } from './proposal.js';
import type { RawClaim } from './roles.js';

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const VERSION = /^(.*\S)\s+v?(\d+(?:\.\d+)*)$/i;
const PREVIEW = /^(.*\S)\s+(Preview|Beta)$/i;

/** A name split into the name of what it is a version of and the version ("RSP 3.0" → "RSP", "3.0"). */
interface Versioned {
  key: string;
  base: string;
  version: string;
  preview: boolean;
}

export interface VersionIndex {
  /** Folded name or alias → entity key. */
  byName: Map<string, string>;
  /** Entity key → its versioned reading, when one of its names is another name plus a version. */
  versions: Map<string, Versioned>;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
const sameVersion = (a: string, b: string) => a === b || a.replace(/(?:\.0)+$/, '') === b.replace(/(?:\.0)+$/, '');

export function buildVersionIndex(index: EntityIndex): VersionIndex {
  const byName = new Map<string, string>();
  for (const e of index.byKey.values()) for (const n of [e.name, ...e.aliases]) if (!byName.has(fold(n))) byName.set(fold(n), e.key);
  const versions = new Map<string, Versioned>();
  for (const e of index.byKey.values()) {
    for (const n of [e.name, ...e.aliases]) {
      const v = VERSION.exec(n);
      const p = PREVIEW.exec(n);
      const base = v?.[1] ?? p?.[1];
      const baseKey = base && byName.get(fold(base));
      if (!base || !baseKey || baseKey === e.key) continue;
      versions.set(e.key, { key: baseKey, base, version: v ? v[2]! : p![2]!, preview: !v });
      break;
    }
  }
  return { byName, versions };
}

/** The known entity named `base` plus `version` ("RSP" + "2.0"), if any. */
function versionOf(vi: VersionIndex, baseKey: string, version: string): string | undefined {
  for (const [key, v] of vi.versions) if (v.key === baseKey && !v.preview && sameVersion(v.version, version)) return key;
  return undefined;
}

/**
 * Versions named by ellipsis or by ordinal: "RSP 1.0 and 2.0" names RSP 2.0 too, and "the third
 * version of its Responsible Scaling Policy" names the policy's version 3. The ordinal phrase
 * replaces the mention of the base it contains.
 */
export function findVersionMentions(text: string, spans: Span[], mentions: Mention[], index: EntityIndex, vi: VersionIndex): Mention[] {
  const out = [...mentions];
  const drop = new Set<Mention>();
  for (const m of mentions) {
    if (!m.key) continue;
    const v = vi.versions.get(m.key);
    // Ellipsis: a versioned name followed by bare version numbers.
    if (v && !v.preview) {
      const tail = /^((?:\s*(?:,|and|or|&)\s*(?:and\s+)?v?\d+(?:\.\d+)*)+)/.exec(text.slice(m.span.end, m.span.end + 60));
      if (tail) {
        for (const n of tail[1]!.matchAll(/\d+(?:\.\d+)*/g)) {
          const key = versionOf(vi, v.key, n[0]);
          const start = m.span.end + n.index;
          if (key) out.push({ key, kind: index.byKey.get(key)!.kind, span: { start, end: start + n[0].length }, text: n[0], via: 'name', possessive: false, confidence: 0.9 });
        }
      }
    }
    // Ordinal: "the third version of (its|the) X".
    const before = /\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+version\s+of\s+(?:its\s+|the\s+|their\s+|his\s+|her\s+)?["“'‘]?$/i.exec(text.slice(Math.max(0, m.span.start - 60), m.span.start));
    if (before && spans.some((s) => s.start <= m.span.start - before[0].length && s.end >= m.span.end)) {
      const key = versionOf(vi, vi.versions.get(m.key)?.key ?? m.key, String(ORDINALS[before[1]!.toLowerCase()]));
      if (key) {
        drop.add(m);
        out.push({ key, kind: index.byKey.get(key)!.kind, span: { start: m.span.start - before[0].length, end: m.span.end }, text: `${before[0]}${m.text}`, via: 'name', possessive: m.possessive, confidence: 0.9 });
      }
    }
  }
  return out.filter((m) => !drop.has(m)).sort((a, b) => a.span.start - b.span.start);
}

/** "RSP 3.0" is a version of "RSP", "Orbit Preview" a preview of "Orbit": read from the names themselves. */
export function versionClaims(mentions: Mention[], vi: VersionIndex, index: EntityIndex): RawClaim[] {
  const out: RawClaim[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!m.key || m.via === 'coreference' || seen.has(m.key)) continue;
    const v = vi.versions.get(m.key);
    if (!v) continue;
    seen.add(m.key);
    const base = index.byKey.get(v.key)!;
    const target: Mention = { key: v.key, kind: base.kind, span: m.span, text: v.base, via: 'name', possessive: false, confidence: 0.9 };
    out.push({ type: v.preview ? 'PREVIEW_OF' : 'VERSION_OF', category: 'AFFILIATION', source: m, target, matched: [`${m.text}: ${v.base} ${v.version}`], at: m.span.start, dated: false, confidence: 0.6 });
  }
  return out;
}

const FIRST_TIME = /\b(?:new|newest|latest|updated|revised|current|next|rewritten)\b/i;

/**
 * Making something that has numbered versions names the first version unless the sentence says
 * it is a new one ("introduced the policy in 2019" is version 1); releasing version N replaces N-1.
 */
export function versionedCreation(claims: RawClaim[], sentence: string, vi: VersionIndex, index: EntityIndex): RawClaim[] {
  const out: RawClaim[] = [];
  for (const c of claims) {
    if (c.category !== 'CREATION' || !c.target.key || !/^(?:RELEASED|ISSUED|ANNOUNCED)$/.test(c.type)) {
      out.push(c);
      continue;
    }
    const first = !vi.versions.has(c.target.key) && !FIRST_TIME.test(sentence) ? versionOf(vi, c.target.key, '1') : undefined;
    const target = first ? { ...c.target, key: first, kind: index.byKey.get(first)!.kind } : c.target;
    out.push(first ? { ...c, target, matched: [...c.matched, 'the first version'] } : c);
    const v = vi.versions.get(target.key!);
    const n = v && !v.preview ? Number.parseInt(v.version, 10) : NaN;
    const previous = n > 1 ? versionOf(vi, v!.key, String(n - 1)) : undefined;
    if (previous && c.type === 'RELEASED') {
      const prev: KnownEntity = index.byKey.get(previous)!;
      out.push({ ...c, type: 'SUPERSEDES', source: target, target: { ...target, key: previous, kind: prev.kind, text: prev.name }, matched: [...c.matched, `replaces ${prev.name}`], confidence: Math.round(c.confidence * 0.7 * 100) / 100 });
    }
  }
  return out;
}
