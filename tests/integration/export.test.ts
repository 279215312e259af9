import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceOut as EvidenceItem } from '../../src/http/export-records.js';
import { categoryColour, kindStyle } from '../../src/model/palette.js';
import { sha256 } from '../../src/model/spans.js';
import { cypherRows } from '../support/seed-fixtures.js';
import { SOURCES_DIR, testApp, withSeedGraph } from '../support/test-app.js';

/**
 * The file exports (/export/*) through the real Yoga, against the seed graph: what each format
 * holds, checked against the stored graph, and the filters. The Python read-back (networkx,
 * pandas) is in export-python.test.ts.
 */

const t = testApp();
withSeedGraph(t);

const get = (pathAndQuery: string) => t.yoga.fetch(`http://test${pathAndQuery}`);
const cypher = <T = Record<string, any>>(query: string, params: Record<string, unknown> = {}) => cypherRows<T>(t.app.driver, t.app.config.neo4j.database, query, params);

type Rec = Record<string, any> & { evidence?: string[]; evidenceItems?: EvidenceItem[] };
interface NodeLink {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: (Rec & { id: string; name: string; kind: string; labels: string[] })[];
  links: (Rec & { source: string; target: string; key: string })[];
  edges: NodeLink['links'];
  documents: (Rec & { key: string })[];
  facts: (Rec & { key: string; entity: string })[];
  disputes: (Rec & { key: string; claims: (Rec & { claim: string })[] })[];
}
type Link = NodeLink['links'][number];

