import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createDriver, createExecutor, type Executor, type TxRunner } from '../../src/store/executor.js';
import { toGraphRows, type GraphRows } from '../../src/seed/graph-rows.js';
import { readSeed, SeedError } from '../../src/seed/read-seed.js';
import { loadSeed } from '../../src/store/seed-load.js';
import { writeSeedGraph } from '../../src/store/seed-writer.js';
import { readSourceTexts, SpanMismatchError } from '../../src/seed/source-texts.js';
import { clearDatabase, copyRealSeed, cypherRows, editYaml, graphSnapshot, removeDir, visibleSnapshot } from '../support/seed-fixtures.js';

const conn = inject('neo4j');
const driver = createDriver(conn.uri, conn.user, conn.password);
const db = createExecutor(driver, { database: conn.database, timeoutMs: 60_000, app: 'seed-loader-test' });
const SOURCES = path.resolve('../shared/seeds');
const sources = existsSync(SOURCES) ? SOURCES : null;
const snapshot = () => graphSnapshot(driver, conn.database);
const visible = () => visibleSnapshot(driver, conn.database);
const rows = (q: string, p: Record<string, unknown> = {}) => cypherRows(driver, conn.database, q, p);
const dirs: string[] = [];

/** The executor with a TxRunner that throws on statement `n` of the write transaction; the database is real. */
function failingOnStatement(inner: Executor, n: number, seen: string[]): Executor {
  return {
    ...inner,
    writeTransaction(work, opts) {
      return inner.writeTransaction((run) => {
        let count = 0;
        const wrapped = ((statement) => {
          count += 1;
          seen.push(statement.name);
          if (count === n) return Promise.reject(new Error(`injected failure on statement ${n} (${statement.name})`));
          return run(statement);
        }) as TxRunner;
        // The version the work opens is the real runner's: the executor reads it after commit.
        Object.defineProperty(wrapped, 'opened', { get: () => run.opened, set: (v: number) => (run.opened = v) });
        return work(wrapped);
      }, opts);
    },
  };
}

/** A copy of seed/ with one record edited, one relationship, one entity, one dispute and one fact removed. */
function editedSeed(): string {
  const dir = copyRealSeed();
  dirs.push(dir);
  editYaml(dir, 'relationships/000.yaml', (doc) => {
    const ult = doc.relationships.find((r: any) => r.key === 'hegseth-ultimatum-anthropic');
    ult.summary = 'Edited summary: the ultimatum, reworded by the test.';
    ult.status = 'CONFIRMED';
    const sacks = doc.relationships.find((r: any) => r.key === 'sacks-accuses-anthropic-of-regulatory-capture');
    sacks.type = 'CRITICIZED';
    sacks.cameo = '111';
    doc.relationships = doc.relationships.filter((r: any) => r.key !== 'anthropic-competes-with-xai');
  });
  editYaml(dir, 'entities/organizations.yaml', (doc) => {
    doc.entities = doc.entities.filter((e: any) => e.key !== 'apple');
  });
  // Every entity has a relationship now: removing one removes the relationships that join it.
  editYaml(dir, 'relationships/001.yaml', (doc) => {
    doc.relationships = doc.relationships.filter((r: any) => r.target !== 'apple');
  });
  editYaml(dir, 'disputes.yaml', (doc) => {
    doc.disputes = doc.disputes.filter((d: any) => d.key !== 'rivals-dod-role');
  });
  editYaml(dir, 'entities/organizations.yaml', (doc) => {
    const anthropic = doc.entities.find((e: any) => e.key === 'anthropic');
    anthropic.facts = anthropic.facts.filter((f: any) => f.key !== 'anthropic-openai-combined-losses');
    anthropic.aliases.push('Anthropic PBC');
  });
  return dir;
}

beforeAll(() => clearDatabase(driver, conn.database));
afterAll(async () => {
  await clearDatabase(driver, conn.database);
  await driver.close();
  dirs.forEach(removeDir);
});

