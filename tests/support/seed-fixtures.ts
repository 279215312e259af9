import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Driver } from 'neo4j-driver';
import { toPlain } from '../../src/store/neo4j-values.js';
import { locate, sha256 } from '../../src/model/spans.js';

/**
 * Small, self-contained seed folders for tests that must prove the checker and loader reject bad
 * data. The fixture text is invented here (no article text): a furniture line, the article body,
 * and a trailing share line, so evidence can be placed inside or outside the body.
 */
export const FIXTURE_DOC = 'fx-news';
export const FIXTURE_LOW_DOC = 'fx-aggregator';
export const FIXTURE_TEXT = [
  'Related: ten gadgets you must buy',
  'The Ministry of Tests ordered Acme Labs to stop on Monday. Acme Labs refused the order.',
  'Share this on social media',
].join('\n');
export const FIXTURE_LOW_TEXT = 'An AI summary claims that Acme Labs leaked its plans.';

const bodyStart = FIXTURE_TEXT.indexOf('The Ministry');
const bodyEnd = FIXTURE_TEXT.indexOf('\nShare');

/** A span of the fixture text, as the seed stores evidence. */
export function span(quote: string, doc = FIXTURE_DOC, text = doc === FIXTURE_LOW_DOC ? FIXTURE_LOW_TEXT : FIXTURE_TEXT) {
  const { start, end } = locate(text, quote);
  return { doc, start, end, sha256: sha256(text.slice(start, end)) };
}

export type SeedFiles = Record<string, { [list: string]: any[] }>;

/** A valid seed: two documents, three entities, two relationships, one dispute. Mutate freely. */
export function validSeedFiles(): SeedFiles {
  return {
    'documents.yaml': {
      documents: [
        {
          key: FIXTURE_DOC,
          sha256: sha256(FIXTURE_TEXT),
          title: 'Ministry orders Acme to stop',
          language: 'en',
          genre: 'NEWS',
          reliability: 'HIGH',
          reliabilityReason: 'Invented fixture news report with attributed claims.',
          publishedOn: { iso: '2026-02-24', precision: 'DAY' },
          body: [{ start: bodyStart, end: bodyEnd }],
        },
        {
          key: FIXTURE_LOW_DOC,
          sha256: sha256(FIXTURE_LOW_TEXT),
          title: 'AI summary of Acme news',
          language: 'en',
          genre: 'AGGREGATOR',
          reliability: 'LOW',
          reliabilityReason: 'Invented fixture page that says it is AI-generated.',
          body: [{ start: 0, end: FIXTURE_LOW_TEXT.length }],
        },
      ],
    },
    'entities/organizations.yaml': {
      entities: [
        { key: 'ministry-of-tests', kind: 'ORGANIZATION', name: 'Ministry of Tests', aliases: ['MoT', 'the Ministry'], orgType: 'GOVERNMENT_BODY', country: 'US', description: 'An invented ministry for tests.' },
        { key: 'acme-labs', kind: 'ORGANIZATION', name: 'Acme Labs', aliases: ['Acme'], orgType: 'COMPANY', description: 'An invented AI lab for tests.' },
        { key: 'acme-leak', kind: 'EVENT', name: 'Acme plans leak', eventType: 'LEAK', description: 'An invented leak of plans, for tests.' },
      ],
    },
    'relationships/fx-news.yaml': {
      relationships: [
        {
          key: 'ministry-demands-acme-stop',
          type: 'DEMANDED',
          category: 'PRESSURE',
          cameo: '100',
          source: 'ministry-of-tests',
          target: 'acme-labs',
          when: { iso: '2026-02-23', precision: 'DAY' },
          status: 'REPORTED',
          summary: 'The ministry told the lab to halt its work.',
          evidence: [span('The Ministry of Tests ordered Acme Labs to stop on Monday.')],
        },
        {
          key: 'acme-refuses-ministry',
          type: 'REFUSED',
          category: 'OPPOSITION',
          cameo: '124',
          source: 'acme-labs',
          target: 'ministry-of-tests',
          status: 'REPORTED',
          summary: 'The lab declined to follow the order.',
          evidence: [span('Acme Labs refused the order.')],
        },
      ],
    },
    'relationships/fx-aggregator.yaml': {
      relationships: [
        {
          key: 'acme-subject-of-leak',
          type: 'SUBJECT_OF_LEAK',
          category: 'PARTICIPATION',
          source: 'acme-labs',
          target: 'acme-leak',
          status: 'ALLEGED',
          summary: 'An AI-written page says the lab leaked its plans.',
          evidence: [span('Acme Labs leaked its plans', FIXTURE_LOW_DOC)],
        },
      ],
    },
    'disputes.yaml': {
      disputes: [
        {
          key: 'acme-compliance',
          topic: 'Whether Acme complied',
          subjects: ['acme-labs'],
          claims: [
            { value: 'refused', text: 'Acme refused', relationships: ['acme-refuses-ministry'], evidence: [span('Acme Labs refused the order.')] },
            { value: 'ordered to stop', text: 'Acme was ordered to stop', relationships: ['ministry-demands-acme-stop'], evidence: [span('ordered Acme Labs to stop')] },
          ],
        },
      ],
    },
  };
}

