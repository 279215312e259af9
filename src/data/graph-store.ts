import type { Executor } from './executor.js';
import { decodeCursor, encodeCursor, filterParams, windowParams, dayEndMs, UNDATED_SORT, type DateRangeInput, type RelationshipFilter } from './filters.js';
import {
  disputeRow,
  documentRow,
  entityRow,
  factsRow,
  keyedPageRow,
  keyListRow,
  keyRow,
  pageRow,
  pathRow,
  quoteRow,
  relationshipRow,
  searchRow,
  type DisputeOut,
  type DocumentOut,
  type EntityOut,
  type FactOut,
  type RelationshipOut,
} from './rows.js';

/**
 * The data-access module: every read the API makes, by name. Resolvers call these (through
 * per-request DataLoaders for loads by key) and never see Cypher.
 */

export interface Page {
  total: number;
  items: { node: RelationshipOut; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

function byKey<T extends { key: string }>(keys: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.key, r]));
  return keys.map((k) => map.get(k) ?? null);
}

function toPage(total: number, raw: { rel: unknown; type: string; source: string; target: string; sortMs: number }[], first: number, after: string | null | undefined): Page {
  const rows = raw.slice(0, first).map((r) => ({ node: relationshipRow.parse(r), cursor: encodeCursor(r.sortMs, (r.rel as { key: string }).key) }));
  return { total, items: rows, hasNextPage: raw.length > first, hasPreviousPage: !!after };
}

export async function entitiesByKeys(db: Executor, keys: readonly string[]): Promise<(EntityOut | null)[]> {
  const rows = await db.read('queries/entities-by-keys', { keys: [...keys] }, entityRow);
  return byKey(keys, rows.map((r) => r.entity));
}

export async function relationshipsByKeys(db: Executor, keys: readonly string[]): Promise<(RelationshipOut | null)[]> {
  return byKey(keys, await db.read('queries/relationships-by-keys', { keys: [...keys] }, relationshipRow));
}

export async function documentsByKeys(db: Executor, keys: readonly string[]): Promise<(DocumentOut | null)[]> {
  const rows = await db.read('queries/documents-by-keys', { keys: [...keys] }, documentRow);
  return byKey(keys, rows.map((r) => r.document));
}

export async function allDocuments(db: Executor): Promise<DocumentOut[]> {
  return (await db.read('queries/documents-all', {}, documentRow)).map((r) => r.document);
}

/** Quotes for spans "doc:start:end"; null where the service does not hold the document's text. */
export async function quotes(db: Executor, ids: readonly string[]): Promise<(string | null)[]> {
  const spans = ids.map((id) => {
    const [doc, start, end] = id.split(':');
    return { id, doc, start: Number(start), end: Number(end) };
  });
  const rows = await db.read('queries/quotes', { spans }, quoteRow);
  const map = new Map(rows.map((r) => [r.id, r.quote]));
  return ids.map((id) => map.get(id) ?? null);
}

export async function documentKeysOfEntities(db: Executor, keys: readonly string[]): Promise<string[][]> {
  const rows = await db.read('queries/entity-documents', { keys: [...keys] }, keyListRow('documents'));
  const map = new Map(rows.map((r) => [r.key, r.documents as string[]]));
  return keys.map((k) => map.get(k) ?? []);
}

export async function entityKeysOfDocuments(db: Executor, keys: readonly string[]): Promise<string[][]> {
  const rows = await db.read('queries/document-entities', { keys: [...keys] }, keyListRow('entities'));
  const map = new Map(rows.map((r) => [r.key, r.entities as string[]]));
  return keys.map((k) => map.get(k) ?? []);
}

export async function factsOfEntities(db: Executor, keys: readonly string[]): Promise<FactOut[][]> {
  const rows = await db.read('queries/entity-facts', { keys: [...keys] }, factsRow);
  const map = new Map(rows.map((r) => [r.key, r.facts]));
  return keys.map((k) => map.get(k) ?? []);
}

