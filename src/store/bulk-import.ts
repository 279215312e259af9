import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { GraphRows } from '../seed/graph-rows.js';
import { adminImport } from '../neo4j/admin-import.js';
import { ARRAY_DELIMITER, BulkCsvWriter } from './bulk-csv.js';
import { addChanged, BULK_VERSION, BulkImportError, bulkRecords } from './bulk-records.js';
import type { Executor } from './executor.js';
import { SEED_LOAD_VERSION, seedLoadSummaryChange, type ChangedCounts } from './seed-writer.js';
import { beginVersion, recordChanges } from './versioning.js';

/**
 * The bulk load of a large graph into an empty database: the rows (GraphRows parts, any number,
 * streamed) become CSV files, Neo4j's offline importer writes them into the database's store
 * before Neo4j starts, and once it runs finishBulkImport records the import as graph version 1
 * with one SEED_LOAD change. The stored graph is the one writeSeedGraph (history 'summary', scope
 * 'part') writes into an empty graph.
 * Until the version is recorded, readers see an empty graph (every row is from version 1).
 * Indexes and constraints come from the migrations on the first start, as for any database.
 */

export interface BulkImportOptions {
  /** NEO4J_HOME of the project (the provisioned runtime lives there). */
  home: string;
  /** The data folder the local Neo4j will start on (local-neo4j.ts: <home>/data/<instance>). */
  dataDir: string;
  database?: string;
  /** The importer's JVM heap. */
  heap?: string;
  /** Keep the CSV files (under <dataDir>/bulk-csv) after the import. */
  keepCsv?: boolean;
  log?: (line: string) => void;
}

export interface BulkImportReport {
  /** Rows written: anchors, relationships, mentions (what load throughput counts). */
  rows: number;
  changed: ChangedCounts;
  /** Making the CSV files from the rows. */
  csvMs: number;
  /** Waiting for the parts (rows made lazily by the caller): not counted in the import's throughput. */
  sourceMs: number;
  importMs: number;
  files: number;
  summary: string[];
}

export async function bulkImport(parts: Iterable<GraphRows>, o: BulkImportOptions): Promise<BulkImportReport> {
  const csvDir = path.join(o.dataDir, 'bulk-csv');
  rmSync(csvDir, { recursive: true, force: true });
  mkdirSync(csvDir, { recursive: true });
  const changed: ChangedCounts = { documents: 0, entities: 0, relationships: 0, mentions: 0, facts: 0, disputes: 0 };
  try {
    let started = performance.now();
    const writer = new BulkCsvWriter(csvDir);
    // The time spent making the rows is the source's, not the import's: the transactional
    // loader's throughput leaves it out too.
    let sourceMs = 0;
    const source = parts[Symbol.iterator]();
    for (;;) {
      const asked = performance.now();
      const next = source.next();
      sourceMs += performance.now() - asked;
      if (next.done) break;
      const { nodes, relationships } = bulkRecords(next.value);
      writer.writeNodes(nodes);
      writer.writeRelationships(relationships);
      addChanged(changed, next.value);
    }
    const files = writer.close();
    const csvMs = performance.now() - started - sourceMs;
    if (files.rows === 0) throw new BulkImportError('nothing to import');
    o.log?.(`CSV written: ${files.rows} rows in ${files.nodes.length + files.relationships.length} groups, ${(csvMs / 1000).toFixed(1)} s (and ${(sourceMs / 1000).toFixed(1)} s making the rows)`);
    started = performance.now();
    const result = await adminImport({
      home: o.home,
      dataDir: o.dataDir,
      database: o.database ?? 'neo4j',
      nodes: files.nodes,
      relationships: files.relationships,
      arrayDelimiter: ARRAY_DELIMITER,
      multiline: files.multiline,
      heap: o.heap,
      log: o.log,
    });
    return { rows: files.rows, changed, csvMs, sourceMs, importMs: result.ms, files: [...files.nodes, ...files.relationships].reduce((n, g) => n + g.files.length, 0), summary: result.summary };
  } finally {
    if (!o.keepCsv) rmSync(csvDir, { recursive: true, force: true });
  }
}

/**
 * On the first start after bulkImport (migrations applied): records version 1, which makes the
 * imported rows visible. Fails, writing nothing, if the graph already has a version.
 */
export async function finishBulkImport(db: Executor, report: Pick<BulkImportReport, 'changed'>): Promise<{ version: number; ms: number }> {
  const started = performance.now();
  const version = await db.writeTransaction(async (run) => {
    const v = await beginVersion(run, SEED_LOAD_VERSION.actor, SEED_LOAD_VERSION.action);
    if (v.version !== BULK_VERSION) throw new BulkImportError(`the graph already had version ${v.version - 1}: a bulk import is only the first version of an empty graph`);
    await recordChanges(run, v, [seedLoadSummaryChange(report.changed)]);
    return v.version;
  });
  return { version, ms: performance.now() - started };
}
