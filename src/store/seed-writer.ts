import type { AnchorRow, GraphRows, MentionRow } from '../seed/graph-rows.js';
import { named, type Executor, type Statement, type TxRunner } from './executor.js';
import { anchorPropsText, currentAnchorsText, retireAnchorsText, upsertAnchorsText, type AnchorLabel } from './translate/anchor-writes.js';
import { beginVersion, changeJson, recordChanges, type ChangeRecord } from './versioning.js';

/**
 * Writes the seed into the versioned graph in ONE transaction. It compares content hashes with
 * what the graph holds and writes only what changed, as a new graph version: a reload that
 * changes nothing writes nothing. What was added or edited through the API is never touched: a
 * record the API created or last edited (a retraction, a corrected date) keeps the API's version,
 * and the reload reports it as overridden. Readers see the old graph until the commit, then the new.
 */

export interface SeedWriteOptions {
  batchSize?: number;
  /** 'records': one Change per record (the default); 'summary': one Change for the whole load (bulk loads). */
  history?: 'records' | 'summary';
  /**
   * 'all' (the default): the rows are the whole seed, and what the graph holds from an earlier
   * load but the rows lack is retired. 'part': the rows are one part of a bulk load too large for
   * one transaction (bench/scale loads a million entities in parts, each its own transaction and
   * version): only the given records are compared, through their keys, and nothing is retired.
   */
  scope?: 'all' | 'part';
  timeoutMs?: number;
}

export interface SeedWriteSummary {
  /** The version written, or null when nothing changed. */
  version: number | null;
  /**
   * What the graph holds after the write; for a part, what the part holds (counting the whole
   * graph scans it, so each part of a bulk load would cost more than the one before).
   */
  entities: number;
  relationships: number;
  documents: number;
  disputes: number;
  changed: { documents: number; entities: number; relationships: number; mentions: number; facts: number; disputes: number };
  /** Seed records left as the API last wrote them. */
  overridden: string[];
}

interface CurrentAnchor {
  key: string;
  h: string | null;
  origin: string | null;
  editedVia: string | null;
  retired: boolean;
}
interface CurrentRel {
  key: string;
  h: string | null;
  origin: string | null;
  editedVia: string | null;
  source: string;
  target: string;
}

/** The origin and editedVia of everything the seed loader writes. */
export const SEED_VIA = 'seed';
const VIA = SEED_VIA;

export type ChangedCounts = SeedWriteSummary['changed'];

/** The one Change of a load with history 'summary' (and of a bulk import): what it wrote, counted. */
export function seedLoadSummaryChange(changed: ChangedCounts): ChangeRecord {
  return { action: 'SEED_LOAD', subjectKind: 'GRAPH', subject: '*', before: null, after: JSON.stringify(changed) };
}

/** The version's actor and action (cypher/write/begin-version.cypher) of every seed load. */
export const SEED_LOAD_VERSION = { actor: SEED_VIA, action: 'SEED_LOAD' } as const;

type StatementFor = (params: Record<string, unknown>) => Statement;
const file = (name: string): StatementFor => (params) => named(name, params);
const anchors = (label: AnchorLabel, what: 'upsert' | 'retire' | 'props' | 'current' | 'current-of-keys'): StatementFor => {
  const text = what === 'current-of-keys' ? currentAnchorsText(label, true) : { upsert: upsertAnchorsText, retire: retireAnchorsText, props: anchorPropsText, current: currentAnchorsText }[what](label);
  return (params) => ({ name: `${what}-${label.toLowerCase()}`, text, params });
};

async function batched(run: TxRunner, statement: StatementFor, rows: unknown[], size: number, params: Record<string, unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await run(statement({ ...params, rows: rows.slice(i, i + size) }));
}

async function batchedKeys(run: TxRunner, statement: StatementFor, keys: string[], size: number, params: Record<string, unknown>): Promise<void> {
  for (let i = 0; i < keys.length; i += size) await run(statement({ ...params, keys: keys.slice(i, i + size) }));
}

/** Which anchors to write and retire (none for a part); anchors the API edited last are left alone. */
function diffAnchors(rows: AnchorRow[], current: CurrentAnchor[], keepAlive: Set<string>, overridden: string[], part: boolean) {
  const byKey = new Map(current.map((c) => [c.key, c]));
  const write = rows.filter((r) => {
    const cur = byKey.get(r.key);
    if (!cur) return true;
    if (cur.editedVia !== null && cur.editedVia !== VIA) {
      if (cur.h !== r.h || cur.retired) overridden.push(r.key);
      return false;
    }
    return cur.h !== r.h || cur.retired;
  });
  const wanted = new Set(rows.map((r) => r.key));
  const retire = part ? [] : current.filter((c) => !c.retired && c.origin === VIA && c.editedVia === VIA && !wanted.has(c.key) && !keepAlive.has(c.key)).map((c) => c.key);
  return { write, retire };
}

