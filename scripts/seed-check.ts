/** Validates the seed without a database: zod, cross-references, and spans when SOURCES_DIR (default ../shared/seeds) exists. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readSeed } from '../src/seed/read-seed.js';
import { readSourceTexts } from '../src/seed/source-texts.js';

try {
  const seed = readSeed('seed');
  const dir = path.resolve(process.env.SOURCES_DIR ?? '../shared/seeds');
  let spans = 'spans not checked (no source texts)';
  if (existsSync(dir)) {
    readSourceTexts(seed, dir);
    spans = 'all spans verified';
  }
  const byCat = new Map<string, number>();
  for (const r of seed.relationships) byCat.set(r.category, (byCat.get(r.category) ?? 0) + 1);
  console.log(`seed ok: ${seed.documents.length} documents, ${seed.entities.length} entities, ${seed.relationships.length} relationships, ${seed.disputes.length} disputes; ${spans}`);
  console.log(`by category: ${[...byCat].map(([k, v]) => `${k} ${v}`).join(', ')}`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