/** Writes seed files into a fresh temp folder and returns its path. */
export function writeSeedDir(files: SeedFiles, prefix = 'seed-fx-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, stringify(content));
  }
  return dir;
}

/** Writes the fixture texts as a SOURCES_DIR. */
export function writeSourcesDir(texts: Record<string, string> = { [FIXTURE_DOC]: FIXTURE_TEXT, [FIXTURE_LOW_DOC]: FIXTURE_LOW_TEXT }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sources-fx-'));
  for (const [key, text] of Object.entries(texts)) writeFileSync(path.join(dir, `${key}.txt`), text);
  return dir;
}

/** A copy of the real seed/ in a temp folder, to edit without touching the repository. */
export function copyRealSeed(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'seed-copy-'));
  cpSync(path.resolve('seed'), dir, { recursive: true });
  return dir;
}

/** Parses, edits and rewrites one YAML file of a seed folder. */
export function editYaml(dir: string, file: string, edit: (doc: any) => void): void {
  const full = path.join(dir, file);
  const doc = parse(readFileSync(full, 'utf8'));
  edit(doc);
  writeFileSync(full, stringify(doc));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The whole graph as sorted plain strings: every node with its labels and properties, every
 * relationship with its type, properties and endpoint keys. Two snapshots are equal exactly when
 * the graphs hold the same data (internal ids aside).
 */
export async function graphSnapshot(driver: Driver, database: string): Promise<{ nodes: string[]; relationships: string[] }> {
  const session = driver.session({ database });
  try {
    const nodes = await session.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
    const rels = await session.run('MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, a.key AS from, b.key AS to, labels(a) AS fromLabels, labels(b) AS toLabels');
    const stable = (v: unknown) => JSON.stringify(sortKeys(toPlain(v)));
    return {
      nodes: nodes.records.map((r) => stable({ labels: [...(r.get('labels') as string[])].sort(), props: r.get('props') })).sort(),
      relationships: rels.records
        .map((r) => stable({ type: r.get('type'), from: r.get('from'), fromLabels: [...(r.get('fromLabels') as string[])].sort(), to: r.get('to'), toLabels: [...(r.get('toLabels') as string[])].sort(), props: r.get('props') }))
        .sort(),
    };
  } finally {
    await session.close();
  }
}

/** Bookkeeping that a reload may rewrite while the knowledge stays the same. */
const BOOKKEEPING = new Set(['txFrom', 'createdTx', 'version', 'editedVia', 'h']);

/**
 * The graph as readers see it at the newest version: current anchors, relationships, facts,
 * disputes, claims and mentions, without version bookkeeping. Two loads of the same seed give the
 * same visible snapshot however much history lies between them.
 */
export async function visibleSnapshot(driver: Driver, database: string): Promise<{ nodes: string[]; relationships: string[] }> {
  const session = driver.session({ database });
  const clean = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([k]) => !BOOKKEEPING.has(k)));
  try {
    const nodes = await session.run(
      'MATCH (n) WHERE (n:Entity OR n:Document OR n:Fact OR n:Dispute OR n:Claim) AND n.txTo IS NULL RETURN labels(n) AS labels, properties(n) AS props',
    );
    const rels = await session.run(
      `MATCH (a)-[r]->(b) WHERE (r:REL OR r:MENTIONS) AND r.txTo IS NULL
       RETURN type(r) AS type, properties(r) AS props, a.key AS from, b.key AS to`,
    );
    const stable = (v: unknown) => JSON.stringify(sortKeys(toPlain(v)));
    return {
      nodes: nodes.records.map((r) => stable({ labels: [...(r.get('labels') as string[])].sort(), props: clean(r.get('props')) })).sort(),
      relationships: rels.records.map((r) => stable({ type: r.get('type'), from: r.get('from'), to: r.get('to'), props: clean(r.get('props')) })).sort(),
    };
  } finally {
    await session.close();
  }
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

/** Runs one Cypher statement and returns its rows as plain objects. */
export async function cypherRows<T = Record<string, any>>(driver: Driver, database: string, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = driver.session({ database });
  try {
    const result = await session.run(query, params);
    return result.records.map((r) => toPlain(r.toObject()) as T);
  } finally {
    await session.close();
  }
}

export async function clearDatabase(driver: Driver, database: string): Promise<void> {
  await cypherRows(driver, database, 'MATCH (n) DETACH DELETE n');
}
