import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver, createExecutor } from '../../src/store/executor.js';
import { sha256 } from '../../src/model/spans.js';
import { allEvidence, readSeed } from '../../src/seed/read-seed.js';
import { loadSeed, type LoadSummary } from '../../src/store/seed-load.js';
import { clearDatabase, cypherRows } from '../support/seed-fixtures.js';

const conn = inject('neo4j');
const driver = createDriver(conn.uri, conn.user, conn.password);
const db = createExecutor(driver, { database: conn.database, timeoutMs: 60_000, app: 'seed-facts-test' });
const SOURCES = path.resolve('../shared/seeds');
const haveSources = existsSync(SOURCES);
if (!haveSources) console.warn(`[seed-facts] ${SOURCES} is absent: document texts and span hashes in the graph are NOT checked`);
const rows = (q: string, p: Record<string, unknown> = {}) => cypherRows(driver, conn.database, q, p);

const D000 = '000_25e003234a35428f';
const D002 = '002_5cafd3943a687fb4';
const D003 = '003_bc9c1819d67dd48c';
const D004 = '004_2423c8d573dcf04f';
const utc = (...a: [number, number, number?, number?, number?]) => Date.UTC(...a);

let summary: LoadSummary;
beforeAll(async () => {
  await clearDatabase(driver, conn.database);
  summary = await loadSeed(db, 'seed', haveSources ? SOURCES : null);
});
afterAll(async () => {
  await clearDatabase(driver, conn.database);
  await driver.close();
});

/** A relationship by key, with its type and endpoint keys. */
const REL = 'MATCH (a:Entity)-[r:REL {key: $key}]->(b:Entity) RETURN r.type AS type, a.key AS source, b.key AS target, properties(r) AS p';

interface FactRow {
  fact: string;
  query: string;
  params?: Record<string, unknown>;
  expected: Record<string, unknown> | Record<string, unknown>[];
}

