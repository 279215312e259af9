import type { Props } from '../model/stored-temporal.js';
import { named, type Executor, type Statement } from './executor.js';
import { allDocumentsText, documentsByKeysText, entitiesByKeysText, relationshipsByKeysText } from './translate/lookups.js';
import { neighborhoodText } from './translate/neighborhood.js';
import { pathsText } from './translate/paths.js';
import type { Projection } from './translate/projection.js';
import { filterParams, type RelationshipFilter } from './translate/relationship-filter.js';
import { relationshipPageText } from './translate/relationship-page.js';
import { searchText } from './translate/search.js';
import { changesPageText } from './translate/changes.js';

/**
 * The read side of the store: every read the API makes, by name. Each returns plain rows (the
 * stored properties the operation selected) and, where rows point at entities or documents, side
 * tables of those, so the GraphQL layer can answer nested fields without another round trip.
 */

/** A relationship as read: stored properties plus its endpoints' keys. */
export type RelRow = Props & { key: string; type: string; sortMs: number; source: string; target: string; via?: string[]; evKnown?: string[] };
export type EntityRow = Props & { key: string; kind: string };
export type DocumentRow = Props & { key: string };

export interface SideTables {
  entities: EntityRow[];
  documents: DocumentRow[];
}

export interface PageRequest {
  filter: RelationshipFilter;
  first: number;
  after: { sortMs: number; key: string } | null;
  withTotal: boolean;
  projection: Projection;
}

export interface PageRows extends SideTables {
  /** Null when the total was not asked for. */
  total: number | null;
  items: RelRow[];
  hasNextPage: boolean;
}

const stmt = (name: string, text: string, params: Record<string, unknown>): Statement => ({ name, text, params });

function pageParams(p: PageRequest): Record<string, unknown> {
  return {
    ...filterParams(p.filter),
    limit: p.first + 1,
    ...(p.after ? { afterSort: p.after.sortMs, afterKey: p.after.key } : {}),
  };
}

function toPageRows(raw: { total?: number; page: RelRow[]; entities?: EntityRow[]; documents?: DocumentRow[] }, first: number): PageRows {
  return {
    total: raw.total ?? null,
    items: raw.page.slice(0, first),
    hasNextPage: raw.page.length > first,
    entities: raw.entities ?? [],
    documents: raw.documents ?? [],
  };
}

/** Keys named in the filter that do not exist (checked inside the same statement). */
function missingKeys(f: RelationshipFilter, found: string[] | undefined): string[] {
  if (!found) return [];
  const present = new Set(found);
  return [f.source, f.target, ...(f.involving ?? [])].filter((k): k is string => k !== null && !present.has(k));
}

export async function relationshipPage(db: Executor, p: PageRequest): Promise<{ rows: PageRows; missing: string[] }> {
  const text = relationshipPageText({ filter: p.filter, batched: false, withTotal: p.withTotal, withCursor: p.after !== null, projection: p.projection });
  const [raw] = await db.read<{ found?: string[]; total?: number; page: RelRow[]; entities?: EntityRow[]; documents?: DocumentRow[] }>(stmt('relationship-page', text, pageParams(p)));
  return { rows: toPageRows(raw!, p.first), missing: missingKeys(p.filter, raw!.found) };
}

/** Entity.relationships for many entities with the same arguments, in one round trip. */
export async function relationshipPagesOfEntities(
  db: Executor,
  keys: readonly string[],
  p: PageRequest,
): Promise<{ pages: Map<string, { anchor: EntityRow | null; rows: PageRows }>; missing: string[] }> {
  const text = relationshipPageText({ filter: p.filter, batched: true, withTotal: p.withTotal, withCursor: p.after !== null, projection: p.projection });
  const raw = await db.read<{ key: string; anchor: EntityRow | null; found?: string[]; total?: number; page: RelRow[]; entities?: EntityRow[]; documents?: DocumentRow[] }>(
    stmt('entity-relationship-pages', text, { ...pageParams(p), keys: [...keys] }),
  );
  const pages = new Map(raw.map((r) => [r.key, { anchor: r.anchor, rows: toPageRows(r, p.first) }]));
  return { pages, missing: missingKeys(p.filter, raw[0]?.found) };
}