export async function disputeKeysAbout(db: Executor, keys: readonly string[]): Promise<string[][]> {
  const rows = await db.read('queries/disputes-about', { keys: [...keys] }, keyListRow('disputes'));
  const map = new Map(rows.map((r) => [r.key, r.disputes as string[]]));
  return keys.map((k) => map.get(k) ?? []);
}

export async function allDisputes(db: Executor): Promise<DisputeOut[]> {
  return db.read('queries/disputes-all', {}, disputeRow);
}

export async function disputesByKeys(db: Executor, keys: readonly string[]): Promise<(DisputeOut | null)[]> {
  return byKey(keys, await db.read('queries/disputes-by-keys', { keys: [...keys] }, disputeRow));
}

/** Keys of the documents certainly published by the end of `asOf` (UTC). */
export async function documentsKnownAsOf(db: Executor, asOf: string): Promise<string[]> {
  return (await db.read('queries/known-documents', { asOfEndMs: dayEndMs(asOf) }, keyRow)).map((r) => r.key);
}

export async function relationshipPage(db: Executor, filter: RelationshipFilter, first: number, after: string | null | undefined): Promise<Page> {
  const [row] = await db.read('queries/relationships-page', { ...filterParams(filter), ...decodeCursor(after), limit: first + 1 }, pageRow);
  return toPage(row?.total ?? 0, row?.page ?? [], first, after);
}

/** Entity.relationships for many entities with the same arguments, in one round trip. */
export async function relationshipPagesOfEntities(
  db: Executor,
  keys: readonly string[],
  filter: RelationshipFilter,
  first: number,
  after: string | null | undefined,
): Promise<Page[]> {
  const rows = await db.read('queries/entity-relationships-page', { keys: [...keys], ...filterParams(filter), ...decodeCursor(after), limit: first + 1 }, keyedPageRow);
  const map = new Map(rows.map((r) => [r.key, r]));
  return keys.map((k) => toPage(map.get(k)?.total ?? 0, map.get(k)?.page ?? [], first, after));
}

/** Up to `limit` full-text candidates with their names, for re-ranking (src/search/rerank.ts). */
export async function search(db: Executor, query: string, kinds: readonly string[] | null, limit: number) {
  return db.read('queries/search', { query, kinds: kinds?.length ? [...kinds] : null, limit }, searchRow);
}

export interface PathsInput {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  during: DateRangeInput | null;
  timeRespecting: boolean;
  knownDocs: readonly string[] | null;
}

export async function paths(db: Executor, p: PathsInput) {
  return db.read(
    'queries/paths',
    { from: p.from, to: p.to, maxHops: p.maxHops, first: p.first, timeRespecting: p.timeRespecting, knownDocs: p.knownDocs ? [...p.knownDocs] : null, ...windowParams(p.during) },
    pathRow,
  );
}

export interface NeighborhoodInput {
  key: string;
  depth: number;
  limit: number;
  during: DateRangeInput | null;
  categories: readonly string[] | null;
  knownDocs: readonly string[] | null;
}

/**
 * Breadth-first, one round trip per hop (at most three). Nodes are capped at `limit`; a
 * relationship is kept when both its ends are kept.
 */
export async function neighborhood(db: Executor, n: NeighborhoodInput) {
  const nodes = new Set<string>([n.key]);
  const rels = new Map<string, RelationshipOut>();
  let frontier = [n.key];
  let truncated = false;
  for (let hop = 0; hop < n.depth && frontier.length > 0; hop++) {
    const rows = await db.read(
      'queries/neighborhood-hop',
      { frontier, categories: n.categories?.length ? [...n.categories] : null, knownDocs: n.knownDocs ? [...n.knownDocs] : null, undatedSort: UNDATED_SORT, ...windowParams(n.during) },
      relationshipRow,
    );
    const next: string[] = [];
    for (const r of rows) {
      for (const end of [r.source, r.target]) {
        if (nodes.has(end)) continue;
        if (nodes.size >= n.limit) {
          truncated = true;
          continue;
        }
        nodes.add(end);
        next.push(end);
      }
      if (nodes.has(r.source) && nodes.has(r.target)) rels.set(r.key, r);
    }
    frontier = next;
  }
  return { nodeKeys: [...nodes], relationships: [...rels.values()], truncated };
}