const facts: FactRow[] = [
  {
    fact: 'Hegseth issued Anthropic an ultimatum on 2026-02-24 with a deadline of Friday 17:01 New York time',
    query: REL,
    params: { key: 'hegseth-ultimatum-anthropic' },
    expected: {
      type: 'ISSUED_ULTIMATUM', source: 'pete-hegseth', target: 'anthropic',
      p: expect.objectContaining({
        category: 'PRESSURE', cameo: '139', quadClass: 3, whenIso: '2026-02-24', whenPrecision: 'DAY',
        deadlineIso: '2026-02-27T17:01-05:00', deadlinePrecision: 'MINUTE', deadlineTimezone: 'America/New_York', deadlineEstimated: true, deadlineBasis: expect.stringMatching(/time zone/),
        deadlineStartMs: utc(2026, 1, 27, 22, 1), deadlineEndMs: utc(2026, 1, 27, 22, 1) + 59_999,
      }),
    },
  },
  {
    fact: 'the ultimatum event runs until the same deadline',
    query: "MATCH (e:Event {key: 'pentagon-ultimatum'}) RETURN e.whenIso AS when, e.untilIso AS until, e.untilPrecision AS precision, e.untilStartMs AS ms",
    expected: { when: '2026-02-24', until: '2026-02-27T17:01-05:00', precision: 'MINUTE', ms: utc(2026, 1, 27, 22, 1) },
  },
  {
    fact: 'the demand for "all lawful purposes" is one relationship corroborated by 000, 002 and 004 (regression: no translation-variant duplicates)',
    query: "MATCH (a:Entity)-[r]->(:Entity {key: 'anthropic'}) WHERE r.cameo STARTS WITH '10' RETURN a.key AS source, r.key AS key, r.status AS status, r.deadlineIso AS deadline, r.evDocs AS docs",
    expected: [{ source: 'pete-hegseth', key: 'hegseth-demands-all-lawful-purposes', status: 'REPORTED', deadline: '2026-02-27T17:01-05:00', docs: expect.arrayContaining([D000, D002, D004]) }],
  },
  {
    fact: 'the Pentagon awarded Anthropic a contract of up to $200 million in summer 2025',
    query: REL,
    params: { key: 'pentagon-awards-anthropic-contract' },
    expected: {
      type: 'AWARDED_CONTRACT', source: 'us-department-of-defense', target: 'anthropic',
      p: expect.objectContaining({ amount: 200_000_000, currency: 'USD', amountBound: 'UP_TO', whenIso: '2025-22', whenPrecision: 'SEASON', whenRelPhrase: 'last summer', whenStartMs: utc(2025, 5, 1), whenEndMs: utc(2025, 8, 1) - 1 }),
    },
  },
  {
    fact: 'the contract entity carries its ceiling, its parties and its award season',
    query: "MATCH (c:Contract {key: 'anthropic-dod-contract'}) RETURN c.valueAmount AS amount, c.valueCurrency AS currency, c.valueBound AS bound, c.parties AS parties, c.awardedOnIso AS awarded, c.awardedOnPrecision AS precision",
    expected: { amount: 200_000_000, currency: 'USD', bound: 'UP_TO', parties: ['anthropic', 'us-department-of-defense'], awarded: '2025-22', precision: 'SEASON' },
  },
  {
    fact: 'the contract-value dispute keeps both $2 billion and up to $200 million as typed amounts; $2 billion stands only on the site summary, carried by no relationship',
    query: "MATCH (c:Claim)-[:CLAIM_OF]->(d:Dispute {key: 'dod-contract-value'})-[:ABOUT]->(:Contract {key: 'anthropic-dod-contract'}) RETURN c.value AS value, c.amount AS amount, c.amountBound AS bound, c.standing AS standing, coalesce(c.relationships, []) AS rels ORDER BY c.position",
    expected: [
      { value: '$2 billion', amount: 2_000_000_000, bound: 'EXACT', standing: 'SITE_SUMMARY', rels: [] },
      { value: 'up to $200 million', amount: 200_000_000, bound: 'UP_TO', standing: 'ARTICLE', rels: ['hegseth-threatens-contract-cancellation', 'pentagon-awards-anthropic-contract'] },
    ],
  },
  {
    fact: 'no relationship carries the $2 billion of the site summary, so pressures count the contract threat once (regression: Özet duplicate)',
    query: "MATCH ()-[r]->(:Entity {key: 'anthropic'}) WHERE r.category = 'PRESSURE' AND 'anthropic-dod-contract' IN r.context RETURN r.key AS key, r.amount AS amount, r.amountBound AS bound",
    expected: [{ key: 'hegseth-threatens-contract-cancellation', amount: 200_000_000, bound: 'UP_TO' }],
  },
  {
    fact: 'Hegseth threatened to invoke the Defense Production Act (CAMEO 132)',
    query: REL,
    params: { key: 'hegseth-threatens-defense-production-act' },
    expected: { type: 'THREATENED_TO_INVOKE', source: 'pete-hegseth', target: 'anthropic', p: expect.objectContaining({ cameo: '132', whenIso: '2026-02-24', context: expect.arrayContaining(['defense-production-act']) }) },
  },
  {
    fact: 'the supply-chain-risk threat is reported by 000, 002 and 004',
    query: REL,
    params: { key: 'hegseth-threatens-supply-chain-risk-designation' },
    expected: { type: 'THREATENED_TO_DESIGNATE', source: 'pete-hegseth', target: 'anthropic', p: expect.objectContaining({ cameo: '1312', quadClass: 3, evDocs: expect.arrayContaining([D000, D002, D004]) }) },
  },
  {
    fact: 'Amodei met Hegseth on 2026-02-24',
    query: REL,
    params: { key: 'amodei-meets-hegseth' },
    expected: { type: 'MET_WITH', source: 'dario-amodei', target: 'pete-hegseth', p: expect.objectContaining({ whenIso: '2026-02-24', whenPrecision: 'DAY', category: 'COMMUNICATION', cameo: '040', quadClass: 1 }) },
  },
  {
    fact: 'the meeting event is dated 2026-02-24 at the Pentagon',
    query: "MATCH (e:Event {key: 'amodei-hegseth-meeting'}) RETURN e.whenIso AS when, e.whenPrecision AS precision, e.place AS place, e.eventType AS type",
    expected: { when: '2026-02-24', precision: 'DAY', place: 'The Pentagon, Washington', type: 'MEETING' },
  },
  {
    fact: 'Anthropic accused exactly DeepSeek, Moonshot AI and MiniMax on 2026-02-23',
    query: "MATCH (:Organization {key: 'anthropic'})-[r:REL {type: 'ACCUSED'}]->(t:Organization) RETURN t.key AS target, r.whenIso AS when, r.whenPrecision AS precision, r.cameo AS cameo ORDER BY target",
    expected: [
      { target: 'deepseek', when: '2026-02-23', precision: 'DAY', cameo: '112' },
      { target: 'minimax', when: '2026-02-23', precision: 'DAY', cameo: '112' },
      { target: 'moonshot-ai', when: '2026-02-23', precision: 'DAY', cameo: '112' },
    ],
  },
  {
    fact: 'the distillation campaign used 24,000 fake accounts and over 16 million interactions (per Anthropic)',
    query: "MATCH (f:Fact)-[:FACT_OF]->(:Event {key: 'distillation-campaign'}) RETURN f.key AS key, f.quantity AS quantity, f.unit AS unit, f.status AS status ORDER BY key",
    expected: [
      { key: 'distillation-campaign/distillation-fake-accounts', quantity: 24_000, unit: 'accounts', status: 'ALLEGED' },
      { key: 'distillation-campaign/distillation-interactions', quantity: 16_000_000, unit: 'interactions', status: 'ALLEGED' },
    ],
  },
  {
    fact: 'Anthropic paid a $1.5 billion settlement over pirated books',
    query: REL,
    params: { key: 'anthropic-paid-book-piracy-settlement' },
    expected: { type: 'PAID_SETTLEMENT', source: 'anthropic', target: 'anthropic-pirated-books-settlement', p: expect.objectContaining({ amount: 1_500_000_000, currency: 'USD', amountBound: 'EXACT', category: 'TRANSACTION' }) },
  },
  {
    fact: 'Musk accused Anthropic of data theft on X on 2026-02-24',
    query: REL,
    params: { key: 'musk-accuses-anthropic-of-data-theft' },
    expected: { type: 'ACCUSED', source: 'elon-musk', target: 'anthropic', p: expect.objectContaining({ whenIso: '2026-02-24', whenPrecision: 'DAY', channel: 'X', cameo: '1121', category: 'PRESSURE' }) },
  },
  {
    fact: 'Sacks accused Anthropic on X in October 2025 ("last October")',
    query: REL,
    params: { key: 'sacks-accuses-anthropic-of-regulatory-capture' },
    expected: { type: 'ACCUSED', source: 'david-sacks', target: 'anthropic', p: expect.objectContaining({ whenIso: '2025-10', whenPrecision: 'MONTH', whenRelPhrase: 'last October', whenRelAnchor: D000, whenStartMs: utc(2025, 9, 1), channel: 'X' }) },
  },
  {
    fact: 'Anthropic raised $30 billion in early February 2026',
    query: REL,
    params: { key: 'anthropic-raised-30-billion-round' },
    expected: { type: 'RAISED_FUNDING', source: 'anthropic', target: 'anthropic-financing-round-2026', p: expect.objectContaining({ amount: 30_000_000_000, currency: 'USD', whenIso: '2026-02', whenPrecision: 'MONTH', whenQualifier: 'EARLY', whenStartMs: utc(2026, 1, 1), whenEndMs: utc(2026, 1, 10, 8) - 1 }) },
  },
  {
    fact: 'the round valued Anthropic at $380 billion',
    query: "MATCH (f:Fact {key: 'anthropic/anthropic-valuation-feb-2026'})-[:FACT_OF]->(:Organization {key: 'anthropic'}) RETURN f.amount AS amount, f.currency AS currency, f.whenQualifier AS qualifier",
    expected: { amount: 380_000_000_000, currency: 'USD', qualifier: 'EARLY' },
  },
  {
    fact: 'Amazon anchored the round',
    query: REL,
    params: { key: 'amazon-anchor-investor-in-anthropic' },
    expected: { type: 'INVESTED_IN', source: 'amazon', target: 'anthropic', p: expect.objectContaining({ role: 'anchor investor', whenIso: '2026-02' }) },
  },
  {
    fact: 'Anthropic\'s annualized revenue is $14 billion',
    query: "MATCH (f:Fact {key: 'anthropic/anthropic-annualized-revenue-2026'}) RETURN f.amount AS amount, f.currency AS currency",
    expected: { amount: 14_000_000_000, currency: 'USD' },
  },
  {
    fact: 'Anthropic released RSP 3.0 on 2026-02-24 and dropped the pause pledge the same day',
    query: "MATCH (:Organization {key: 'anthropic'})-[r]->(p:Policy) WHERE r.key IN ['anthropic-released-rsp-3-0', 'anthropic-dropped-pause-commitment'] RETURN r.key AS key, r.type AS type, p.key AS policy, r.whenIso AS when ORDER BY key",
    expected: [
      { key: 'anthropic-dropped-pause-commitment', type: 'ABANDONED', policy: 'rsp-pause-commitment', when: '2026-02-24' },
      { key: 'anthropic-released-rsp-3-0', type: 'RELEASED', policy: 'rsp-3-0', when: '2026-02-24' },
    ],
  },
  {
    fact: 'RSP 3.0 brings two tracks, risk reports every 3-6 months and external review',
    query: "MATCH (f:Fact)-[:FACT_OF]->(:Policy {key: 'rsp-3-0'}) RETURN f.key AS key, f.value AS value ORDER BY key",
    expected: expect.arrayContaining([
      expect.objectContaining({ key: 'rsp-3-0/rsp-3-0-risk-report-cadence', value: 'every 3-6 months' }),
      expect.objectContaining({ key: 'rsp-3-0/rsp-3-0-external-review', value: 'external experts' }),
      expect.objectContaining({ key: 'rsp-3-0/rsp-3-0-two-tracks' }),
    ]) as unknown as Record<string, unknown>[],
  },
  {
    fact: 'RSP 1.0 was issued in 2023, stated once and corroborated by 002 and 003 (regression: merged duplicate)',
    query: "MATCH (:Organization {key: 'anthropic'})-[r]->(p:Policy) WHERE r.whenIso = '2023' RETURN r.key AS key, p.key AS policy, r.whenPrecision AS precision, r.evDocs AS docs",
    expected: [{ key: 'anthropic-issued-rsp-1-0', policy: 'rsp-1-0', precision: 'YEAR', docs: expect.arrayContaining([D000, D002, D003]) }],
  },
  {
    fact: 'Claude was used in the January 2026 Maduro operation',
    query: REL,
    params: { key: 'claude-used-in-maduro-operation' },
    expected: { type: 'USED_IN', source: 'claude', target: 'maduro-capture-operation', p: expect.objectContaining({ whenIso: '2026-01', whenPrecision: 'MONTH', reportedBy: ['al-jazeera'] }) },
  },
  {
    fact: 'the U.S. military seized Maduro: CAMEO 181, material conflict',
    query: REL,
    params: { key: 'us-military-abducted-maduro' },
    expected: { type: 'ABDUCTED', source: 'us-department-of-defense', target: 'nicolas-maduro', p: expect.objectContaining({ category: 'CONFLICT', cameo: '181', quadClass: 4 }) },
  },
  {
    fact: 'Grok was cleared for classified systems in the week of 000 ("this week")',
    query: REL,
    params: { key: 'pentagon-approves-grok-for-classified-systems' },
    expected: { type: 'APPROVED_FOR_CLASSIFIED_SYSTEMS', source: 'us-department-of-defense', target: 'grok', p: expect.objectContaining({ whenIso: '2026-02', whenQualifier: 'LATE', whenRelPhrase: 'this week' }) },
  },
  {
    fact: 'Buterin backed Anthropic on X on 2026-02-24',
    query: REL,
    params: { key: 'vitalik-buterin-backed-anthropic' },
    expected: { type: 'ENDORSED', source: 'vitalik-buterin', target: 'anthropic', p: expect.objectContaining({ whenIso: '2026-02-24', channel: 'X', category: 'SUPPORT', quadClass: 1 }) },
  },
  {
    fact: 'roles are dated for the organisation roll-up: Hegseth is Defense Secretary at the ultimatum, Sharma\'s role ends with his resignation',
    query: "MATCH (p:Person)-[r:REL {type: 'HOLDS_ROLE'}]->(o:Organization) WHERE p.key IN ['pete-hegseth', 'mrinank-sharma'] RETURN p.key AS person, o.key AS org, r.role AS role, r.whenIso AS when, r.untilIso AS until ORDER BY person",
    expected: [
      { person: 'mrinank-sharma', org: 'anthropic', role: 'AI safety lead', when: '2026-02', until: '2026-02' },
      { person: 'pete-hegseth', org: 'us-department-of-defense', role: 'Defense Secretary', when: '2026-02-24', until: null },
    ],
  },
  {
    fact: 'Anthropic\'s opposition to the Pentagon is dated in February 2026 (regression: all five OPPOSITION relationships were undated)',
    query: "MATCH (:Organization {key: 'anthropic'})-[r {category: 'OPPOSITION'}]->(:Organization {key: 'us-department-of-defense'}) RETURN r.key AS key, r.whenIso AS when ORDER BY key",
    expected: [
      { key: 'anthropic-red-line-autonomous-weapons', when: '2026-02-24' },
      { key: 'anthropic-red-line-mass-surveillance', when: '2026-02-24' },
      { key: 'anthropic-refuses-to-concede', when: '2026-02-27' },
    ],
  },
  {
    fact: 'the Fable/Mythos suspension is pressure by the U.S. government on the company and both models, not regulation',
    query: "MATCH (:Organization {key: 'us-government'})-[r {cameo: '172'}]->(t:Entity) RETURN t.key AS target, r.category AS category ORDER BY target",
    expected: [
      { target: 'anthropic', category: 'PRESSURE' },
      { target: 'fable-5', category: 'PRESSURE' },
      { target: 'mythos-5', category: 'PRESSURE' },
    ],
  },
  {
    fact: 'Kaplan is Anthropic\'s chief scientist',
    query: REL,
    params: { key: 'jared-kaplan-chief-scientist-of-anthropic' },
    expected: { type: 'HOLDS_ROLE', source: 'jared-kaplan', target: 'anthropic', p: expect.objectContaining({ role: 'Chief Scientist', category: 'AFFILIATION' }) },
  },
  {
    fact: 'the U.S. government imposed the Fable/Mythos export restriction on Anthropic (CAMEO 172)',
    query: REL,
    params: { key: 'us-government-directive-delivered-to-anthropic' },
    expected: { type: 'IMPOSED_EXPORT_RESTRICTION_ON', source: 'us-government', target: 'anthropic', p: expect.objectContaining({ cameo: '172', quadClass: 4, whenPrecision: 'QUARTER', whenEstimated: true }) },
  },
  {
    fact: 'the article\'s own criticism: Anthropic\'s moves contradict each other',
    query: REL,
    params: { key: 'ada-criticizes-anthropic-contradictory-safety-moves' },
    expected: { type: 'CRITICIZED', source: 'ada-shenchao-techflow', target: 'anthropic', p: expect.objectContaining({ category: 'PRESSURE', cameo: '111', whenIso: '2026-02-27', evDocs: [D000, D000, D000] }) },
  },
  {
    fact: 'document reliability: 003 LOW, 002 HIGH, 000 MEDIUM and dated 2026-02-27',
    query: 'MATCH (d:Document) RETURN d.key AS key, d.reliability AS reliability, d.publishedIso AS published, d.publishedEstimated AS estimated ORDER BY key',
    expected: [
      { key: D000, reliability: 'MEDIUM', published: '2026-02-27', estimated: null },
      { key: '001_0b6d67a0d5bf4862', reliability: 'MEDIUM', published: '2026-Q2', estimated: true },
      { key: D002, reliability: 'HIGH', published: '2026-02', estimated: true },
      { key: D003, reliability: 'LOW', published: '2026-21', estimated: true },
      { key: D004, reliability: 'MEDIUM', published: '2026-02', estimated: true },
    ],
  },
  {
    fact: 'every relationship resting only on 003 is ALLEGED',
    query: `MATCH ()-[r]->() WHERE r.evDocs IS NOT NULL AND all(d IN r.evDocs WHERE d = '${D003}') RETURN collect(DISTINCT r.status) AS statuses, count(r) > 3 AS several`,
    expected: { statuses: ['ALLEGED'], several: true },
  },
  {
    fact: 'every PRESSURE relationship aimed at Anthropic is dated',
    query: "MATCH ()-[r {category: 'PRESSURE'}]->(:Entity {key: 'anthropic'}) RETURN count(r) > 10 AS many, [x IN collect(r) WHERE x.whenIso IS NULL | x.key] AS undated",
    expected: { many: true, undated: [] },
  },
];

