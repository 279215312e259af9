import type { KnownEntity } from './input.js';
import type { EntityIndex } from './mentions.js';
import { namePattern } from './name-patterns.js';
import type { Mention } from './proposal.js';
import type { RawClaim } from './roles.js';
import type { Sentence } from './sentences.js';

/** Winning, awarding or signing a contract. */
const CONCLUDED = /\b(?:secur(?:e|es|ed|ing)|w[io]n|wins|winning|land(?:s|ed)?|obtain(?:s|ed)?|award(?:s|ed)?|grant(?:s|ed)?|sign(?:s|ed|ing)?|conclud(?:e|es|ed)|struck|strike)\b/i;

const isAuthority = (e: KnownEntity | undefined) => !!e && e.kind === 'ORGANIZATION' && ['GOVERNMENT_BODY', 'MILITARY', 'LEGISLATURE'].includes(e.orgType ?? '');

/** Each known contract and the organisations its name names ("Acme–Ministry road contract"). */
export function contractIndex(index: EntityIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const orgs = [...index.byKey.values()].filter((e) => e.kind === 'ORGANIZATION');
  for (const c of index.byKey.values()) {
    if (c.kind !== 'CONTRACT') continue;
    const parties = orgs.filter((o) => [o.name, ...o.aliases].some((n) => n.length > 1 && new RegExp(namePattern(n) ?? '$^', 'u').test(c.name))).map((o) => o.key);
    out.set(c.key, parties);
  }
  return out;
}

/**
 * A contract won, awarded or signed: the parties its name gives, when the paragraph names them,
 * and those who signed it in the sentence, are PARTY_TO it; a government party awarded it to the
 * other ("secured contracts of similar scale" after the ministry was named).
 */
export function contractClaims(s: Sentence, mentions: Mention[], paragraph: Mention[], claims: RawClaim[], contracts: Map<string, string[]>, index: EntityIndex): RawClaim[] {
  const out: RawClaim[] = [];
  if (!CONCLUDED.test(s.text)) return out;
  const push = (c: RawClaim) => {
    if (!out.some((o) => o.type === c.type && o.source.key === c.source.key && o.target.key === c.target.key)) out.push(c);
  };
  for (const c of mentions) {
    const named = c.key && c.kind === 'CONTRACT' ? contracts.get(c.key) : undefined;
    if (!named) continue;
    const signers = claims.filter((x) => /^SIGNED_/.test(x.type)).flatMap((x) => [x.source, x.target]);
    const parties = [...named.map((k) => [...mentions, ...paragraph].reverse().find((m) => m.key === k)).filter((m): m is Mention => !!m), ...signers]
      .filter((m, i, all) => m.key && all.findIndex((x) => x.key === m.key) === i);
    for (const p of parties) push({ type: 'PARTY_TO', category: 'AFFILIATION', source: p, target: c, matched: [`${p.text} party to ${c.text}`], at: c.span.start, dated: true, confidence: 0.5 });
    const authority = parties.filter((p) => isAuthority(index.byKey.get(p.key!)));
    const others = parties.filter((p) => !authority.includes(p) && p.kind === 'ORGANIZATION');
    if (authority.length !== 1 || signers.length) continue;
    for (const o of others) push({ type: 'AWARDED_CONTRACT', category: 'TRANSACTION', source: authority[0]!, target: o, matched: [`${c.text} awarded to ${o.text}`], at: c.span.start, dated: true, confidence: 0.45 });
  }
  return out;
}
