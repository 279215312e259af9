import type { Seed } from '../seed/read-seed.js';
import type { IngestInput } from './input.js';

/**
 * The engine's input for one seed document, leave-one-out: every entity of the seed, and every
 * relationship except those whose only evidence is this document (they are what it should find).
 */
export function seedInput(seed: Seed, documentKey: string, text: string): IngestInput {
  const doc = seed.documents.find((d) => d.key === documentKey);
  if (!doc) throw new Error(`unknown document ${documentKey}`);
  return {
    text,
    documentKey,
    ...(doc.publishedOn ? { publishedOn: doc.publishedOn } : {}),
    body: doc.body,
    knownEntities: seed.entities.map((e) => ({ key: e.key, name: e.name, kind: e.kind, aliases: e.aliases, ...(e.kind === 'ORGANIZATION' ? { orgType: e.orgType } : {}), ...(e.kind === 'POLICY' ? { policyType: e.policyType } : {}) })),
    existingRelationships: seed.relationships
      .filter((r) => !r.evidence.every((e) => e.doc === documentKey))
      .map((r) => ({ key: r.key, type: r.type, category: r.category, source: r.source, target: r.target, ...(r.cameo ? { cameo: r.cameo } : {}) })),
  };
}