async function nodeLink(query = ''): Promise<NodeLink> {
  const res = await get(`/export/graph.json${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as NodeLink;
}

/** A file of /export, checked to be a download of its media type under its own name. */
async function download(file: string, type: RegExp, query = ''): Promise<string> {
  const res = await get(`/export/${file}${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(type);
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
  return res.text();
}

async function csvRows(file: string, query = ''): Promise<Record<string, string>[]> {
  return parseCsv(await download(file, /^text\/csv/, query), { columns: true }) as Record<string, string>[];
}

const texts = new Map<string, string>();
/** A source's text, read at run time (never copied into the repository). */
function sourceText(doc: string): string {
  if (!texts.has(doc)) texts.set(doc, readFileSync(path.join(SOURCES_DIR, `${doc}.txt`), 'utf8'));
  return texts.get(doc)!;
}

const ULTIMATUM = 'hegseth-ultimatum-anthropic';
const D000 = '000_25e003234a35428f';
const utcIso = (ms: unknown) => (typeof ms === 'number' ? new Date(ms).toISOString() : undefined);
const claimsOf = (g: NodeLink) => g.disputes.flatMap((d) => d.claims);

/** What the stored graph holds, to check the exports against. */
const db = {
  entities: 0,
  rels: new Map<string, Record<string, any>>(),
  documents: new Map<string, Record<string, any>>(),
  facts: new Map<string, Record<string, any>>(),
  claims: new Map<string, Record<string, any>>(),
};
let all: NodeLink;

beforeAll(async () => {
  const live = 'x.txFrom IS NOT NULL AND x.txTo IS NULL';
  db.entities = (await cypher<{ n: number }>(`MATCH (x:Entity) WHERE ${live.replace('txFrom', 'createdTx')} RETURN count(x) AS n`))[0]!.n;
  for (const r of await cypher(`MATCH (a:Entity)-[x:REL]->(b:Entity) WHERE ${live} AND x.retracted IS NULL RETURN x {.*, source: a.key, target: b.key} AS x`)) db.rels.set(r.x.key, r.x);
  for (const r of await cypher(`MATCH (x:Document) WHERE x.txTo IS NULL RETURN x {.*} AS x`)) db.documents.set(r.x.key, r.x);
  for (const r of await cypher(`MATCH (x:Fact)-[:FACT_OF]->(e:Entity) WHERE ${live} RETURN x {.*, entity: e.key} AS x`)) db.facts.set(r.x.key, r.x);
  for (const r of await cypher(`MATCH (x:Claim)-[:CLAIM_OF]->(d:Dispute) WHERE ${live} RETURN x {.*, dispute: d.key} AS x`)) db.claims.set(r.x.key, r.x);
  all = await nodeLink();
});

/** Every stored temporal field of `prefix`, as the exports name them. */
function storedTemporal(p: Record<string, any>, prefix: string, name = prefix): Record<string, unknown> {
  if (!p[`${prefix}Iso`]) return {};
  const out: Record<string, unknown> = {
    [name]: p[`${prefix}Iso`],
    [`${name}Precision`]: p[`${prefix}Precision`],
    [`${name}Start`]: utcIso(p[`${prefix}StartMs`]),
    [`${name}End`]: utcIso(p[`${prefix}EndMs`]),
    [`${name}Estimated`]: p[`${prefix}Estimated`] === true,
    [`${name}Qualifier`]: p[`${prefix}Qualifier`],
    [`${name}Basis`]: p[`${prefix}Basis`],
    [`${name}Timezone`]: p[`${prefix}Timezone`],
    [`${name}RelativePhrase`]: p[`${prefix}RelPhrase`],
    [`${name}RelativeAnchor`]: p[`${prefix}RelAnchor`],
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined && v !== null));
}

/** The evidence a stored row holds, in order, as the exports write it (quotes from the source text). */
function storedEvidence(p: Record<string, any>): Omit<EvidenceItem, 'reliability' | 'note'>[] {
  return (p.evDocs as string[]).map((doc, i) => ({ document: doc, start: p.evStarts[i], end: p.evEnds[i], sha256: p.evShas[i], quote: sourceText(doc).slice(p.evStarts[i], p.evEnds[i]) }));
}

function expectEvidence(rec: Rec, stored: Record<string, any>, documents: NodeLink['documents']) {
  const items = rec.evidenceItems!;
  expect(items.map(({ reliability: _r, note: _n, ...rest }) => rest)).toEqual(storedEvidence(stored));
  expect(rec.evidence).toEqual([...new Set(items.map((i) => i.document))]);
  for (const item of items) {
    // The quote is the exact UTF-16 slice the hash covers.
    expect(sha256(item.quote!)).toBe(item.sha256);
    expect(item.reliability).toBe(documents.find((d) => d.key === item.document)!.reliability);
  }
}

describe('GET /export/graph.json', () => {
  it('is networkx node-link data of the whole graph, with a file name', async () => {
    await download('graph.json', /^application\/json/);
    expect(db.entities).toBeGreaterThan(50);
    expect(all.directed).toBe(true);
    expect(all.multigraph).toBe(true);
    expect(all.nodes).toHaveLength(db.entities);
    expect(all.links).toHaveLength(db.rels.size);
    // "links" for networkx < 3.6, "edges" for 3.6 on: the same list under both names.
    expect(all.edges).toEqual(all.links);
    const ids = new Set(all.nodes.map((n) => n.id));
    expect(ids.size).toBe(all.nodes.length);
    for (const l of all.links) expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
    const anthropic = all.nodes.find((n) => n.id === 'anthropic')!;
    expect(anthropic).toMatchObject({ name: 'Anthropic', kind: 'ORGANIZATION' });
    expect(anthropic.labels).toEqual(expect.arrayContaining(['Entity', 'Organization']));
    expect(all.links.find((l) => l.key === ULTIMATUM)).toMatchObject({
      source: 'pete-hegseth',
      target: 'anthropic',
      type: 'ISSUED_ULTIMATUM',
      category: 'PRESSURE',
      when: '2026-02-24',
      whenStart: '2026-02-24T00:00:00.000Z',
      deadline: '2026-02-27T17:01-05:00',
      status: 'REPORTED',
      cameo: '139',
    });
  });

  it('every relationship carries its evidence: document, span, sha256, the quote cut from the source, and reliability', () => {
    expect(all.links.length).toBeGreaterThan(0);
    for (const l of all.links) {
      expect(l.evidenceItems!.length).toBeGreaterThan(0);
      expectEvidence(l, db.rels.get(l.key)!, all.documents);
    }
    const reliabilities = new Set(all.links.flatMap((l) => l.evidenceItems!.map((i) => i.reliability)));
    expect(reliabilities.size).toBeGreaterThan(1);
  });

  it('documents: every document, with publication date, precision, estimate and reliability, so evidence keys resolve', () => {
    expect(all.documents.map((d) => d.key).sort()).toEqual([...db.documents.keys()].sort());
    for (const d of all.documents) {
      const s = db.documents.get(d.key)!;
      expect(d).toMatchObject({ title: s.title, reliability: s.reliability, reliabilityReason: s.reliabilityReason, sha256: s.sha256, hasText: true, ...storedTemporal(s, 'published') });
      if (s.url) expect(d.url).toBe(s.url);
    }
    // One source is dated only by estimate, to a quarter, with the reasoning.
    expect(all.documents.some((d) => d.publishedEstimated === true && d.publishedBasis && d.publishedPrecision !== 'DAY')).toBe(true);
    const keys = new Set(all.documents.map((d) => d.key));
    for (const rec of [...all.links, ...all.facts, ...claimsOf(all)]) for (const k of rec.evidence!) expect(keys.has(k)).toBe(true);
  });

  it('facts: one per stored fact, with its entity, value, typed amount, quantity, when and evidence', () => {
    expect(db.facts.size).toBeGreaterThan(5);
    expect(all.facts.map((f) => f.key).sort()).toEqual([...db.facts.keys()].sort());
    for (const f of all.facts) {
      const s = db.facts.get(f.key)!;
      expect(f).toMatchObject({ entity: s.entity, label: s.label, status: s.status, ...storedTemporal(s, 'when') });
      for (const k of ['value', 'amount', 'currency', 'amountBound', 'quantity', 'unit']) expect(f[k]).toEqual(s[k] ?? undefined);
      expectEvidence(f, s, all.documents);
    }
    expect(all.facts.some((f) => typeof f.amount === 'number' && f.currency)).toBe(true);
  });

  it('disputes: every claim in order, with value, typed amount and bound, date, standing, text and evidence', () => {
    const claims = claimsOf(all);
    expect(claims.map((c) => c.claim).sort()).toEqual([...db.claims.keys()].sort());
    for (const d of all.disputes) {
      expect(d.claims.map((c) => c.position)).toEqual([...d.claims.keys()]);
      for (const c of d.claims) {
        const s = db.claims.get(c.claim)!;
        expect(s.dispute).toBe(d.key);
        expect(c).toMatchObject({ value: s.value, standing: s.standing, ...storedTemporal(s, 'date') });
        for (const k of ['amount', 'currency', 'amountBound', 'text']) expect(c[k]).toEqual(s[k] ?? undefined);
        expect(c.relationships ?? []).toEqual(s.relationships ?? []);
        expectEvidence(c, s, all.documents);
      }
    }
    const value = all.disputes.find((d) => d.key === 'dod-contract-value')!;
    expect(value.subjects).toEqual(['anthropic-dod-contract']);
    expect(value.claims[0]).toMatchObject({ amount: 2_000_000_000, currency: 'USD', amountBound: 'EXACT', standing: 'SITE_SUMMARY' });
    expect(value.claims[1]).toMatchObject({ amount: 200_000_000, amountBound: 'UP_TO', standing: 'ARTICLE' });
    expect(claims.some((c) => c.dateEstimated === true && c.dateBasis)).toBe(true);
  });

  it('time is complete: qualifier, estimate, basis, zone, relative phrase and the bounds of when, until and deadline', () => {
    for (const l of all.links) {
      const s = db.rels.get(l.key)!;
      const fields = Object.fromEntries(Object.entries(l).filter(([k]) => /^(when|until|deadline)/.test(k)));
      expect(fields).toEqual({ ...storedTemporal(s, 'when'), ...storedTemporal(s, 'until'), ...storedTemporal(s, 'deadline') });
    }
    // The seed has each kind of detail, so the check above is not vacuous.
    for (const field of ['whenQualifier', 'whenEstimated', 'whenBasis', 'whenRelativePhrase', 'until', 'untilEnd', 'deadlineStart']) {
      expect(all.links.some((l) => l[field] !== undefined && l[field] !== false)).toBe(true);
    }
    expect(all.links.find((l) => l.key === ULTIMATUM)).toMatchObject({
      deadlinePrecision: 'MINUTE',
      deadlineStart: '2026-02-27T22:01:00.000Z',
      deadlineEnd: '2026-02-27T22:01:59.999Z',
      deadlineTimezone: 'America/New_York',
    });
  });
});

describe('GET /export/graph.graphml and /export/graph.gexf', () => {
  it('GraphML parses back with graphology-graphml to the same graph, evidence as JSON text', async () => {
    const graph = parseGraphml(MultiDirectedGraph, await download('graph.graphml', /^application\/graphml\+xml/));
    expect(graph.order).toBe(db.entities);
    expect(graph.size).toBe(db.rels.size);
    expect(graph.getNodeAttributes('anthropic')).toMatchObject({ name: 'Anthropic', label: 'Anthropic', kind: 'ORGANIZATION' });
    expect(graph.source(ULTIMATUM)).toBe('pete-hegseth');
    const u = all.links.find((l) => l.key === ULTIMATUM)!;
    const attrs = graph.getEdgeAttributes(ULTIMATUM);
    expect(attrs).toMatchObject({ type: 'ISSUED_ULTIMATUM', category: 'PRESSURE', deadline: '2026-02-27T17:01-05:00', evidence: u.evidence!.join(';'), cameo: '139', quadClass: u.quadClass });
    expect(JSON.parse(attrs.evidenceItems)).toEqual(u.evidenceItems);
    expect(attrs.whenEstimated).toBe(false);
  });

  it('GEXF parses back with graphology-gexf to the same graph', async () => {
    const graph = parseGexf(MultiDirectedGraph, await download('graph.gexf', /^application\/gexf\+xml/));
    expect(graph.order).toBe(db.entities);
    expect(graph.size).toBe(db.rels.size);
    expect(graph.getNodeAttribute('anthropic', 'label')).toBe('Anthropic');
    const u = all.links.find((l) => l.key === ULTIMATUM)!;
    const attrs = graph.getEdgeAttributes(ULTIMATUM);
    expect(attrs).toMatchObject({ label: 'ISSUED_ULTIMATUM', category: 'PRESSURE', deadline: '2026-02-27T17:01-05:00', deadlineStart: '2026-02-27T22:01:00.000Z' });
    expect(JSON.parse(attrs.evidenceItems)).toEqual(u.evidenceItems);
  });

  it('GEXF is dynamic: each dated edge lives from when.start to until.end (else when.end), in days; viz colours from the palette', async () => {
    const GEXF = 'http://www.gexf.net/1.2draft';
    const VIZ = 'http://www.gexf.net/1.2draft/viz';
    const doc = new DOMParser().parseFromString(await (await get('/export/graph.gexf')).text(), 'text/xml');
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe(GEXF);
    expect(root.getAttribute('version')).toBe('1.2');
    expect(root.getAttribute('xmlns:viz')).toBe(VIZ);
    const graph = root.getElementsByTagNameNS(GEXF, 'graph')[0]!;
    expect(graph.getAttribute('mode')).toBe('dynamic');
    expect(graph.getAttribute('timeformat')).toBe('date');
    const byKey = new Map(all.links.map((l) => [l.key, l]));
    const colourOf = (el: Element) => {
      const c = el.getElementsByTagNameNS(VIZ, 'color')[0]!;
      return `#${['r', 'g', 'b'].map((k) => Number(c.getAttribute(k)).toString(16).padStart(2, '0')).join('')}`;
    };
    const edges = Array.from(root.getElementsByTagNameNS(GEXF, 'edge'));
    expect(edges).toHaveLength(all.links.length);
    let fromUntil = 0;
    for (const el of edges) {
      const l = byKey.get(el.getAttribute('id')!)!;
      const end = l.untilEnd ?? l.whenEnd;
      expect(el.getAttribute('start')).toBe(l.whenStart ? l.whenStart.slice(0, 10) : null);
      expect(el.getAttribute('end')).toBe(end ? end.slice(0, 10) : null);
      if (l.untilEnd && l.untilEnd.slice(0, 10) !== l.whenEnd?.slice(0, 10)) fromUntil++;
      expect(colourOf(el)).toBe(categoryColour(l.category));
    }
    expect(edges.filter((e) => e.getAttribute('start')).length).toBeGreaterThan(0);
    expect(edges.filter((e) => !e.getAttribute('start')).length).toBeGreaterThan(0);
    expect(fromUntil).toBeGreaterThan(0);
    const kinds = new Map(all.nodes.map((n) => [n.id, n.kind]));
    for (const el of Array.from(root.getElementsByTagNameNS(GEXF, 'node'))) expect(colourOf(el)).toBe(kindStyle(kinds.get(el.getAttribute('id')!)).colour);
  });
});

describe('GET /export/*.csv', () => {
  it('edges.csv keeps the first columns in their order, then evidence items as JSON and the time details', async () => {
    const rows = await csvRows('edges.csv');
    expect(Object.keys(rows[0]!).slice(0, 18)).toEqual(['key', 'source', 'target', 'type', 'category', 'when', 'until', 'deadline', 'amount', 'currency', 'status', 'summary', 'evidence', 'whenStart', 'whenEnd', 'whenPrecision', 'amountBound', 'cameo']);
    expect(rows).toHaveLength(db.rels.size);
    expect(rows.find((r) => r.key === ULTIMATUM)).toMatchObject({ source: 'pete-hegseth', target: 'anthropic', when: '2026-02-24', until: '', status: 'REPORTED', deadlineStart: '2026-02-27T22:01:00.000Z', whenEstimated: 'false' });
    // The summary survives quoting whole (it holds commas in some rows, quotes in others).
    expect(rows.find((r) => r.key === 'hegseth-demands-all-lawful-purposes')!.summary).toContain('"all lawful purposes"');
    for (const r of rows) {
      const l = all.links.find((x) => x.key === r.key)!;
      expect(r.evidence).toBe(l.evidence!.join(';'));
      expect(JSON.parse(r.evidenceItems!)).toEqual(l.evidenceItems);
      expect(r.whenQualifier).toBe(l.whenQualifier ?? '');
    }
  });

  it('edges.csv writes CAMEO codes as text ("cameo:010"), so that no reader drops the leading zero', async () => {
    const rows = await csvRows('edges.csv');
    const coded = all.links.filter((l) => l.cameo);
    expect(coded.some((l) => l.cameo.startsWith('0'))).toBe(true);
    for (const l of coded) expect(rows.find((r) => r.key === l.key)!.cameo).toBe(`cameo:${l.cameo}`);
    expect(rows.filter((r) => r.cameo === '')).toHaveLength(all.links.length - coded.length);
  });

  it('nodes.csv has one row per entity', async () => {
    const rows = await csvRows('nodes.csv');
    expect(rows).toHaveLength(db.entities);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'labels', 'aliases', 'description', 'date', 'datePrecision', 'dateStart']));
    expect(rows.find((r) => r.id === 'anthropic')).toMatchObject({ name: 'Anthropic', kind: 'ORGANIZATION' });
  });

  it('documents.csv, facts.csv and disputes.csv hold what graph.json lists, one row per document, fact and claim', async () => {
    const documents = await csvRows('documents.csv');
    expect(documents.map((d) => d.key)).toEqual(all.documents.map((d) => d.key));
    for (const d of documents) {
      const j = all.documents.find((x) => x.key === d.key)!;
      expect(d).toMatchObject({ title: j.title, published: j.published, publishedPrecision: j.publishedPrecision, publishedEstimated: String(j.publishedEstimated), reliability: j.reliability, reliabilityReason: j.reliabilityReason });
    }
    const facts = await csvRows('facts.csv');
    expect(facts.map((f) => f.key)).toEqual(all.facts.map((f) => f.key));
    for (const f of facts) {
      const j = all.facts.find((x) => x.key === f.key)!;
      expect(f).toMatchObject({ entity: j.entity, label: j.label, when: j.when ?? '', whenPrecision: j.whenPrecision ?? '', amount: j.amount === undefined ? '' : String(j.amount), evidence: j.evidence!.join(';') });
      expect(JSON.parse(f.evidenceItems!)).toEqual(j.evidenceItems);
    }
    const claims = await csvRows('disputes.csv');
    expect(claims.map((c) => c.claim)).toEqual(claimsOf(all).map((c) => c.claim));
    for (const c of claims) {
      const d = all.disputes.find((x) => x.key === c.dispute)!;
      const j = d.claims.find((x) => x.claim === c.claim)!;
      expect(c).toMatchObject({ topic: d.topic, subjects: d.subjects.join(';'), value: j.value, standing: j.standing, amountBound: j.amountBound ?? '', date: j.date ?? '', relationships: (j.relationships ?? []).join(';') });
      expect(JSON.parse(c.evidenceItems!)).toEqual(j.evidenceItems);
    }
  });
});