describe('facts on the loaded seed graph', () => {
  it('loaded the whole seed', () => {
    const seed = readSeed('seed');
    expect(summary).toMatchObject({ entities: seed.entities.length, relationships: seed.relationships.length, documents: 5, disputes: seed.disputes.length, texts: haveSources });
  });

  it('has a table of at least 25 facts', () => {
    expect(facts.length).toBeGreaterThanOrEqual(25);
  });

  it.each(facts)('$fact', async ({ query, params, expected }) => {
    const result = await rows(query, params ?? {});
    if (Array.isArray(expected) || (expected as any)?.asymmetricMatch) expect(result).toEqual(expected);
    else expect(result).toEqual([expected]);
  });
});

describe.skipIf(!haveSources)('document texts and evidence spans in the graph', () => {
  it('stores each document\'s full text, hashing to its sha256', async () => {
    const docs = await rows('MATCH (d:Document) RETURN d.key AS key, d.text AS text, d.sha256 AS sha ORDER BY key');
    expect(docs).toHaveLength(5);
    for (const d of docs) {
      expect(d.text).toBe(readFileSync(path.join(SOURCES, `${d.key}.txt`), 'utf8'));
      expect(sha256(d.text)).toBe(d.sha);
    }
  });

  it('every evidence span stored on nodes and relationships hashes to its sha256 over the stored text', async () => {
    const texts = new Map((await rows('MATCH (d:Document) RETURN d.key AS key, d.text AS text')).map((d) => [d.key as string, d.text as string]));
    const holders = await rows(`
      CALL { MATCH (n) WHERE n.evDocs IS NOT NULL RETURN coalesce(n.key, '?') AS owner, n.evDocs AS docs, n.evStarts AS starts, n.evEnds AS ends, n.evShas AS shas
             UNION ALL
             MATCH ()-[r]->() WHERE r.evDocs IS NOT NULL RETURN r.key AS owner, r.evDocs AS docs, r.evStarts AS starts, r.evEnds AS ends, r.evShas AS shas }
      RETURN owner, docs, starts, ends, shas`);
    let checked = 0;
    const bad: string[] = [];
    for (const h of holders) {
      (h.docs as string[]).forEach((doc, i) => {
        checked++;
        const text = texts.get(doc);
        if (!text || sha256(text.slice(h.starts[i], h.ends[i])) !== h.shas[i]) bad.push(`${h.owner} ${doc} [${h.starts[i]}, ${h.ends[i]})`);
      });
    }
    expect(bad).toEqual([]);
    // Every piece of evidence in the seed reached the graph.
    expect(checked).toBe(allEvidence(readSeed('seed')).length);
  });
});