describe('the seed loader on the real Neo4j', () => {
  beforeEach(async () => {
    await clearDatabase(driver, conn.database);
    await loadSeed(db, 'seed', sources);
  });

  it('loads the whole seed: counts match the seed files', async () => {
    const seed = readSeed('seed');
    const [counts] = await rows(
      `CALL { MATCH (n:Entity) WHERE n.txTo IS NULL RETURN count(n) AS entities }
       CALL { MATCH (:Entity)-[r:REL]->(:Entity) WHERE r.txTo IS NULL RETURN count(r) AS rels }
       CALL { MATCH (d:Document) WHERE d.txTo IS NULL RETURN count(d) AS docs }
       CALL { MATCH (d:Dispute) WHERE d.txTo IS NULL RETURN count(d) AS disputes }
       RETURN entities, rels, docs, disputes`,
    );
    expect(counts).toEqual({ entities: seed.entities.length, rels: seed.relationships.length, docs: seed.documents.length, disputes: seed.disputes.length });
  });

  it('is idempotent: loading twice writes nothing the second time, and the whole graph stays identical', async () => {
    const first = await snapshot();
    expect(first.nodes.length).toBeGreaterThan(100);
    const summary = await loadSeed(db, 'seed', sources);
    expect(summary.version).toBeNull();
    expect(await snapshot()).toEqual(first);
    expect(summary.relationships).toBe(readSeed('seed').relationships.length);
  });

  it('applies edits and removals on reload as a new version, keeps the old one, and reloading the original restores what readers see', async () => {
    const original = await visible();
    const dir = editedSeed();
    const edited = await loadSeed(db, dir, sources);
    expect(edited.version).toBe(2);

    const [ult] = await rows(
      "MATCH (:Person {key: 'pete-hegseth'})-[r:REL {key: 'hegseth-ultimatum-anthropic'}]->(:Organization {key: 'anthropic'}) WHERE r.txTo IS NULL RETURN r.summary AS summary, r.status AS status, r.type AS type, r.txFrom AS since",
    );
    expect(ult).toEqual({ summary: 'Edited summary: the ultimatum, reworded by the test.', status: 'CONFIRMED', type: 'ISSUED_ULTIMATUM', since: 2 });
    // The version it replaced is kept, ended at version 2: the graph as it was stays readable.
    const [old] = await rows("MATCH ()-[r:REL {key: 'hegseth-ultimatum-anthropic'}]->() WHERE r.txTo = 2 RETURN r.summary AS summary, r.txFrom AS since");
    expect(old).toEqual({ summary: expect.not.stringContaining('Edited'), since: 1 });

    // A changed type gives a new version of the same key, never a second current relationship.
    const sacks = await rows("MATCH ()-[r:REL {key: 'sacks-accuses-anthropic-of-regulatory-capture'}]->() WHERE r.txTo IS NULL RETURN r.type AS type, r.cameo AS cameo");
    expect(sacks).toEqual([{ type: 'CRITICIZED', cameo: '111' }]);

    expect(await rows("MATCH ()-[r:REL {key: 'anthropic-competes-with-xai'}]->() WHERE r.txTo IS NULL RETURN r")).toEqual([]);
    expect(await rows("MATCH (n:Entity {key: 'apple'}) WHERE n.txTo IS NULL RETURN n")).toEqual([]);
    expect(await rows("MATCH (d:Dispute {key: 'rivals-dod-role'}) WHERE d.txTo IS NULL RETURN d")).toEqual([]);
    expect(await rows("MATCH (c:Claim) WHERE c.key STARTS WITH 'rivals-dod-role/' AND c.txTo IS NULL RETURN c")).toEqual([]);
    expect(await rows("MATCH (f:Fact {key: 'anthropic/anthropic-openai-combined-losses'}) WHERE f.txTo IS NULL RETURN f")).toEqual([]);
    const [anthropic] = await rows("MATCH (n:Entity {key: 'anthropic'}) RETURN n.aliases AS aliases, n.version AS version");
    expect(anthropic!.aliases).toContain('Anthropic PBC');
    expect(anthropic!.version).toBe(2);

    // Each record the reload changed has its change, with before and after.
    const [change] = await rows("MATCH (c:Change {subject: 'hegseth-ultimatum-anthropic'}) WHERE c.version = 2 RETURN c.action AS action, c.actor AS actor, c.before AS before, c.after AS after");
    expect(change).toMatchObject({ action: 'UPDATE_RELATIONSHIP', actor: 'seed' });
    expect(JSON.parse(change!.after as string).summary).toMatch(/^Edited summary/);
    expect(JSON.parse(change!.before as string).summary).not.toMatch(/^Edited summary/);

    expect(await visible()).not.toEqual(original);
    const restored = await loadSeed(db, 'seed', sources);
    expect(restored.version).toBe(3);
    expect(await visible()).toEqual(original);
  });

  it('is all-or-nothing: a deliberately broken file over a good graph fails and changes nothing', async () => {
    const before = await snapshot();
    const dir = copyRealSeed();
    dirs.push(dir);
    editYaml(dir, 'relationships/000.yaml', (doc) => {
      doc.relationships.find((r: any) => r.key === 'hegseth-ultimatum-anthropic').summary = 'A valid edit that must not reach the graph.';
    });
    writeFileSync(
      path.join(dir, 'relationships', 'zz-broken.yaml'),
      'relationships:\n  - key: broken-relationship\n    type: ACCUSED\n    category: PRESSURE\n    cameo: "112"\n    source: elon-musk\n    target: anthropic\n    status: RUMOURED\n    summary: A record with an invalid status.\n    evidence: []\n',
    );
    const error = await loadSeed(db, dir, sources).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).message).toMatch(/zz-broken\.yaml: relationships "broken-relationship" field status/);
    expect(await snapshot()).toEqual(before);
  });

  it.skipIf(!sources)('is all-or-nothing: a span that no longer matches its text fails the load and changes nothing', async () => {
    const before = await snapshot();
    const dir = copyRealSeed();
    dirs.push(dir);
    editYaml(dir, 'relationships/000.yaml', (doc) => {
      const ult = doc.relationships.find((r: any) => r.key === 'hegseth-ultimatum-anthropic');
      ult.summary = 'A valid edit that must not reach the graph.';
      ult.evidence[0].end += 1; // the span moves; its sha256 no longer matches
    });
    const error = await loadSeed(db, dir, sources).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpanMismatchError);
    expect((error as Error).message).toMatch(/relationship hegseth-ultimatum-anthropic: span .* of document 000_25e003234a35428f does not match its sha256/);
    expect(await snapshot()).toEqual(before);
  });

  it.each([12, 14])('rolls everything back when statement %i of the write transaction fails', async (n) => {
    const before = await snapshot();
    const dir = editedSeed();
    const seen: string[] = [];
    const error = await loadSeed(failingOnStatement(db, n, seen), dir, sources).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(new RegExp(`injected failure on statement ${n}`));
    expect(seen).toHaveLength(n);
    // Statements before the failure really wrote: a version was opened and records upserted...
    expect(seen.slice(0, n - 1)).toEqual(expect.arrayContaining(['write/begin-version', 'upsert-entity']));
    // ...and the graph is exactly what it was.
    expect(await snapshot()).toEqual(before);
    // The same load without the injected failure does change the graph, so the comparison above is not vacuous.
    await loadSeed(db, dir, sources);
    expect(await snapshot()).not.toEqual(before);
  });
});

