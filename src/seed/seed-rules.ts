import type { DisputeRecord, DocumentRecord, EntityRecord, Evidence, RelationshipRecord } from '../model/seed-schema.js';

export interface SeedRecords {
  documents: DocumentRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
  disputes: DisputeRecord[];
}

/**
 * Rules over the whole seed that a single record cannot check: each one was written after a
 * review found the error it catches (issue 8). `where(list, key)` names the file and record.
 */
export function seedRuleProblems(seed: SeedRecords, where: (list: string, key: string) => string): string[] {
  const entities = new Map(seed.entities.map((e) => [e.key, e]));
  const docs = new Map(seed.documents.map((d) => [d.key, d]));
  return [
    ...unattachedEntities(seed, where),
    ...seed.relationships.flatMap((r) => relationshipProblems(r, seed, entities).map((p) => `${where('relationships', r.key)} ${p}`)),
    ...seed.disputes.flatMap((d) => disputeProblems(d, docs).map((p) => `${where('disputes', d.key)} ${p}`)),
    ...seed.documents.flatMap((d) => documentProblems(d).map((p) => `${where('documents', d.key)} ${p}`)),
  ];
}

/** An entity no relationship starts or ends at cannot be reached by paths or neighbourhoods. */
function unattachedEntities(seed: SeedRecords, where: (list: string, key: string) => string): string[] {
  const ends = new Set(seed.relationships.flatMap((r) => [r.source, r.target]));
  return seed.entities
    .filter((e) => !ends.has(e.key))
    .map((e) => `${where('entities', e.key)} field (record): no relationship starts or ends here (context, reportedBy and participants are not traversed); link it to what the text says or drop it`);
}

/** Kinds a public rule can be aimed at without being aimed at one actor. */
const PUBLIC_RULE_TYPES = new Set(['LAW', 'BILL', 'REGULATION', 'DIRECTIVE', 'DESIGNATION']);

function relationshipProblems(r: RelationshipRecord, seed: SeedRecords, entities: Map<string, EntityRecord>): string[] {
  const problems: string[] = [];
  const source = entities.get(r.source);
  const target = entities.get(r.target);
  if (r.category === 'REGULATION' && target) {
    if (target.kind !== 'POLICY') {
      problems.push(`field category: REGULATION is rule-making not aimed at one target, but the target is ${target.kind} "${target.key}" (an act on one actor or model is PRESSURE or SUPPORT)`);
    } else if (!PUBLIC_RULE_TYPES.has(target.policyType)) {
      problems.push(`field category: "${target.key}" is a ${target.policyType}, a party's own policy; making or changing it is CREATION, not REGULATION`);
    }
    const asPressure = seed.relationships.find((p) => p.category === 'PRESSURE' && p.source === r.source && p.context.includes(r.target));
    if (asPressure) problems.push(`field category: the same act is PRESSURE in "${asPressure.key}" (context "${r.target}"), so it is aimed at one target and is not REGULATION`);
  }
  for (const [end, other] of [[target, source], [source, target]] as const) {
    if (end?.kind === 'EVENT' && end.eventType === 'FOUNDING' && r.category !== 'CREATION') {
      problems.push(`field category: a founding is CREATION, but this ${r.category} relationship links "${other?.key}" to the founding event "${end.key}"`);
    }
  }
  if (r.amount) {
    for (const c of r.context.map((k) => entities.get(k))) {
      if (c?.kind === 'CONTRACT' && c.value?.amount === r.amount.amount && c.value.currency === r.amount.currency && (c.value.bound ?? 'EXACT') !== (r.amount.bound ?? 'EXACT')) {
        problems.push(`field amount.bound: the contract "${c.key}" in its context is ${c.value.bound ?? 'EXACT'} ${c.value.amount} ${c.value.currency}, but this says ${r.amount.bound ?? 'EXACT'}`);
      }
    }
  }
  return problems;
}

const inside = (ev: Evidence, spans: { start: number; end: number }[]) => spans.some((s) => ev.start >= s.start && ev.end <= s.end);

function disputeProblems(d: DisputeRecord, docs: Map<string, DocumentRecord>): string[] {
  const problems: string[] = [];
  d.claims.forEach((c, i) => {
    if (c.standing !== 'SITE_SUMMARY') return;
    for (const ev of c.evidence) {
      const doc = docs.get(ev.doc);
      if (doc && !inside(ev, doc.siteSummary)) problems.push(`field claims.${i}.evidence: a SITE_SUMMARY claim must cite a siteSummary span of ${ev.doc}, but [${ev.start}, ${ev.end}) is not in one`);
    }
  });
  if (d.claims.every((c) => c.standing === 'SITE_SUMMARY')) problems.push('field claims: at least one claim must stand on an article body');
  return problems;
}

function documentProblems(d: DocumentRecord): string[] {
  return d.siteSummary
    .filter((s) => d.body.some((b) => s.start < b.end && b.start < s.end))
    .map((s) => `field siteSummary: [${s.start}, ${s.end}) overlaps the article body; a site summary is furniture`);
}
