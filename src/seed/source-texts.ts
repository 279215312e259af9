import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../model/spans.js';
import { allEvidence, type Seed } from './read-seed.js';

export interface SourceText {
  key: string;
  text: string;
  sha256: string;
}

export class SpanMismatchError extends Error {
  constructor(readonly problems: string[]) {
    super(`source texts do not match the seed:\n  ${problems.slice(0, 50).join('\n  ')}`);
    this.name = 'SpanMismatchError';
  }
}

/** Reads the seed's documents from SOURCES_DIR and verifies file and span hashes. */
export function readSourceTexts(seed: Seed, dir: string): SourceText[] {
  const problems: string[] = [];
  const texts = new Map<string, SourceText>();
  for (const doc of seed.documents) {
    const file = path.join(dir, `${doc.key}.txt`);
    if (!existsSync(file)) {
      problems.push(`document ${doc.key}: ${file} is missing`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const hash = sha256(text);
    if (hash !== doc.sha256) problems.push(`document ${doc.key}: file hash ${hash.slice(0, 12)}… differs from the seed's ${doc.sha256.slice(0, 12)}…`);
    texts.set(doc.key, { key: doc.key, text, sha256: hash });
  }
  for (const { fact, evidence } of allEvidence(seed)) {
    const source = texts.get(evidence.doc);
    if (!source) continue;
    const span = source.text.slice(evidence.start, evidence.end);
    if (evidence.end > source.text.length || sha256(span) !== evidence.sha256) {
      problems.push(`${fact}: span [${evidence.start}, ${evidence.end}) of document ${evidence.doc} does not match its sha256`);
    }
  }
  if (problems.length) throw new SpanMismatchError(problems);
  return [...texts.values()];
}