describe('filters', () => {
  const endpoints = (g: NodeLink) => new Set(g.links.flatMap((l) => [l.source, l.target]));
  const pressure = () => all.links.filter((l) => l.category === 'PRESSURE');

  it('category=PRESSURE keeps only PRESSURE edges, and their endpoints, in every format', async () => {
    const g = await nodeLink('?category=PRESSURE');
    expect(pressure().length).toBeGreaterThan(0);
    expect(g.links.map((l) => l.key)).toEqual(pressure().map((l) => l.key));
    expect(new Set(g.nodes.map((n) => n.id))).toEqual(endpoints(g));
    expect(await csvRows('edges.csv', '?category=PRESSURE')).toHaveLength(pressure().length);
    const graph = parseGraphml(MultiDirectedGraph, await (await get('/export/graph.graphml?category=PRESSURE')).text());
    expect(graph.size).toBe(pressure().length);
    expect(graph.order).toBe(g.nodes.length);
    // The tables follow: facts of the exported entities, documents the evidence cites.
    expect(g.facts.every((f) => endpoints(g).has(f.entity))).toBe(true);
    const cited = new Set([...g.links, ...g.facts, ...claimsOf(g)].flatMap((r) => r.evidence!));
    expect(new Set(g.documents.map((d) => d.key))).toEqual(cited);
    expect((await csvRows('documents.csv', '?category=PRESSURE')).map((d) => d.key).sort()).toEqual([...cited].sort());
  });

  it('category takes lists, repeated or comma-separated, in any case', async () => {
    const a = await nodeLink('?category=PRESSURE,SUPPORT');
    const b = await nodeLink('?category=pressure&category=support');
    expect(a.links).toHaveLength(all.links.filter((l) => l.category === 'PRESSURE' || l.category === 'SUPPORT').length);
    expect(b.links.map((l) => l.key)).toEqual(a.links.map((l) => l.key));
  });

  it('during keeps edges whose [whenStart, whenEnd] overlaps the window; undated only on request', async () => {
    const from = Date.parse('2026-02-24T00:00:00Z');
    const to = Date.parse('2026-02-27T23:59:59.999Z');
    const overlaps = (l: Link) => l.whenStart !== undefined && Date.parse(l.whenStart) <= to && Date.parse(l.whenEnd) >= from;
    const expected = all.links.filter(overlaps).map((l) => l.key).sort();
    const undated = all.links.filter((l) => l.whenStart === undefined).map((l) => l.key);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.links.length);

    const g = await nodeLink('?during=2026-02-24..2026-02-27');
    expect(g.links.map((l) => l.key).sort()).toEqual(expected);
    expect(g.links.map((l) => l.key)).toContain(ULTIMATUM);
    expect(new Set(g.nodes.map((n) => n.id))).toEqual(endpoints(g));
    // Facts are windowed by their own `when`.
    expect(g.facts.every((f) => f.whenStart !== undefined && Date.parse(f.whenStart) <= to && Date.parse(f.whenEnd) >= from)).toBe(true);

    const withUndated = await nodeLink('?during=2026-02-24..2026-02-27&includeUndated=true');
    expect(withUndated.links.map((l) => l.key).sort()).toEqual([...expected, ...undated].sort());

    const since = await nodeLink('?during=2026-02-24..');
    expect(since.links.map((l) => l.key).sort()).toEqual(all.links.filter((l) => l.whenEnd !== undefined && Date.parse(l.whenEnd) >= from).map((l) => l.key).sort());
    const until = await nodeLink('?during=..2025-12-31');
    expect(until.links.every((l) => Date.parse(l.whenStart) <= Date.parse('2025-12-31T23:59:59.999Z'))).toBe(true);
    expect(until.links.map((l) => l.key)).not.toContain(ULTIMATUM);
  });

  it('asOf keeps what was known by the end of that day (UTC), and trims evidence, documents, facts and claims to it', async () => {
    const cutoff = Date.parse('2026-02-27T23:59:59.999Z');
    const known = (doc: string) => (db.documents.get(doc)?.publishedEndMs ?? Infinity) <= cutoff;
    const trimmed = <T extends Rec>(r: T) => ({ ...r, evidence: r.evidence!.filter(known), evidenceItems: r.evidenceItems!.filter((i) => known(i.document)) });
    const expected = all.links.filter((l) => l.evidence!.some(known));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.links.length);
    // Some relationship keeps part of its evidence only, so trimming is tested, not just selection.
    expect(expected.some((l) => !l.evidence!.every(known))).toBe(true);

    const g = await nodeLink('?asOf=2026-02-27');
    expect(g.links).toEqual(expected.map(trimmed));
    expect(g.links.find((l) => l.key === ULTIMATUM)!.evidence).toEqual([D000]);
    expect(new Set(g.nodes.map((n) => n.id))).toEqual(endpoints(g));
    expect(g.documents.every((d) => known(d.key))).toBe(true);
    const facts = all.facts.filter((f) => endpoints(g).has(f.entity) && f.evidence!.some(known));
    expect(g.facts).toEqual(facts.map(trimmed));
    const claims = claimsOf(g);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c).toEqual(trimmed(claimsOf(all).find((x) => x.claim === c.claim)!));
    expect(claims.length).toBeLessThan(claimsOf(all).length);
    // The flat formats trim the same way.
    const csv = await csvRows('edges.csv', '?asOf=2026-02-27');
    expect(JSON.parse(csv.find((r) => r.key === ULTIMATUM)!.evidenceItems!)).toEqual(g.links.find((l) => l.key === ULTIMATUM)!.evidenceItems);

    const nothingYet = await nodeLink('?asOf=1990-01-01');
    expect(nothingYet.links).toHaveLength(0);
    expect(nothingYet.nodes).toHaveLength(0);
    expect(nothingYet.documents).toHaveLength(0);
  });

  it('involving keeps relationships with one of the entities at either end, and those entities', async () => {
    const at = (keys: string[]) => all.links.filter((l) => keys.includes(l.source) || keys.includes(l.target)).map((l) => l.key);
    const one = await nodeLink('?involving=pete-hegseth');
    expect(one.links.map((l) => l.key)).toEqual(at(['pete-hegseth']));
    expect(one.links.some((l) => l.source === 'pete-hegseth') && one.links.some((l) => l.target === 'pete-hegseth')).toBe(true);
    expect(new Set(one.nodes.map((n) => n.id))).toEqual(endpoints(one));

    const two = await nodeLink('?involving=pete-hegseth,dario-amodei&category=PRESSURE');
    expect(two.links.map((l) => l.key)).toEqual(all.links.filter((l) => l.category === 'PRESSURE').filter((l) => at(['pete-hegseth', 'dario-amodei']).includes(l.key)).map((l) => l.key));
    expect(two.links.length).toBeGreaterThan(0);
    expect(new Set(two.nodes.map((n) => n.id))).toEqual(new Set([...endpoints(two), 'pete-hegseth', 'dario-amodei']));
    expect((await csvRows('edges.csv', '?involving=pete-hegseth&involving=dario-amodei')).map((r) => r.key)).toEqual(at(['pete-hegseth', 'dario-amodei']));
    // Disputes follow the exported entities and relationships.
    const about = await nodeLink('?involving=anthropic-dod-contract');
    expect(about.disputes.map((d) => d.key)).toContain('dod-contract-value');
  });

  it('filters combine', async () => {
    const g = await nodeLink('?category=PRESSURE&during=2026-02-24..2026-02-27&asOf=2026-03-31');
    const from = Date.parse('2026-02-24T00:00:00Z');
    const to = Date.parse('2026-02-27T23:59:59.999Z');
    const cutoff = Date.parse('2026-03-31T23:59:59.999Z');
    const expected = all.links.filter(
      (l) => l.category === 'PRESSURE' && l.whenStart !== undefined && Date.parse(l.whenStart) <= to && Date.parse(l.whenEnd) >= from && l.evidence!.some((d) => (db.documents.get(d)?.publishedEndMs ?? Infinity) <= cutoff),
    );
    expect(g.links.map((l) => l.key).sort()).toEqual(expected.map((l) => l.key).sort());
  });
});

