import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { normaliseName } from '../model/names.js';
import { seedRuleProblems } from './seed-rules.js';
import type { z } from 'zod';
import {
  seedFileSchema,
  type AliasAdditionRecord,
  type CorroborationRecord,
  type DisputeRecord,
  type DocumentRecord,
  type EntityRecord,
  type Evidence,
  type RelationshipRecord,
} from '../model/seed-schema.js';

export interface Seed {
  documents: DocumentRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
  disputes: DisputeRecord[];
  /** Which file each record came from, for error messages. */
  origin: Map<string, string>;
}

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`seed is invalid:\n  ${problems.slice(0, 50).join('\n  ')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`);
    this.name = 'SeedError';
  }
}

export function seedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Reads and validates every seed file; throws a SeedError naming file, record key and field. */
export function readSeed(dir: string): Seed {
  const seed: Seed = { documents: [], entities: [], relationships: [], disputes: [], origin: new Map() };
  const problems: string[] = [];
  const corroborations: (CorroborationRecord & { file: string })[] = [];
  const aliasAdditions: (AliasAdditionRecord & { file: string })[] = [];
  for (const file of seedFiles(dir)) {
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, 'utf8')) ?? {};
    } catch (e) {
      problems.push(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    const parsed = seedFileSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...describeIssues(file, raw, parsed.error));
      continue;
    }
    corroborations.push(...parsed.data.corroborations.map((c) => ({ ...c, file })));
    aliasAdditions.push(...parsed.data.aliasAdditions.map((a) => ({ ...a, file })));
    for (const list of ['documents', 'entities', 'relationships', 'disputes'] as const) {
      for (const record of parsed.data[list]) {
        const id = `${list}:${record.key}`;
        const previous = seed.origin.get(id);
        if (previous) problems.push(`${file}: ${list} "${record.key}": key already defined in ${previous}`);
        seed.origin.set(id, file);
        (seed[list] as { key: string }[]).push(record);
      }
    }
  }
  problems.push(...merge(seed, corroborations, aliasAdditions));
  problems.push(...crossCheck(seed));
  if (problems.length) throw new SeedError(problems);
  return seed;
}

/** Folds corroborating evidence and alias additions into the records they name. */
function merge(
  seed: Seed,
  corroborations: (CorroborationRecord & { file: string })[],
  aliasAdditions: (AliasAdditionRecord & { file: string })[],
): string[] {
  const problems: string[] = [];
  const rels = new Map(seed.relationships.map((r) => [r.key, r]));
  const entities = new Map(seed.entities.map((e) => [e.key, e]));
  for (const c of corroborations) {
    const rel = rels.get(c.relationship);
    if (!rel) problems.push(`${c.file}: corroborations "${c.relationship}" field relationship: unknown relationship`);
    else rel.evidence.push(...c.evidence);
  }
  for (const a of aliasAdditions) {
    const entity = entities.get(a.entity);
    if (!entity) {
      problems.push(`${a.file}: aliasAdditions "${a.entity}" field entity: unknown entity`);
      continue;
    }
    for (const alias of a.aliases) if (alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
    for (const d of a.mentionedIn) if (!entity.mentionedIn.includes(d)) entity.mentionedIn.push(d);
  }
  return problems;
}

function describeIssues(file: string, raw: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const [list, index, ...rest] = issue.path;
    let where = issue.path.join('.');
    if (typeof list === 'string' && typeof index === 'number') {
      const record = (raw as Record<string, { key?: string }[]>)[list]?.[index];
      where = `${list} "${record?.key ?? `#${index}`}" field ${rest.join('.') || '(record)'}`;
    }
    return `${file}: ${where}: ${issue.message}`;
  });
}