/** What the graph holds now: everything the seed could touch. */
function currentOfAll(run: TxRunner) {
  return {
    documents: () => run<CurrentAnchor>(anchors('Document', 'current')({})),
    entities: () => run<CurrentAnchor>(anchors('Entity', 'current')({})),
    relationships: () => run<CurrentRel>(named('write/current-relationships', { origin: null })),
    mentions: () => run<MentionRow>(named('write/current-mentions', { via: VIA })),
    facts: () => run<{ key: string; h: string }>(named('write/current-facts', { via: VIA })),
    disputes: () => run<{ key: string; h: string }>(named('write/current-disputes', { via: VIA })),
  };
}

/** What the graph holds now of a part's own records, found by key: a part never reads the whole graph. */
function currentOfPart(run: TxRunner, rows: GraphRows) {
  const keys = (list: { key: string }[]) => list.map((r) => r.key);
  const propKeys = (list: { props: { key?: unknown } }[]) => list.map((r) => r.props.key as string);
  return {
    documents: () => run<CurrentAnchor>(anchors('Document', 'current-of-keys')({ keys: keys(rows.documents) })),
    entities: () => run<CurrentAnchor>(anchors('Entity', 'current-of-keys')({ keys: keys(rows.entities) })),
    relationships: () => run<CurrentRel>(named('write/current-relationships-by-keys', { keys: keys(rows.relationships) })),
    mentions: () => run<MentionRow>(named('write/current-mentions-of-pairs', { rows: rows.mentions, via: VIA })),
    facts: () => run<{ key: string; h: string }>(named('write/current-facts-by-keys', { keys: propKeys(rows.facts), via: VIA })),
    disputes: () => run<{ key: string; h: string }>(named('write/current-disputes-by-keys', { keys: propKeys(rows.disputes), via: VIA })),
  };
}

const pairKey = (m: MentionRow) => `${m.doc}\u0000${m.entity}`;