describe('a bulk load in parts (scope: part)', () => {
  beforeEach(() => clearDatabase(driver, conn.database));

  it('commits each part as a version of its own, retires nothing a part lacks, writes nothing for a part loaded again, and ends as the whole load does', async () => {
    await loadSeed(db, 'seed', sources);
    const whole = await visible();
    await clearDatabase(driver, conn.database);

    const seed = readSeed('seed');
    const all = toGraphRows(seed, sources ? readSourceTexts(seed, sources) : null);
    const none: GraphRows = { documents: [], entities: [], relationships: [], mentions: [], facts: [], disputes: [] };
    const half = (list: unknown[]) => Math.floor(list.length / 2);
    const parts: GraphRows[] = [
      { ...none, documents: all.documents, entities: all.entities },
      { ...none, relationships: all.relationships.slice(0, half(all.relationships)), mentions: all.mentions.slice(0, half(all.mentions)) },
      { ...none, relationships: all.relationships.slice(half(all.relationships)), mentions: all.mentions.slice(half(all.mentions)), facts: all.facts, disputes: all.disputes },
    ];
    const versions = [];
    for (const part of parts) versions.push((await writeSeedGraph(db, part, { scope: 'part', history: 'summary', batchSize: 50 })).version);
    expect(versions).toEqual([1, 2, 3]);
    expect(await visible()).toEqual(whole);
    // One Change per part, not one per record.
    expect(await rows('MATCH (c:Change) RETURN c.action AS action, c.version AS version ORDER BY version')).toEqual(versions.map((version) => ({ action: 'SEED_LOAD', version })));

    const again = await writeSeedGraph(db, parts[1]!, { scope: 'part', history: 'summary' });
    expect(again.version).toBeNull();
    expect(again.changed).toEqual({ documents: 0, entities: 0, relationships: 0, mentions: 0, facts: 0, disputes: 0 });
    expect(await visible()).toEqual(whole);
  });
});
