import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/model/spans.js';
import { loadSeed } from '../../src/store/seed-load.js';
import { FIXTURE_DOC, FIXTURE_LOW_DOC, FIXTURE_TEXT, removeDir, span, validSeedFiles, writeSeedDir, writeSourcesDir } from '../support/seed-fixtures.js';
import { SOURCES_DIR, testApp } from '../support/test-app.js';

/**
 * A served quote is exactly the UTF-16 slice [start, end) of the document's text, the span its
 * sha256 covers. Issue 8: every quote of document 003 was shifted, because Cypher's substring()
 * counts code points and 003 has emoji before its spans.
 */

const t = testApp();
const wipe = () => t.app.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: t.app.config.neo4j.database });
const haveSources = existsSync(SOURCES_DIR);

interface Ev {
  document: { key: string };
  start: number;
  end: number;
  sha256: string;
  quote: string | null;
}

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const EV = 'document { key } start end sha256 quote';

/** Every piece of evidence the API serves: relationships (all pages), disputes, facts and attribute evidence. */
async function everyServedEvidence(): Promise<{ owner: string; ev: Ev }[]> {
  const out: { owner: string; ev: Ev }[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = await data(`query($after: String) { relationships(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { key evidence { ${EV} } } } } }`, { after });
    for (const e of page.relationships.edges) for (const ev of e.node.evidence) out.push({ owner: `relationship ${e.node.key}`, ev });
    if (!page.relationships.pageInfo.hasNextPage) break;
    after = page.relationships.pageInfo.endCursor;
  }
  const disputes: any = await data(`{ disputes(first: 100) { id claims { value evidence { ${EV} } } } }`);
  for (const d of disputes.disputes) for (const c of d.claims) for (const ev of c.evidence) out.push({ owner: `dispute ${d.id}`, ev });
  // Entity keys first, then their evidence in batches: one nested query for all of it is more
  // than the node limit allows, as it should be.
  const docs: any = await data(`{ documents { entities(first: 100) { key } } }`);
  const keys = [...new Set<string>(docs.documents.flatMap((d: any) => d.entities.map((e: any) => e.key)))];
  for (let i = 0; i < keys.length; i += 40) {
    const batch = keys.slice(i, i + 40);
    const fields = batch.map((k, j) => `e${j}: entity(key: ${JSON.stringify(k)}) { key attributeEvidence { ${EV} } facts { key evidence { ${EV} } } }`);
    const got: any = await data(`{ ${fields.join(' ')} }`);
    for (const e of Object.values<any>(got)) {
      for (const ev of e.attributeEvidence) out.push({ owner: `entity ${e.key}`, ev });
      for (const f of e.facts) for (const ev of f.evidence) out.push({ owner: `fact ${f.key}`, ev });
    }
  }
  return out;
}

describe.runIf(haveSources)('quotes served from the seed graph', () => {
  beforeAll(async () => {
    await wipe();
    await loadSeed(t.app.db, 'seed', SOURCES_DIR);
  });

  it('every served quote is the UTF-16 slice of its file, whose sha256 the span records (regression: 003 quotes shifted by emoji)', async () => {
    const texts = new Map<string, string>();
    const text = (key: string) => {
      if (!texts.has(key)) texts.set(key, readFileSync(path.join(SOURCES_DIR, `${key}.txt`), 'utf8'));
      return texts.get(key)!;
    };
    const served = await everyServedEvidence();
    expect(served.length).toBeGreaterThan(200);
    const wrong = served.filter(({ ev }) => ev.quote !== text(ev.document.key).slice(ev.start, ev.end) || sha256(ev.quote ?? '') !== ev.sha256);
    expect(wrong.map((w) => `${w.owner} ${w.ev.document.key} [${w.ev.start}, ${w.ev.end})`)).toEqual([]);
    // The case the bug was found on: 003 has astral characters before its spans.
    const in003 = served.filter(({ ev }) => ev.document.key.startsWith('003_'));
    expect(in003.length).toBeGreaterThan(5);
    const astral = /[\u{10000}-\u{10FFFF}]/u;
    expect(in003.some(({ ev }) => astral.test(text(ev.document.key).slice(0, ev.start)))).toBe(true);
  });
});

describe('quotes after astral characters and at the very end of a text', () => {
  // Invented text: emoji (two UTF-16 units each) before every span, and a span that ends the text.
  const text = '📊 Ledger 🚀 Acme Labs leaked its plans. 🧠 The Ministry of Tests ordered Acme Labs to stop.';
  let seedDir: string;
  let sourcesDir: string;

  beforeAll(async () => {
    const files = validSeedFiles();
    const docs = files['documents.yaml']!.documents!;
    const low = docs.find((d: any) => d.key === FIXTURE_LOW_DOC);
    low.sha256 = sha256(text);
    low.body = [{ start: 0, end: text.length }];
    const rels = files['relationships/fx-aggregator.yaml']!.relationships!;
    rels[0].evidence = [span('Acme Labs leaked its plans', FIXTURE_LOW_DOC, text)];
    // A second span of the same document ends exactly at the end of the text.
    rels[0].evidence.push(span('ordered Acme Labs to stop.', FIXTURE_LOW_DOC, text));
    seedDir = writeSeedDir(files);
    sourcesDir = writeSourcesDir({ [FIXTURE_DOC]: FIXTURE_TEXT, [FIXTURE_LOW_DOC]: text });
    await wipe();
    await loadSeed(t.app.db, seedDir, sourcesDir);
  });

  afterAll(async () => {
    await wipe();
    removeDir(seedDir);
    removeDir(sourcesDir);
    await t.close();
  });

  it('serves the exact slices, the last one ending at the end of the text', async () => {
    const d: any = await data(`{ relationships(where: { types: ["SUBJECT_OF_LEAK"] }) { edges { node { evidence { ${EV} } } } } }`);
    const evidence: Ev[] = d.relationships.edges[0].node.evidence;
    expect(evidence.map((e) => e.quote)).toEqual(['Acme Labs leaked its plans', 'ordered Acme Labs to stop.']);
    expect(evidence[1]!.end).toBe(text.length);
    for (const e of evidence) {
      expect(e.quote).toBe(text.slice(e.start, e.end));
      // In code points the span would start elsewhere: the emoji before it count once, not twice.
      expect(Array.from(text).slice(e.start, e.end).join('')).not.toBe(e.quote);
    }
  });
});
