import { afterAll, describe, expect, it } from 'vitest';
import { CAMEO_CODES, PRESSURE_ROOTS, isPressureCode, quadClass } from '../../src/model/cameo.js';
import { CATEGORIES, categoryForCameo } from '../../src/model/categories.js';
import { bounds, boundsMillis, checkTemporal } from '../../src/model/temporal.js';
import { readSeed, SeedError, type Seed } from '../../src/seed/read-seed.js';
import { FIXTURE_LOW_DOC, removeDir, span, validSeedFiles, writeSeedDir, type SeedFiles } from '../support/seed-fixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** Writes the fixture seed after `edit`, reads it, and returns the checker's problems (empty when valid). */
function problemsOf(edit: (files: SeedFiles) => void = () => {}): string[] {
  const files = validSeedFiles();
  edit(files);
  const dir = writeSeedDir(files);
  dirs.push(dir);
  try {
    readSeed(dir);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(SeedError);
    return (e as SeedError).problems;
  }
}

const rels = (files: SeedFiles, file = 'relationships/fx-news.yaml') => files[file]!.relationships!;
const entities = (files: SeedFiles) => files['entities/organizations.yaml']!.entities!;

function normalise(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

describe('the curated seed in seed/', () => {
  const seed: Seed = readSeed('seed');
  const entityKeys = new Set(seed.entities.map((e) => e.key));
  const relKeys = new Set(seed.relationships.map((r) => r.key));
  const docKeys = new Set(seed.documents.map((d) => d.key));

  it('validates with zod and the cross-checks, with the expected size', () => {
    expect(seed.documents).toHaveLength(5);
    expect(seed.entities.length).toBeGreaterThan(80);
    expect(seed.relationships.length).toBeGreaterThanOrEqual(150);
    expect(seed.disputes.length).toBeGreaterThan(0);
  });

  it('gives every relationship a category, a summary and at least one piece of evidence', () => {
    const bad = seed.relationships.filter((r) => !(r.category in CATEGORIES) || r.summary.trim().length < 10 || r.evidence.length < 1);
    expect(bad.map((r) => r.key)).toEqual([]);
  });

  it('gives every interaction between actors a CAMEO code whose root matches its category', () => {
    const bad = seed.relationships.filter((r) => {
      const needs = ['PRESSURE', 'OPPOSITION', 'CONFLICT', 'SUPPORT', 'COMMUNICATION'].includes(r.category);
      if (!needs) return false;
      return !r.cameo || !CAMEO_CODES[r.cameo] || categoryForCameo(r.cameo) !== r.category;
    });
    expect(bad.map((r) => `${r.key} ${r.category} ${r.cameo}`)).toEqual([]);
  });

  it('has no dangling keys anywhere (checked independently of the loader)', () => {
    const dangling: string[] = [];
    const need = (owner: string, key: string, set: Set<string>) => {
      if (!set.has(key)) dangling.push(`${owner} -> ${key}`);
    };
    for (const r of seed.relationships) {
      need(r.key, r.source, entityKeys);
      need(r.key, r.target, entityKeys);
      [...r.reportedBy, ...r.context].forEach((k) => need(r.key, k, entityKeys));
      r.evidence.forEach((ev) => need(r.key, ev.doc, docKeys));
      if (r.when?.relative) need(r.key, r.when.relative.anchor, docKeys);
    }
    for (const e of seed.entities) {
      e.mentionedIn.forEach((d) => need(e.key, d, docKeys));
      if (e.kind === 'AI_MODEL' && e.developer) need(e.key, e.developer, entityKeys);
      if (e.kind === 'POLICY' && e.issuer) need(e.key, e.issuer, entityKeys);
      if (e.kind === 'CONTRACT') e.parties.forEach((p) => need(e.key, p, entityKeys));
      if (e.kind === 'EVENT') e.participants.forEach((p) => need(e.key, p, entityKeys));
    }
    for (const d of seed.disputes) {
      d.subjects.forEach((s) => need(d.key, s, new Set([...entityKeys, ...relKeys])));
      d.claims.forEach((c) => c.relationships.forEach((k) => need(d.key, k, relKeys)));
    }
    expect(dangling).toEqual([]);
  });

  it('has no entity known under two keys: no name or alias is shared after normalisation', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of seed.entities) {
      for (const n of new Set([e.name, ...e.aliases].map(normalise))) {
        const other = owner.get(n);
        if (other && other !== e.key) clashes.push(`"${n}": ${other} / ${e.key}`);
        owner.set(n, e.key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('marks every claim resting only on LOW-reliability documents as ALLEGED', () => {
    const low = new Set(seed.documents.filter((d) => d.reliability === 'LOW').map((d) => d.key));
    expect(low.size).toBeGreaterThan(0);
    const bad = seed.relationships.filter((r) => r.evidence.every((ev) => low.has(ev.doc)) && r.status !== 'ALLEGED');
    expect(bad.map((r) => r.key)).toEqual([]);
  });

  it('places every evidence span inside an article body, never in site furniture', () => {
    const bodies = new Map(seed.documents.map((d) => [d.key, d.body]));
    const outside = seed.relationships.flatMap((r) =>
      r.evidence.filter((ev) => !bodies.get(ev.doc)!.some((b) => ev.start >= b.start && ev.end <= b.end)).map((ev) => `${r.key} ${ev.doc} [${ev.start},${ev.end})`),
    );
    expect(outside).toEqual([]);
  });
});

describe('the seed checker rejects broken seed folders', () => {
  it('accepts the unbroken fixture (so each rejection below is caused by its one edit)', () => {
    expect(problemsOf()).toEqual([]);
  });

  it('names the file, the record key and the field of an invalid value', () => {
    const problems = problemsOf((f) => {
      rels(f)[1].status = 'RUMOURED';
    });
    // A file that fails zod is dropped whole, so later cross-checks may add follow-on problems; the first names the cause.
    expect(problems[0]).toMatch(/relationships[/\\]fx-news\.yaml: relationships "acme-refuses-ministry" field status: /);
  });

  it('names the nested field of an invalid date', () => {
    const problems = problemsOf((f) => {
      rels(f)[0].when = { iso: '2026-02-30', precision: 'DAY' };
    });
    expect(problems.join('\n')).toMatch(/fx-news\.yaml: relationships "ministry-demands-acme-stop" field when\.iso: "2026-02-30" is not a calendar date/);
  });

  it('names file, key and field of an invalid entity attribute', () => {
    const problems = problemsOf((f) => {
      entities(f)[1].orgType = 'STARTUP';
    });
    expect(problems.join('\n')).toMatch(/entities[/\\]organizations\.yaml: entities "acme-labs" field orgType: /);
  });

  it('rejects a relationship pointing at an entity that does not exist (dangling key)', () => {
    const problems = problemsOf((f) => {
      rels(f)[0].target = 'acme-laboratories';
    });
    expect(problems).toEqual([expect.stringMatching(/fx-news\.yaml: relationships "ministry-demands-acme-stop" field target: unknown entity "acme-laboratories"/)]);
  });

  it('rejects dangling keys in context, dispute claims and corroborations', () => {
    const problems = problemsOf((f) => {
      rels(f)[0].context = ['no-such-event'];
      f['disputes.yaml']!.disputes![0].claims[0].relationships = ['no-such-relationship'];
      f['relationships/fx-news.yaml']!.corroborations = [{ relationship: 'no-such-fact', evidence: [span('Acme Labs refused the order.')] }];
    });
    const text = problems.join('\n');
    expect(text).toMatch(/field context: unknown entity "no-such-event"/);
    expect(text).toMatch(/disputes "acme-compliance" field claims\.0\.relationships: unknown relationship "no-such-relationship"/);
    expect(text).toMatch(/corroborations "no-such-fact" field relationship: unknown relationship/);
  });

  it('rejects evidence from a document the seed does not list', () => {
    const problems = problemsOf((f) => {
      rels(f)[1].evidence = [{ ...span('Acme Labs refused the order.'), doc: 'fx-missing' }];
    });
    expect(problems.join('\n')).toMatch(/"acme-refuses-ministry" field evidence: unknown document "fx-missing"/);
  });

  it('rejects an alias collision: one entity under two keys', () => {
    const problems = problemsOf((f) => {
      entities(f).push({ key: 'acme-laboratories', kind: 'ORGANIZATION', name: 'ACME  labs!', orgType: 'COMPANY', description: 'The same lab entered twice.' });
      rels(f)[1].source = 'acme-laboratories'; // attached, so the alias clash is the only problem
    });
    expect(problems).toEqual([expect.stringMatching(/entities "acme-laboratories" field aliases: "ACME {2}labs!" is also a name or alias of "acme-labs"/)]);
  });

  it('rejects an alias that collides with another entity\'s alias, not only its name', () => {
    const problems = problemsOf((f) => {
      entities(f)[1].aliases.push('The Ministry');
    });
    expect(problems.join('\n')).toMatch(/"The Ministry" is also a name or alias of "ministry-of-tests"/);
  });

  it('rejects the same key defined twice, naming both files', () => {
    const problems = problemsOf((f) => {
      f['relationships/fx-aggregator.yaml']!.relationships!.push({ ...rels(f)[1], status: 'ALLEGED', evidence: [span('Acme Labs leaked its plans', FIXTURE_LOW_DOC)] });
    });
    expect(problems.join('\n')).toMatch(/fx-news\.yaml: relationships "acme-refuses-ministry": key already defined in .*fx-aggregator\.yaml/);
  });

  it('rejects evidence that lies in site furniture rather than the article body', () => {
    const problems = problemsOf((f) => {
      rels(f)[1].evidence.push(span('ten gadgets you must buy'));
    });
    expect(problems).toEqual([expect.stringMatching(/"acme-refuses-ministry" field evidence: span \[\d+, \d+\) of fx-news lies outside the article body \(site furniture\)/)]);
  });

  it('rejects furniture evidence in disputes and entity attributes too', () => {
    const problems = problemsOf((f) => {
      f['disputes.yaml']!.disputes![0].claims[1].evidence = [span('Share this on social media')];
      entities(f)[0].attributeEvidence = { country: [span('Related: ten gadgets')] };
    });
    expect(problems.join('\n')).toMatch(/disputes "acme-compliance" field claims\.1\.evidence: .*site furniture/);
    expect(problems.join('\n')).toMatch(/entities "ministry-of-tests" field attributeEvidence\.country: .*site furniture/);
  });

  it('rejects a claim resting only on LOW-reliability sources unless it is ALLEGED', () => {
    const problems = problemsOf((f) => {
      rels(f, 'relationships/fx-aggregator.yaml')[0].status = 'REPORTED';
    });
    expect(problems).toEqual([expect.stringMatching(/"acme-subject-of-leak" field status: every source of this claim is LOW reliability, so its status must be ALLEGED/)]);
  });

  it('lets a LOW-reliability claim be REPORTED once a better source corroborates it', () => {
    const problems = problemsOf((f) => {
      rels(f, 'relationships/fx-aggregator.yaml')[0].status = 'REPORTED';
      f['relationships/fx-news.yaml']!.corroborations = [{ relationship: 'acme-subject-of-leak', evidence: [span('Acme Labs refused the order.')] }];
    });
    expect(problems).toEqual([]);
  });

  it('rejects a PRESSURE relationship whose CAMEO code is not a pressure code', () => {
    const problems = problemsOf((f) => {
      rels(f)[0].cameo = '040';
    });
    expect(problems[0]).toMatch(/fx-news\.yaml: relationships "ministry-demands-acme-stop" field category: CAMEO 040 is not a pressure code but the category is PRESSURE/);
  });

  it('rejects a pressure code filed under another category', () => {
    const problems = problemsOf((f) => {
      rels(f)[0].category = 'COMMUNICATION';
      rels(f)[0].cameo = '112';
    });
    expect(problems.join('\n')).toMatch(/CAMEO 112 is a pressure code but the category is COMMUNICATION/);
  });

  it('rejects a PRESSURE relationship with no CAMEO code, and an unknown code', () => {
    expect(problemsOf((f) => delete rels(f)[0].cameo).join('\n')).toMatch(/"ministry-demands-acme-stop" field cameo: a PRESSURE relationship needs a CAMEO code/);
    expect(problemsOf((f) => (rels(f)[0].cameo = '1099')).join('\n')).toMatch(/field cameo: unknown CAMEO code 1099/);
  });

  it('rejects a code from the wrong non-pressure root (OPPOSITION with a SUPPORT code)', () => {
    expect(problemsOf((f) => (rels(f)[1].cameo = '051')).join('\n')).toMatch(/"acme-refuses-ministry" field cameo: CAMEO 051 does not belong to category OPPOSITION/);
  });
});

describe('rules added after the line-by-line review of issue 8', () => {
  const docs = (files: SeedFiles) => files['documents.yaml']!.documents!;
  const claims = (files: SeedFiles) => files['disputes.yaml']!.disputes![0].claims;
  const addPolicy = (files: SeedFiles, key: string, policyType: string) =>
    entities(files).push({ key, kind: 'POLICY', name: key.replace(/-/g, ' '), policyType, description: 'An invented policy for tests.' });
  /** The first furniture line of the fixture, declared as the host site's summary. */
  const withSiteSummary = (files: SeedFiles) => {
    docs(files)[0].siteSummary = [{ start: 0, end: 'Related: ten gadgets you must buy'.length }];
  };

  it('rejects an entity that no relationship starts or ends at (regression: central entities reachable only as context)', () => {
    const problems = problemsOf((f) => {
      entities(f).push({ key: 'acme-board', kind: 'ORGANIZATION', name: 'Acme board', orgType: 'OTHER', description: 'An invented board for tests.' });
      rels(f)[0].context = ['acme-board'];
    });
    expect(problems).toEqual([expect.stringMatching(/entities "acme-board" field \(record\): no relationship starts or ends here/)]);
  });

  it('rejects REGULATION aimed at one organisation or model (regression: the Fable/Mythos directive coded as regulation)', () => {
    const problems = problemsOf((f) => {
      rels(f)[0].category = 'REGULATION';
      delete rels(f)[0].cameo;
    });
    expect(problems).toEqual([expect.stringMatching(/"ministry-demands-acme-stop" field category: REGULATION is rule-making not aimed at one target, but the target is ORGANIZATION "acme-labs"/)]);
  });

  it('rejects REGULATION for a party changing its own policy: that is CREATION (regression: dropped pause pledge)', () => {
    const problems = problemsOf((f) => {
      addPolicy(f, 'acme-charter', 'CORPORATE_POLICY');
      rels(f).push({ key: 'acme-drops-charter', type: 'ABANDONED', category: 'REGULATION', source: 'acme-labs', target: 'acme-charter', status: 'REPORTED', summary: 'The lab gave up its charter.', evidence: [span('Acme Labs refused the order.')] });
    });
    expect(problems).toEqual([expect.stringMatching(/"acme-drops-charter" field category: "acme-charter" is a CORPORATE_POLICY, a party's own policy; making or changing it is CREATION/)]);
  });

  it('rejects REGULATION when the same source uses the same rule as PRESSURE, and accepts it otherwise', () => {
    const issue = (f: SeedFiles) => {
      addPolicy(f, 'ministry-stop-order', 'DIRECTIVE');
      rels(f).push({ key: 'ministry-issues-stop-order', type: 'ISSUED', category: 'REGULATION', source: 'ministry-of-tests', target: 'ministry-stop-order', status: 'REPORTED', summary: 'The ministry issued a stop order.', evidence: [span('The Ministry of Tests ordered Acme Labs to stop on Monday.')] });
    };
    expect(problemsOf(issue)).toEqual([]);
    const problems = problemsOf((f) => {
      issue(f);
      rels(f)[0].context = ['ministry-stop-order'];
    });
    expect(problems).toEqual([expect.stringMatching(/"ministry-issues-stop-order" field category: the same act is PRESSURE in "ministry-demands-acme-stop"/)]);
  });

  it('rejects a founding event linked by anything but CREATION (regression: Anthropic as a participant in its own founding)', () => {
    const found = (category: string) => (f: SeedFiles) => {
      entities(f).push({ key: 'acme-founding', kind: 'EVENT', name: 'Founding of Acme', eventType: 'FOUNDING', description: 'An invented founding for tests.' });
      rels(f).push({ key: 'acme-founding-link', type: 'FOUNDED', category, source: 'acme-founding', target: 'acme-labs', status: 'REPORTED', summary: 'The founding created the lab.', evidence: [span('Acme Labs refused the order.')] });
    };
    expect(problemsOf(found('PARTICIPATION'))).toEqual([expect.stringMatching(/"acme-founding-link" field category: a founding is CREATION, but this PARTICIPATION relationship links "acme-labs" to the founding event "acme-founding"/)]);
    expect(problemsOf(found('CREATION'))).toEqual([]);
  });

  it('rejects a clock time whose time zone has no basis (regression: the ultimatum deadline assumed Eastern time silently)', () => {
    const deadline = { iso: '2026-02-27T17:01-05:00', precision: 'MINUTE', timezone: 'America/New_York' };
    expect(problemsOf((f) => (rels(f)[0].deadline = deadline)).join('\n')).toMatch(/"ministry-demands-acme-stop" field deadline\.basis: a time of day needs a basis/);
    expect(problemsOf((f) => (rels(f)[0].deadline = { ...deadline, estimated: true, basis: 'Zone not stated; the capital\'s is assumed.' }))).toEqual([]);
  });

  it('rejects an estimated deadline without a basis', () => {
    expect(problemsOf((f) => (rels(f)[0].deadline = { iso: '2026-02-27', precision: 'DAY', estimated: true })).join('\n')).toMatch(/field deadline\.basis: an estimated date needs a basis/);
  });

  it('rejects an until that ends before its when starts', () => {
    expect(problemsOf((f) => (rels(f)[0].until = { iso: '2026-01', precision: 'MONTH' })).join('\n')).toMatch(/"ministry-demands-acme-stop" field until: until \(2026-01\) ends before when \(2026-02-23\) starts/);
  });

  it('rejects a HOLDS_ROLE relationship without its role (the organisation roll-up names it)', () => {
    const problems = problemsOf((f) => {
      rels(f).push({ key: 'acme-works-for-ministry', type: 'HOLDS_ROLE', category: 'AFFILIATION', source: 'acme-labs', target: 'ministry-of-tests', status: 'REPORTED', summary: 'The lab serves the ministry.', evidence: [span('Acme Labs refused the order.')] });
    });
    expect(problems.join('\n')).toMatch(/"acme-works-for-ministry" field role: a HOLDS_ROLE relationship needs the role/);
  });

  it('rejects an amount whose bound disagrees with the contract in its context (regression: "up to $200 million" stored as EXACT)', () => {
    const problems = problemsOf((f) => {
      entities(f).push({ key: 'acme-contract', kind: 'CONTRACT', name: 'Acme contract', description: 'An invented contract for tests.', value: { amount: 200, currency: 'USD', bound: 'UP_TO' } });
      rels(f).push({ key: 'acme-party-to-contract', type: 'PARTY_TO', category: 'AFFILIATION', source: 'acme-labs', target: 'acme-contract', status: 'REPORTED', summary: 'The lab holds the contract.', evidence: [span('Acme Labs refused the order.')] });
      Object.assign(rels(f)[0], { amount: { amount: 200, currency: 'USD', bound: 'EXACT' }, context: ['acme-contract'] });
    });
    expect(problems).toEqual([expect.stringMatching(/"ministry-demands-acme-stop" field amount\.bound: the contract "acme-contract" in its context is UP_TO 200 USD, but this says EXACT/)]);
  });

  it('rejects a dispute claim with no typed value, or with two', () => {
    expect(problemsOf((f) => delete claims(f)[0].text).join('\n')).toMatch(/disputes "acme-compliance" field claims\.0\.value: a claim needs exactly one typed value \(amount, date or text\); it has 0/);
    expect(problemsOf((f) => (claims(f)[0].amount = { amount: 1, currency: 'USD' })).join('\n')).toMatch(/claims\.0\.value: .*it has 2/);
  });

  it('lets a SITE_SUMMARY claim cite the host site\'s summary, with no relationship (regression: the Özet block)', () => {
    expect(
      problemsOf((f) => {
        withSiteSummary(f);
        Object.assign(claims(f)[1], { standing: 'SITE_SUMMARY', relationships: [], evidence: [span('ten gadgets')] });
      }),
    ).toEqual([]);
  });

  it('rejects a site summary as evidence of a relationship or of an ARTICLE claim', () => {
    const problems = problemsOf((f) => {
      withSiteSummary(f);
      rels(f)[1].evidence.push(span('ten gadgets'));
      claims(f)[0].evidence = [span('ten gadgets')];
    });
    expect(problems).toEqual([
      expect.stringMatching(/"acme-refuses-ministry" field evidence: span .* lies outside the article body/),
      expect.stringMatching(/"acme-compliance" field claims\.0\.evidence: span .* lies outside the article body/),
    ]);
  });

  it('rejects a SITE_SUMMARY claim that a relationship carries', () => {
    const problems = problemsOf((f) => {
      withSiteSummary(f);
      Object.assign(claims(f)[1], { standing: 'SITE_SUMMARY', evidence: [span('ten gadgets')] });
    });
    expect(problems.join('\n')).toMatch(/"acme-compliance" field claims\.1\.relationships: a claim that stands only on a site summary cannot be carried by a relationship/);
  });

  it('rejects a SITE_SUMMARY claim whose evidence is not in a siteSummary span', () => {
    const problems = problemsOf((f) => {
      withSiteSummary(f);
      Object.assign(claims(f)[1], { standing: 'SITE_SUMMARY', relationships: [], evidence: [span('ordered Acme Labs to stop')] });
    });
    expect(problems).toEqual([expect.stringMatching(/"acme-compliance" field claims\.1\.evidence: a SITE_SUMMARY claim must cite a siteSummary span of fx-news/)]);
  });

  it('rejects a dispute that stands only on site summaries, and a site summary that overlaps the body', () => {
    const problems = problemsOf((f) => {
      docs(f)[0].siteSummary = [{ start: 0, end: 40 }];
      for (const c of claims(f)) Object.assign(c, { standing: 'SITE_SUMMARY', relationships: [], evidence: [span('ten gadgets')] });
    });
    const text = problems.join('\n');
    expect(text).toMatch(/disputes "acme-compliance" field claims: at least one claim must stand on an article body/);
    expect(text).toMatch(/documents "fx-news" field siteSummary: \[0, 40\) overlaps the article body/);
  });
});

describe('temporal bounds (src/model/temporal.ts)', () => {
  it.each([
    ['YEAR', { iso: '2025', precision: 'YEAR' }, '2025-01-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z'],
    ['SEASON summer', { iso: '2025-22', precision: 'SEASON' }, '2025-06-01T00:00:00.000Z', '2025-08-31T23:59:59.999Z'],
    ['SEASON winter spans the new year', { iso: '2025-24', precision: 'SEASON' }, '2025-12-01T00:00:00.000Z', '2026-02-28T23:59:59.999Z'],
    ['QUARTER', { iso: '2025-Q4', precision: 'QUARTER' }, '2025-10-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z'],
    ['MONTH', { iso: '2025-10', precision: 'MONTH' }, '2025-10-01T00:00:00.000Z', '2025-10-31T23:59:59.999Z'],
    ['DAY', { iso: '2026-02-24', precision: 'DAY' }, '2026-02-24T00:00:00.000Z', '2026-02-24T23:59:59.999Z'],
    ['DAY in a time zone', { iso: '2026-02-24', precision: 'DAY', timezone: 'America/New_York' }, '2026-02-24T00:00:00.000-05:00', '2026-02-24T23:59:59.999-05:00'],
    ['MINUTE America/New_York', { iso: '2026-02-27T17:01-05:00', precision: 'MINUTE', timezone: 'America/New_York' }, '2026-02-27T17:01:00.000-05:00', '2026-02-27T17:01:59.999-05:00'],
    ['EARLY month is its first third', { iso: '2026-02', precision: 'MONTH', qualifier: 'EARLY' }, '2026-02-01T00:00:00.000Z', '2026-02-10T07:59:59.999Z'],
    ['LATE month is its last third', { iso: '2026-02', precision: 'MONTH', qualifier: 'LATE' }, '2026-02-19T16:00:00.000Z', '2026-02-28T23:59:59.999Z'],
  ] as const)('%s', (_name, t, start, end) => {
    expect(bounds(t)).toEqual({ start, end });
  });

  it('stores the ultimatum deadline as the instant 22:01 UTC', () => {
    const { startMs, endMs } = boundsMillis({ iso: '2026-02-27T17:01-05:00', precision: 'MINUTE', timezone: 'America/New_York' });
    expect(startMs).toBe(Date.UTC(2026, 1, 27, 22, 1));
    expect(endMs).toBe(Date.UTC(2026, 1, 27, 22, 1, 59, 999));
  });

  it('orders precision correctly: a day lies within its month, its month within its season', () => {
    const day = boundsMillis({ iso: '2025-07-15', precision: 'DAY' });
    const season = boundsMillis({ iso: '2025-22', precision: 'SEASON' });
    expect(day.startMs).toBeGreaterThanOrEqual(season.startMs);
    expect(day.endMs).toBeLessThanOrEqual(season.endMs);
  });

  it.each([
    [{ iso: '2026-02-30', precision: 'DAY' }, /not a calendar date/],
    [{ iso: '2025-25', precision: 'SEASON' }, /not a SEASON value/],
    [{ iso: '2025-Q5', precision: 'QUARTER' }, /not a QUARTER value/],
    [{ iso: '2025-10', precision: 'DAY' }, /not a DAY value/],
    [{ iso: '2026-07-01T17:01-05:00', precision: 'MINUTE', timezone: 'America/New_York' }, /offset that America\/New_York did not have/],
  ] as const)('rejects %o', (t, message) => {
    expect(checkTemporal(t)).toMatch(message);
  });

  it('accepts the summer offset in New York', () => {
    expect(checkTemporal({ iso: '2026-07-01T17:01-04:00', precision: 'MINUTE', timezone: 'America/New_York' })).toBeNull();
  });
});

describe('CAMEO codes and QuadClass (src/model/cameo.ts)', () => {
  it.each([
    ['010', 1], // make statement: verbal cooperation
    ['040', 1], // consult
    ['051', 1], // praise or endorse: GDELT puts root 05 (diplomatic cooperation) in verbal cooperation
    ['057', 1], // sign formal agreement
    ['062', 2], // cooperate militarily: material cooperation
    ['083', 2], // accede to demands
    ['090', 3], // investigate: verbal conflict
    ['112', 3], // accuse
    ['1121', 3],
    ['139', 3], // give ultimatum
    ['1312', 3],
    ['163', 4], // sanctions: material conflict
    ['172', 4], // administrative sanctions
    ['181', 4], // abduct
  ] as const)('%s is QuadClass %i', (code, q) => {
    expect(quadClass(code)).toBe(q);
  });

  it('makes PRESSURE exactly the roots 10, 11, 13, 15, 16, 17', () => {
    expect([...PRESSURE_ROOTS]).toEqual(['10', '11', '13', '15', '16', '17']);
    for (const code of Object.keys(CAMEO_CODES)) {
      expect(isPressureCode(code), code).toBe(['10', '11', '13', '15', '16', '17'].includes(code.slice(0, 2)));
    }
    expect(['100', '111', '112', '139', '1312', '162', '163', '172'].every(isPressureCode)).toBe(true);
    expect(['040', '051', '120', '124', '181'].some(isPressureCode)).toBe(false);
  });

  it('keeps the category table in step with PRESSURE_ROOTS', () => {
    expect([...CATEGORIES.PRESSURE.cameoRoots]).toEqual([...PRESSURE_ROOTS]);
    expect(categoryForCameo('139')).toBe('PRESSURE');
    expect(categoryForCameo('124')).toBe('OPPOSITION');
    expect(categoryForCameo('181')).toBe('CONFLICT');
    expect(categoryForCameo('057')).toBe('SUPPORT');
    expect(categoryForCameo('040')).toBe('COMMUNICATION');
  });
});
