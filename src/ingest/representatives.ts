import type { ExistingRelationship } from './input.js';
import type { EntityIndex } from './mentions.js';
import type { RawClaim } from './roles.js';

/**
 * Who speaks for which organisation: people the graph or the text so far shows holding a role in
 * one. The graph counts a role holder's acts as the organisation's side, so pressure or a refusal
 * aimed at the holder ("gave him an ultimatum", the CEO at a meeting) is aimed at the organisation.
 */
export class Representatives {
  private readonly orgOf = new Map<string, string>();

  constructor(existing: ExistingRelationship[]) {
    for (const r of existing) if (r.type === 'HOLDS_ROLE' && !this.orgOf.has(r.source)) this.orgOf.set(r.source, r.target);
  }

  /** The side a mention speaks for: an organisation itself, or the organisation a person holds a role in. */
  sideOf(m: { key?: string; kind: string }): string | undefined {
    if (!m.key) return undefined;
    return m.kind === 'ORGANIZATION' ? m.key : this.orgOf.get(m.key);
  }

  learn(claims: RawClaim[]): void {
    for (const c of claims) if (c.type === 'HOLDS_ROLE' && c.source.key && c.target.key) this.orgOf.set(c.source.key, c.target.key);
  }

  /** The claim aimed at the organisation of the person it targets, when that is another side than the source's. */
  aim(c: RawClaim, index: EntityIndex): RawClaim {
    if ((c.category !== 'PRESSURE' && c.category !== 'OPPOSITION') || c.target.kind !== 'PERSON' || !c.target.key) return c;
    const org = this.orgOf.get(c.target.key);
    if (!org || org === c.source.key || (c.source.key && this.orgOf.get(c.source.key) === org)) return c;
    const e = index.byKey.get(org);
    if (!e || e.kind !== 'ORGANIZATION') return c;
    return { ...c, target: { ...c.target, key: org, kind: 'ORGANIZATION', confidence: c.target.confidence * 0.9 }, matched: [...c.matched, `aimed at the organisation ${c.target.text} (${c.target.key}) represents`] };
  }
}