describe('bad input', () => {
  it.each([
    ['/export/graph.json?category=NOPE', /unknown category "NOPE"/],
    ['/export/edges.csv?category=', /at least one category/],
    ['/export/graph.gexf?during=2026-02-30..2026-03-01', /not a calendar date/],
    ['/export/graph.json?during=2026-03-01..2026-02-01', /ends before it starts/],
    ['/export/graph.json?during=last-week', /YYYY-MM-DD\.\.YYYY-MM-DD/],
    ['/export/nodes.csv?asOf=2026-13-01', /not a calendar date/],
    ['/export/graph.graphml?asOf=yesterday', /YYYY-MM-DD/],
    ['/export/graph.json?includeUndated=maybe', /includeUndated/],
    ['/export/graph.json?asOf=2026-01-01&asOf=2026-02-01', /once/],
    ['/export/graph.json?categories=PRESSURE', /unknown parameter "categories"/],
    ['/export/facts.csv?involving=', /at least one entity key/],
    ['/export/disputes.csv?involving=Pete%20Hegseth', /involving: must be lower-case words/],
    [`/export/documents.csv?involving=${Array.from({ length: 101 }, (_, i) => `e-${i}`).join(',')}`, /at most 100/],
  ])('%s -> 400 BAD_USER_INPUT', async (url, message) => {
    const res = await get(url);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: string; code: string };
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.error).toMatch(message);
  });

  it('involving an entity that does not exist is a 400 naming the key', async () => {
    const res = await get('/export/graph.json?involving=pete-hegseth,nobody-at-all');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'involving: no entity has the key "nobody-at-all"', code: 'BAD_USER_INPUT', keys: ['nobody-at-all'] });
  });

  it('plain routes refuse other methods', async () => {
    const res = await t.yoga.fetch('http://test/export/graph.json', { method: 'POST' });
    expect(res.status).toBe(405);
  });
});