export async function writeSeedGraph(db: Executor, rows: GraphRows, opts: SeedWriteOptions = {}): Promise<SeedWriteSummary> {
  const size = opts.batchSize ?? 500;
  const part = opts.scope === 'part';
  return db.writeTransaction(
    async (run) => {
      const overridden: string[] = [];
      const current = part ? currentOfPart(run, rows) : currentOfAll(run);
      const [currentDocs, currentEntities, currentRels, currentMentions, currentFacts, currentDisputes] = [
        await current.documents(),
        await current.entities(),
        await current.relationships(),
        await current.mentions(),
        await current.facts(),
        await current.disputes(),
      ];

      // An entity an API relationship still uses stays, even when the seed no longer names it.
      const apiUsed = new Set(currentRels.filter((r) => r.origin !== VIA).flatMap((r) => [r.source, r.target]));
      const docs = diffAnchors(rows.documents, currentDocs, new Set(), overridden, part);
      const entities = diffAnchors(rows.entities, currentEntities, apiUsed, overridden, part);

      const relByKey = new Map(currentRels.map((r) => [r.key, r]));
      const relWrite = rows.relationships.filter((r) => {
        const cur = relByKey.get(r.key);
        if (!cur) return true;
        if (cur.origin !== VIA || cur.editedVia !== VIA) {
          if (cur.h !== r.h) overridden.push(r.key);
          return false;
        }
        return cur.h !== r.h;
      });
      const wantedRels = new Set(rows.relationships.map((r) => r.key));
      const relEnd = part ? [] : currentRels.filter((c) => c.origin === VIA && c.editedVia === VIA && !wantedRels.has(c.key)).map((c) => c.key);

      const mentionNow = new Set(currentMentions.map(pairKey));
      const mentionWanted = new Set(rows.mentions.map(pairKey));
      const mentionAdd = rows.mentions.filter((m) => !mentionNow.has(pairKey(m)));
      const mentionEnd = part ? [] : currentMentions.filter((m) => !mentionWanted.has(pairKey(m)));

      const factNow = new Map(currentFacts.map((f) => [f.key, f.h]));
      const factWrite = rows.facts.filter((f) => factNow.get(f.props.key as string) !== f.h);
      const factWanted = new Set(rows.facts.map((f) => f.props.key as string));
      const factEnd = part ? [] : currentFacts.filter((f) => !factWanted.has(f.key)).map((f) => f.key);

      const disputeNow = new Map(currentDisputes.map((d) => [d.key, d.h]));
      const disputeWrite = rows.disputes.filter((d) => disputeNow.get(d.props.key as string) !== d.h);
      const disputeWanted = new Set(rows.disputes.map((d) => d.props.key as string));
      const disputeEnd = part ? [] : currentDisputes.filter((d) => !disputeWanted.has(d.key)).map((d) => d.key);

      const changed = {
        documents: docs.write.length + docs.retire.length,
        entities: entities.write.length + entities.retire.length,
        relationships: relWrite.length + relEnd.length,
        mentions: mentionAdd.length + mentionEnd.length,
        facts: factWrite.length + factEnd.length,
        disputes: disputeWrite.length + disputeEnd.length,
      };
      const counts = async (version?: number) => (part ? partCounts(rows) : graphCounts(run, version));
      if (Object.values(changed).every((n) => n === 0)) {
        return { version: null, ...(await counts()), changed, overridden };
      }

      const v = await beginVersion(run, SEED_LOAD_VERSION.actor, SEED_LOAD_VERSION.action);
      const history = opts.history ?? 'records';
      const changes: ChangeRecord[] = [];
      if (history === 'records') {
        const before = async (statement: StatementFor, keys: string[]) => {
          const found = new Map<string, Record<string, unknown>>();
          for (let i = 0; i < keys.length; i += size) {
            for (const row of await run<{ key: string; props: Record<string, unknown> }>(statement({ keys: keys.slice(i, i + size) }))) found.set(row.key, row.props);
          }
          return found;
        };
        const docBefore = await before(anchors('Document', 'props'), [...docs.write.map((d) => d.key), ...docs.retire]);
        const entityBefore = await before(anchors('Entity', 'props'), [...entities.write.map((e) => e.key), ...entities.retire]);
        const relBefore = await before(file('write/relationship-props'), [...relWrite.map((r) => r.key), ...relEnd]);
        for (const d of docs.write) changes.push({ action: 'ADD_DOCUMENT', subjectKind: 'DOCUMENT', subject: d.key, before: changeJson(docBefore.get(d.key)), after: changeJson(d.props) });
        for (const k of docs.retire) changes.push({ action: 'REMOVE_DOCUMENT', subjectKind: 'DOCUMENT', subject: k, before: changeJson(docBefore.get(k)), after: null });
        for (const e of entities.write) changes.push({ action: 'UPSERT_ENTITY', subjectKind: 'ENTITY', subject: e.key, before: changeJson(entityBefore.get(e.key)), after: changeJson(e.props) });
        for (const k of entities.retire) changes.push({ action: 'REMOVE_ENTITY', subjectKind: 'ENTITY', subject: k, before: changeJson(entityBefore.get(k)), after: null });
        for (const r of relWrite) {
          const old = relBefore.get(r.key);
          changes.push({ action: old ? 'UPDATE_RELATIONSHIP' : 'ADD_RELATIONSHIP', subjectKind: 'RELATIONSHIP', subject: r.key, before: changeJson(old), after: changeJson({ ...r.props, source: r.source, target: r.target }) });
        }
        for (const k of relEnd) changes.push({ action: 'REMOVE_RELATIONSHIP', subjectKind: 'RELATIONSHIP', subject: k, before: changeJson(relBefore.get(k)), after: null });
        for (const d of disputeWrite) changes.push({ action: 'UPSERT_DISPUTE', subjectKind: 'DISPUTE', subject: d.props.key as string, before: null, after: changeJson({ ...d.props, claims: d.claims.map((c) => changeJson(c)) }) });
        for (const k of disputeEnd) changes.push({ action: 'REMOVE_DISPUTE', subjectKind: 'DISPUTE', subject: k, before: null, after: null });
      } else {
        changes.push(seedLoadSummaryChange(changed));
      }

      const params = { v: v.version, via: VIA };
      await batched(run, anchors('Document', 'upsert'), docs.write, size, params);
      await batched(run, anchors('Entity', 'upsert'), entities.write, size, params);
      await batched(run, file('write/write-relationships'), relWrite, size, params);
      await batchedKeys(run, file('write/end-relationships'), relEnd, size, params);
      await batched(run, file('write/end-mentions'), mentionEnd, size, params);
      await batched(run, file('write/write-mentions'), mentionAdd, size, params);
      await batched(run, file('write/write-facts'), factWrite, size, params);
      await batchedKeys(run, file('write/end-facts'), factEnd, size, params);
      await batched(run, file('write/write-disputes'), disputeWrite, size, params);
      await batchedKeys(run, file('write/end-disputes'), disputeEnd, size, params);
      // Anchors retire last, after everything that pointed at them has ended.
      await batchedKeys(run, anchors('Entity', 'retire'), entities.retire, size, params);
      await batchedKeys(run, anchors('Document', 'retire'), docs.retire, size, params);
      await recordChanges(run, v, changes);
      return { version: v.version, ...(await counts(v.version)), changed, overridden };
    },
    { timeoutMs: opts.timeoutMs ?? 600_000 },
  );
}

function partCounts(rows: GraphRows) {
  return { entities: rows.entities.length, relationships: rows.relationships.length, documents: rows.documents.length, disputes: rows.disputes.length };
}

async function graphCounts(run: TxRunner, version?: number) {
  const [row] = await run<{ entities: number; relationships: number; documents: number; disputes: number }>(named('write/graph-counts', { v: version ?? Number.MAX_SAFE_INTEGER }));
  return row!;
}
