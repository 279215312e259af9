import type { ExistingRelationship } from './input.js';
import type { Proposal } from './proposal.js';

const keyOf = (e: Proposal['source']) => ('key' in e ? e.key : null);

/**
 * A proposal that says what a relationship in the graph already says is offered as more evidence
 * for it. Same target and category, and the same type or the same CAMEO root; the source is the
 * same entity or, for an act between actors (one with a CAMEO code), someone the graph records as
 * holding a role in the source organisation (the department's threat is its secretary's threat
 * when the graph already has the secretary's). Taking part in an event is not attributed so.
 */
export function matchExisting(p: Proposal, existing: ExistingRelationship[], officeHolders: Map<string, Set<string>>): ExistingRelationship | null {
  const source = keyOf(p.source);
  const target = keyOf(p.target);
  if (!source || !target) return null;
  const sameAct = (r: ExistingRelationship) => r.type === p.type || (!!r.cameo && !!p.cameo && r.cameo.slice(0, 2) === p.cameo.slice(0, 2));
  const candidates = existing.filter((r) => r.target === target && r.category === p.category && sameAct(r));
  return (
    candidates.find((r) => r.source === source && r.type === p.type) ??
    candidates.find((r) => r.source === source) ??
    candidates.find((r) => !!r.cameo && officeHolders.get(source)?.has(r.source) && (r.type === p.type || r.cameo === p.cameo)) ??
    null
  );
}

/** Organisation key to the people the graph says hold a role in it. */
export function officeHoldersOf(existing: ExistingRelationship[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of existing) {
    if (r.type !== 'HOLDS_ROLE') continue;
    if (!out.has(r.target)) out.set(r.target, new Set());
    out.get(r.target)!.add(r.source);
  }
  return out;
}
