import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/model/spans.js';
import { allEvidence, readSeed } from '../../src/seed/read-seed.js';
import { readSourceTexts, SpanMismatchError } from '../../src/seed/source-texts.js';
import { FIXTURE_DOC, FIXTURE_TEXT, removeDir, validSeedFiles, writeSeedDir, writeSourcesDir } from '../support/seed-fixtures.js';

const SOURCES_DIR = path.resolve('../shared/seeds');
const haveSources = existsSync(SOURCES_DIR);
if (!haveSources) console.warn(`[seed-spans] ${SOURCES_DIR} is absent: the spans of the real seed are NOT verified (fixture tests still run)`);

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** Replaces the character at `index` by one that differs from it. */
function alterOneChar(text: string, index: number): string {
  const c = text[index] === 'x' ? 'y' : 'x';
  return text.slice(0, index) + c + text.slice(index + 1);
}

function mismatchProblems(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(SpanMismatchError);
    return (e as SpanMismatchError).problems;
  }
  throw new Error('expected a SpanMismatchError');
}

describe('evidence spans of the real seed', () => {
  const seed = readSeed('seed');

  it.skipIf(!haveSources)(`all verify against ${SOURCES_DIR} (file hashes and every span hash)`, () => {
    const texts = readSourceTexts(seed, SOURCES_DIR);
    expect(texts.map((t) => t.key).sort()).toEqual(seed.documents.map((d) => d.key).sort());
    const evidence = allEvidence(seed);
    expect(evidence.length).toBeGreaterThan(300);
    // The same check done independently of readSourceTexts, with non-empty, in-range spans.
    const byKey = new Map(texts.map((t) => [t.key, t.text]));
    const bad = evidence.filter(({ evidence: ev }) => {
      const text = byKey.get(ev.doc)!;
      return ev.end > text.length || ev.end <= ev.start || sha256(text.slice(ev.start, ev.end)) !== ev.sha256;
    });
    expect(bad.map((b) => b.fact)).toEqual([]);
  });

  it.skipIf(!haveSources)('a one-character change inside a span is reported naming the fact and the document', () => {
    const rel = seed.relationships.find((r) => r.key === 'hegseth-ultimatum-anthropic')!;
    const ev = rel.evidence[0]!;
    const dir = mkdtempSync(path.join(tmpdir(), 'sources-altered-'));
    dirs.push(dir);
    for (const d of seed.documents) copyFileSync(path.join(SOURCES_DIR, `${d.key}.txt`), path.join(dir, `${d.key}.txt`));
    const file = path.join(dir, `${ev.doc}.txt`);
    writeFileSync(file, alterOneChar(readFileSync(file, 'utf8'), ev.start + 3));

    const problems = mismatchProblems(() => readSourceTexts(seed, dir));
    expect(problems).toContain(`relationship hegseth-ultimatum-anthropic: span [${ev.start}, ${ev.end}) of document ${ev.doc} does not match its sha256`);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^document ${ev.doc}: file hash .* differs from the seed's`)));
    // Only facts whose spans cover the altered character are reported, and only in that document.
    for (const p of problems.filter((x) => x.includes('span ['))) expect(p).toContain(`of document ${ev.doc}`);
  });

  it.skipIf(!haveSources)('evidence never quotes the furniture of a page: every span lies in a body range, except SITE_SUMMARY claims, which lie in a site summary', () => {
    const docs = new Map(seed.documents.map((d) => [d.key, d]));
    const within = (ev: { start: number; end: number }, spans: { start: number; end: number }[]) => spans.some((b) => ev.start >= b.start && ev.end <= b.end);
    const siteSummaryFacts = new Set(seed.disputes.flatMap((d) => d.claims.flatMap((c, i) => (c.standing === 'SITE_SUMMARY' ? [`dispute ${d.key} claim ${i + 1}`] : []))));
    const misplaced = allEvidence(seed).filter(({ fact, evidence: ev }) => !within(ev, siteSummaryFacts.has(fact) ? docs.get(ev.doc)!.siteSummary : docs.get(ev.doc)!.body));
    expect(misplaced.map((o) => o.fact)).toEqual([]);
  });
});

describe('span verification on a fixture (runs with or without ../shared/seeds)', () => {
  const seedDir = writeSeedDir(validSeedFiles());
  dirs.push(seedDir);
  const seed = readSeed(seedDir);

  it('accepts the untouched texts', () => {
    const sources = writeSourcesDir();
    dirs.push(sources);
    expect(readSourceTexts(seed, sources).map((t) => t.key).sort()).toEqual(['fx-aggregator', 'fx-news']);
  });

  it('names the fact and the document when one character of a span changes', () => {
    const at = FIXTURE_TEXT.indexOf('refused the order');
    const sources = writeSourcesDir({ [FIXTURE_DOC]: alterOneChar(FIXTURE_TEXT, at), 'fx-aggregator': 'An AI summary claims that Acme Labs leaked its plans.' });
    dirs.push(sources);
    const problems = mismatchProblems(() => readSourceTexts(seed, sources));
    const spanProblems = problems.filter((p) => p.includes('span ['));
    expect(spanProblems).toEqual([
      expect.stringMatching(/^relationship acme-refuses-ministry: span \[\d+, \d+\) of document fx-news does not match its sha256$/),
      expect.stringMatching(/^dispute acme-compliance claim 1: span \[\d+, \d+\) of document fx-news does not match its sha256$/),
    ]);
    expect(problems).toContainEqual(expect.stringMatching(/^document fx-news: file hash/));
  });

  it('reports a missing source file by document', () => {
    const sources = writeSourcesDir({ [FIXTURE_DOC]: FIXTURE_TEXT });
    dirs.push(sources);
    expect(mismatchProblems(() => readSourceTexts(seed, sources))).toEqual([expect.stringMatching(/^document fx-aggregator: .*fx-aggregator\.txt is missing$/)]);
  });

  it('reports a span that runs past the end of a shortened text', () => {
    const short = FIXTURE_TEXT.slice(0, FIXTURE_TEXT.indexOf('Acme Labs refused') + 5);
    const sources = writeSourcesDir({ [FIXTURE_DOC]: short, 'fx-aggregator': 'An AI summary claims that Acme Labs leaked its plans.' });
    dirs.push(sources);
    expect(mismatchProblems(() => readSourceTexts(seed, sources))).toContainEqual(expect.stringMatching(/^relationship acme-refuses-ministry: span .* of document fx-news does not match/));
  });
});