function byKey<T>(keys: readonly string[], rows: { key: string; value: T }[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Entities by key; a merged entity's key gives the entity it was merged into. */
export async function entitiesByKeys(db: Executor, keys: readonly string[], props: readonly string[]): Promise<(EntityRow | null)[]> {
  const rows = await db.read<{ key: string; entity: EntityRow }>(stmt('entities-by-keys', entitiesByKeysText(props), { keys: [...keys] }));
  return byKey(keys, rows.map((r) => ({ key: r.key, value: r.entity })));
}

export async function relationshipsByKeys(db: Executor, keys: readonly string[], projection: Projection): Promise<(RelRow | null)[]> {
  const rows = await db.read<{ rel: RelRow }>(stmt('relationships-by-keys', relationshipsByKeysText(projection), { keys: [...keys] }));
  return byKey(keys, rows.map((r) => ({ key: r.rel.key, value: r.rel })));
}

export async function documentsByKeys(db: Executor, keys: readonly string[], props: readonly string[]): Promise<(DocumentRow | null)[]> {
  const rows = await db.read<{ document: DocumentRow }>(stmt('documents-by-keys', documentsByKeysText(props), { keys: [...keys] }));
  return byKey(keys, rows.map((r) => ({ key: r.document.key, value: r.document })));
}

/** Documents oldest publication first (undated last), then by key; `after` is the key of the last one seen. */
export async function allDocuments(db: Executor, props: readonly string[], limit: number, after: string | null): Promise<DocumentRow[]> {
  const rows = await db.read<{ document: DocumentRow; afterFound?: boolean }>(stmt('all-documents', allDocumentsText(props, after !== null), { limit, ...(after !== null ? { after } : {}) }));
  return rows.map((r) => r.document);
}

async function keyLists(db: Executor, name: string, field: string, keys: readonly string[], limit: number): Promise<string[][]> {
  const rows = await db.read<Record<string, unknown>>(named(name, { keys: [...keys], limit }));
  return byKey(keys, rows.map((r) => ({ key: r.key as string, value: r[field] as string[] }))).map((v) => v ?? []);
}

export const entityKeysOfDocuments = (db: Executor, keys: readonly string[], limit: number) => keyLists(db, 'queries/document-entities', 'entities', keys, limit);
export const documentKeysOfEntities = (db: Executor, keys: readonly string[], limit: number) => keyLists(db, 'queries/entity-documents', 'documents', keys, limit);
export const disputeKeysAbout = (db: Executor, keys: readonly string[], limit: number) => keyLists(db, 'queries/disputes-about', 'disputes', keys, limit);

export async function factsOfEntities(db: Executor, keys: readonly string[], limit: number): Promise<Props[][]> {
  const rows = await db.read<{ key: string; facts: Props[] }>(named('queries/entity-facts', { keys: [...keys], limit }));
  return byKey(keys, rows.map((r) => ({ key: r.key, value: r.facts }))).map((v) => v ?? []);
}

export interface DisputeRows {
  dispute: Props & { key: string };
  claims: Props[];
}

export async function disputesByKeys(db: Executor, keys: readonly string[]): Promise<(DisputeRows | null)[]> {
  const rows = await db.read<DisputeRows>(named('queries/disputes-by-keys', { keys: [...keys] }));
  return byKey(keys, rows.map((r) => ({ key: r.dispute.key, value: r })));
}

/** Disputes by key; `after` is the key of the last one seen. */
export async function allDisputes(db: Executor, limit: number, after: string | null): Promise<DisputeRows[]> {
  return db.read<DisputeRows>(named('queries/disputes-all', { limit, after }));
}

export interface SearchCandidate {
  key: string;
  name: string;
  aliases: string[];
  family: string | null;
  score: number;
  entity: EntityRow;
}

/** Up to `limit` full-text candidates with their names and projected entities, for re-ranking. */
export async function searchCandidates(db: Executor, query: string, kinds: readonly string[] | null, limit: number, props: readonly string[]): Promise<SearchCandidate[]> {
  const withKinds = !!kinds?.length;
  return db.read<SearchCandidate>(stmt('search', searchText(withKinds, props), { query, limit, ...(withKinds ? { kinds: [...kinds!] } : {}) }));
}

export interface NeighborhoodRequest {
  key: string;
  depth: number;
  limit: number;
  filter: RelationshipFilter;
  projection: Projection;
}

export interface NeighborhoodRows extends SideTables {
  nodes: string[];
  rels: RelRow[];
  truncated: boolean;
}

/** Null when the entity does not exist. */
export async function neighborhood(db: Executor, n: NeighborhoodRequest): Promise<NeighborhoodRows | null> {
  const text = neighborhoodText({ filter: n.filter, depth: n.depth, projection: n.projection });
  const [row] = await db.read<NeighborhoodRows>(stmt('neighborhood', text, { ...filterParams(n.filter), key: n.key, limit: n.limit }));
  if (!row) return null;
  return { ...row, documents: row.documents ?? [] };
}

export interface PathsRequest {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  timeRespecting: boolean;
  filter: RelationshipFilter;
  projection: Projection;
}

export interface PathRow {
  nodes: string[];
  keys: string[];
  rows: RelRow[];
}

export async function paths(db: Executor, p: PathsRequest): Promise<{ paths: PathRow[]; missing: string[] } & SideTables> {
  const text = pathsText({ filter: p.filter, maxHops: p.maxHops, timeRespecting: p.timeRespecting, projection: p.projection });
  const [row] = await db.read<{ fromFound: boolean; toFound: boolean; paths: PathRow[]; entities?: EntityRow[]; documents?: DocumentRow[] }>(
    stmt('paths', text, { ...filterParams(p.filter), from: p.from, to: p.to, limit: p.first }),
  );
  const missing = [...(row!.fromFound ? [] : [p.from]), ...(row!.toFound ? [] : [p.to])];
  return { paths: row!.paths, missing, entities: row!.entities ?? [], documents: row!.documents ?? [] };
}

/** The graph version as recorded at an instant (recordedAsOf). */
export async function versionAt(db: Executor, atMs: number): Promise<number> {
  const [row] = await db.read<{ version: number }>(named('queries/version-at', { atMs }));
  return row?.version ?? 0;
}

export interface ChangeRow {
  id: string;
  version: number;
  idx: number;
  at: string;
  atMs: number;
  actor: string;
  action: string;
  subject: string;
  subjectKind: string;
  before: string | null;
  after: string | null;
}

export async function changesPage(
  db: Executor,
  req: { sinceMs: number | null; subject: string | null; first: number; after: { version: number; idx: number } | null; withTotal: boolean },
): Promise<{ items: ChangeRow[]; hasNextPage: boolean; total: number | null }> {
  const shape = { since: req.sinceMs !== null, subject: req.subject !== null, after: req.after !== null };
  const params: Record<string, unknown> = { limit: req.first + 1 };
  if (req.sinceMs !== null) params.sinceMs = req.sinceMs;
  if (req.subject !== null) params.subject = req.subject;
  if (req.after) Object.assign(params, { afterVersion: req.after.version, afterIdx: req.after.idx });
  const [row] = await db.read<{ page: ChangeRow[]; total?: number }>(stmt('changes', changesPageText(shape, req.withTotal), params));
  return { items: row!.page.slice(0, req.first), hasNextPage: row!.page.length > req.first, total: row!.total ?? null };
}

export async function changesByIds(db: Executor, ids: readonly string[]): Promise<(ChangeRow | null)[]> {
  const rows = await db.read<{ change: ChangeRow }>(named('queries/changes-by-ids', { ids: [...ids] }));
  return byKey(ids, rows.map((r) => ({ key: r.change.id, value: r.change })));
}