/** Dangling keys, alias collisions, evidence outside the article body, kind-specific references. */
function crossCheck(seed: Seed): string[] {
  const problems: string[] = [];
  const where = (list: string, key: string) => `${seed.origin.get(`${list}:${key}`)}: ${list} "${key}"`;
  const docs = new Map(seed.documents.map((d) => [d.key, d]));
  const entities = new Map(seed.entities.map((e) => [e.key, e]));
  const rels = new Map(seed.relationships.map((r) => [r.key, r]));

  /** `siteSummaryAllowed`: only a SITE_SUMMARY dispute claim may stand outside the body (seed-rules.ts checks where). */
  const checkEvidence = (owner: string, field: string, evidence: Evidence[], siteSummaryAllowed = false) => {
    for (const ev of evidence) {
      const doc = docs.get(ev.doc);
      if (!doc) {
        problems.push(`${owner} field ${field}: unknown document "${ev.doc}"`);
        continue;
      }
      if (!siteSummaryAllowed && !doc.body.some((b) => ev.start >= b.start && ev.end <= b.end)) {
        problems.push(`${owner} field ${field}: span [${ev.start}, ${ev.end}) of ${ev.doc} lies outside the article body (site furniture)`);
      }
    }
  };
  const checkEntity = (owner: string, field: string, key: string | undefined) => {
    if (key !== undefined && !entities.has(key)) problems.push(`${owner} field ${field}: unknown entity "${key}"`);
  };

  const names = new Map<string, string>();
  for (const e of seed.entities) {
    const owner = where('entities', e.key);
    for (const n of [e.name, ...e.aliases]) {
      const norm = normaliseName(n);
      const other = names.get(norm);
      if (other && other !== e.key) problems.push(`${owner} field aliases: "${n}" is also a name or alias of "${other}"`);
      names.set(norm, e.key);
    }
    for (const d of e.mentionedIn) if (!docs.has(d)) problems.push(`${owner} field mentionedIn: unknown document "${d}"`);
    for (const [attr, ev] of Object.entries(e.attributeEvidence)) checkEvidence(owner, `attributeEvidence.${attr}`, ev);
    for (const f of e.facts) checkEvidence(owner, `facts.${f.key}`, f.evidence);
    if (e.kind === 'AI_MODEL') checkEntity(owner, 'developer', e.developer);
    if (e.kind === 'POLICY') checkEntity(owner, 'issuer', e.issuer);
    if (e.kind === 'CONTRACT') e.parties.forEach((p) => checkEntity(owner, 'parties', p));
    if (e.kind === 'EVENT') e.participants.forEach((p) => checkEntity(owner, 'participants', p));
  }
  for (const r of seed.relationships) {
    const owner = where('relationships', r.key);
    checkEntity(owner, 'source', r.source);
    checkEntity(owner, 'target', r.target);
    r.reportedBy.forEach((k) => checkEntity(owner, 'reportedBy', k));
    r.context.forEach((k) => checkEntity(owner, 'context', k));
    checkEvidence(owner, 'evidence', r.evidence);
    if (r.evidence.every((ev) => docs.get(ev.doc)?.reliability === 'LOW') && r.status !== 'ALLEGED') {
      problems.push(`${owner} field status: every source of this claim is LOW reliability, so its status must be ALLEGED`);
    }
    if (r.when?.relative && !docs.has(r.when.relative.anchor)) problems.push(`${owner} field when.relative.anchor: unknown document`);
  }
  for (const d of seed.disputes) {
    const owner = where('disputes', d.key);
    for (const s of d.subjects) if (!entities.has(s) && !rels.has(s)) problems.push(`${owner} field subjects: "${s}" is neither an entity nor a relationship`);
    d.claims.forEach((c, i) => {
      for (const k of c.relationships) if (!rels.has(k)) problems.push(`${owner} field claims.${i}.relationships: unknown relationship "${k}"`);
      checkEvidence(owner, `claims.${i}.evidence`, c.evidence, c.standing === 'SITE_SUMMARY');
    });
  }
  problems.push(...seedRuleProblems(seed, where));
  const keys = new Set<string>();
  for (const k of [...entities.keys(), ...rels.keys()]) {
    if (keys.has(k)) problems.push(`key "${k}" is used by both an entity and a relationship`);
    keys.add(k);
  }
  return problems;
}

/** Every evidence item in the seed, with the fact it supports, for span verification. */
export function allEvidence(seed: Seed): { fact: string; evidence: Evidence }[] {
  const out: { fact: string; evidence: Evidence }[] = [];
  for (const e of seed.entities) {
    for (const [attr, list] of Object.entries(e.attributeEvidence)) list.forEach((ev) => out.push({ fact: `entity ${e.key}.${attr}`, evidence: ev }));
    for (const f of e.facts) f.evidence.forEach((ev) => out.push({ fact: `entity ${e.key} fact ${f.key}`, evidence: ev }));
  }
  for (const r of seed.relationships) r.evidence.forEach((ev) => out.push({ fact: `relationship ${r.key}`, evidence: ev }));
  for (const d of seed.disputes) d.claims.forEach((c, i) => c.evidence.forEach((ev) => out.push({ fact: `dispute ${d.key} claim ${i + 1}`, evidence: ev })));
  return out;
}
