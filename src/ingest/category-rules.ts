import type { Category } from '../model/categories.js';
import type { EntityIndex } from './mentions.js';
import type { Mention } from './proposal.js';
import type { RawClaim } from './roles.js';

type Coded = { type: string; category: Category; cameo?: string };

/** Policy types that are public rules; the others (CORPORATE_POLICY, TERMS, FRAMEWORK) belong to one party. */
const PUBLIC_RULES = new Set(['LAW', 'BILL', 'REGULATION', 'DIRECTIVE', 'DESIGNATION']);
/** Acts that, aimed at one model or party rather than at a rule, are administrative sanctions (CAMEO 172). */
const SANCTIONS = new Set(['SUSPENDED_ACCESS_TO', 'BLOCKED']);

const isGovernment = (m: Mention, index: EntityIndex) => {
  const e = m.key ? index.byKey.get(m.key) : undefined;
  return !!e && e.kind === 'ORGANIZATION' && ['GOVERNMENT_BODY', 'MILITARY', 'LEGISLATURE'].includes(e.orgType ?? '');
};

/**
 * The graph's category rules applied to a proposal: REGULATION targets a public rule (a law, bill,
 * regulation, directive or designation), never one party, person or model, and never a party's
 * own policy. Changing one's own policy is CREATION; suspending or blocking one model is an
 * administrative sanction (PRESSURE, CAMEO 172); a government approving a model for its use is
 * material cooperation (SUPPORT, CAMEO 060). Anything else that does not fit is dropped.
 */
export function fitCategory(c: Coded, source: Mention, target: Mention, index: EntityIndex): Coded | null {
  if (c.category !== 'REGULATION') return c;
  const e = target.key ? index.byKey.get(target.key) : undefined;
  if (target.kind === 'POLICY') {
    const type = e?.policyType;
    if (!type || PUBLIC_RULES.has(type)) return c;
    return { type: c.type, category: 'CREATION' };
  }
  if (target.kind === 'AI_MODEL' && SANCTIONS.has(c.type)) return { type: c.type, category: 'PRESSURE', cameo: '172' };
  if (target.kind === 'AI_MODEL' && c.type === 'APPROVED' && isGovernment(source, index)) return { type: 'APPROVED_FOR_USE', category: 'SUPPORT', cameo: '060' };
  return null;
}

/**
 * A rule its own source also uses as pressure in the same sentence is not rule-making: the act is
 * aimed at one target ("issued a directive suspending access to X"), so issuing it is CREATION.
 */
export function demoteAimedRules(claims: RawClaim[]): RawClaim[] {
  return claims.map((c) => {
    if (c.category !== 'REGULATION') return c;
    const aimed = claims.some((o) => o !== c && o.category === 'PRESSURE' && o.source.key === c.source.key && o.source.key);
    return aimed ? { ...c, category: 'CREATION' } : c;
  });
}
