import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createDriver, createExecutor, type Executor, type TxRunner } from '../../src/data/executor.js';
import { readSeed, SeedError } from '../../src/seed/read-seed.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { SpanMismatchError } from '../../src/seed/source-texts.js';
import { clearDatabase, copyRealSeed, cypherRows, editYaml, graphSnapshot, removeDir } from '../support/seed-fixtures.js';

const conn = inject('neo4j');
const driver = createDriver(conn.uri, conn.user, conn.password);
const db = createExecutor(driver, { database: conn.database, timeoutMs: 60_000, app: 'seed-loader-test' });
const SOURCES = path.resolve('../shared/seeds');
const sources = existsSync(SOURCES) ? SOURCES : null;
const snapshot = () => graphSnapshot(driver, conn.database);
const rows = (q: string, p: Record<string, unknown> = {}) => cypherRows(driver, conn.database, q, p);
const dirs: string[] = [];

/** The executor with a TxRunner that throws on statement `n` of the write transaction; the database is real. */
function failingOnStatement(inner: Executor, n: number, seen: string[]): Executor {
  return {
    ...inner,
    writeTransaction(work, timeoutMs) {
      return inner.writeTransaction((run) => {
        let count = 0;
        const wrapped: TxRunner = (name, params, row) => {
          count += 1;
          seen.push(name);
          if (count === n) return Promise.reject(new Error(`injected failure on statement ${n} (${name})`));
          return run(name, params, row);
        };
        return work(wrapped);
      }, timeoutMs);
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
      'CALL { MATCH (n:Entity) RETURN count(n) AS entities } CALL { MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL RETURN count(r) AS rels } CALL { MATCH (d:Document) RETURN count(d) AS docs } CALL { MATCH (d:Dispute) RETURN count(d) AS disputes } RETURN entities, rels, docs, disputes',
    );
    expect(counts).toEqual({ entities: seed.entities.length, rels: seed.relationships.length, docs: seed.documents.length, disputes: seed.disputes.length });
  });

  it('is idempotent: loading twice leaves the whole graph identical', async () => {
    const first = await snapshot();
    expect(first.nodes.length).toBeGreaterThan(100);
    const summary = await loadSeed(db, 'seed', sources);
    const second = await snapshot();
    expect(second).toEqual(first);
    expect(summary.relationships).toBe(readSeed('seed').relationships.length);
  });

  it('applies edits and removals on reload, and restores the original when reloaded again', async () => {
    const original = await snapshot();
    const dir = editedSeed();
    await loadSeed(db, dir, sources);

    const [ult] = await rows("MATCH (:Person {key: 'pete-hegseth'})-[r {key: 'hegseth-ultimatum-anthropic'}]->(:Organization {key: 'anthropic'}) RETURN r.summary AS summary, r.status AS status, type(r) AS type");
    expect(ult).toEqual({ summary: 'Edited summary: the ultimatum, reworded by the test.', status: 'CONFIRMED', type: 'ISSUED_ULTIMATUM' });

    // A changed relationship type replaces the old relationship rather than adding a second one.
    const sacks = await rows("MATCH ()-[r {key: 'sacks-accuses-anthropic-of-regulatory-capture'}]->() RETURN type(r) AS type, r.cameo AS cameo");
    expect(sacks).toEqual([{ type: 'CRITICIZED', cameo: '111' }]);

    expect(await rows("MATCH ()-[r {key: 'anthropic-competes-with-xai'}]->() RETURN r")).toEqual([]);
    expect(await rows("MATCH (n {key: 'apple'}) RETURN n")).toEqual([]);
    expect(await rows("MATCH (d:Dispute {key: 'rivals-dod-role'}) RETURN d")).toEqual([]);
    expect(await rows("MATCH (c:Claim) WHERE c.key STARTS WITH 'rivals-dod-role/' RETURN c")).toEqual([]);
    expect(await rows("MATCH (f:Fact {key: 'anthropic/anthropic-openai-combined-losses'}) RETURN f")).toEqual([]);
    const [anthropic] = await rows("MATCH (n:Entity {key: 'anthropic'}) RETURN n.aliases AS aliases");
    expect(anthropic!.aliases).toContain('Anthropic PBC');

    // Nothing else moved: the edited graph differs from the original only by what was edited.
    const edited = await snapshot();
    expect(edited).not.toEqual(original);
    await loadSeed(db, 'seed', sources);
    expect(await snapshot()).toEqual(original);
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

  it.each([5, 8])('rolls everything back when statement %i of the write transaction fails', async (n) => {
    const before = await snapshot();
    const dir = editedSeed();
    const seen: string[] = [];
    const error = await loadSeed(failingOnStatement(db, n, seen), dir, sources).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(new RegExp(`injected failure on statement ${n}`));
    expect(seen).toHaveLength(n);
    // Statements before the failure really wrote (upserts, deletions of stale records and derived nodes)...
    expect(seen.slice(0, n - 1)).toEqual(expect.arrayContaining(['seed/upsert-documents', 'seed/upsert-entities', 'seed/delete-stale-entities']));
    // ...and the graph is exactly what it was.
    expect(await snapshot()).toEqual(before);
    // The same load without the injected failure does change the graph, so the comparison above is not vacuous.
    await loadSeed(db, dir, sources);
    expect(await snapshot()).not.toEqual(before);
  });
});
