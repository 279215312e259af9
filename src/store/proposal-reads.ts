import type { IngestInput } from '../ingest/input.js';
import { readProposal, type ProposalStatus, type StoredProposal } from '../ingest/stored-proposals.js';
import type { Category } from '../model/categories.js';
import type { EntityKind } from '../model/seed-schema.js';
import { temporalValueOf, type Props } from '../model/stored-temporal.js';
import { named, type Executor } from './executor.js';

/** A stored document as the engine needs it, or why it cannot be read. */
export type IngestSource = { input: IngestInput; text: string; names: Map<string, string> } | { missing: true } | { noText: true };

/**
 * Everything the engine reads for one document: its text, body and publication date, every
 * current entity, and the current relationships a proposal might duplicate. Read at the request's
 * graph version, in parallel.
 */
export async function ingestSource(db: Executor, doc: string): Promise<IngestSource> {
  const [docs, entities, relationships] = await Promise.all([
    db.read<{ props: Props }>(named('proposals/ingest-document', { key: doc })),
    db.read<{ key: string; name: string; kind: EntityKind; aliases: string[]; orgType: string | null }>(named('proposals/known-entities')),
    db.read<{ key: string; type: string; category: Category; source: string; target: string; cameo: string | null }>(named('proposals/existing-relationships')),
  ]);
  const props = docs[0]?.props;
  if (!props) return { missing: true };
  const text = typeof props.text === 'string' ? props.text : '';
  if (!text) return { noText: true };
  const starts = (props.bodyStarts as number[] | undefined) ?? [];
  const ends = (props.bodyEnds as number[] | undefined) ?? [];
  const publishedOn = temporalValueOf(props, 'published');
  const input: IngestInput = {
    text,
    documentKey: doc,
    ...(publishedOn ? { publishedOn } : {}),
    ...(starts.length ? { body: starts.map((start, i) => ({ start, end: ends[i]! })) } : {}),
    // The stored language is the client's claim (default "en"); the engine checks the text itself.
    knownEntities: entities.map((e) => ({ key: e.key, name: e.name, kind: e.kind, aliases: e.aliases, ...(e.orgType ? { orgType: e.orgType } : {}) })),
    existingRelationships: relationships.map((r) => ({ key: r.key, type: r.type, category: r.category, source: r.source, target: r.target, ...(r.cameo ? { cameo: r.cameo } : {}) })),
  };
  return { input, text, names: new Map(entities.map((e) => [e.key, e.name])) };
}

export async function proposalsByIds(db: Executor, ids: readonly string[]): Promise<(StoredProposal | null)[]> {
  const rows = await db.read<{ props: Props }>(named('proposals/by-id', { ids: [...ids] }));
  const found = new Map(rows.map((r) => [r.props.id as string, readProposal(r.props)]));
  return ids.map((id) => found.get(id) ?? null);
}

export interface ProposalPageRequest {
  doc: string | null;
  status: ProposalStatus | null;
  first: number;
  after: string | null;
  withTotal: boolean;
}

/** One page in reading order, one more row than asked to know whether another page follows. */
export async function proposalsPage(db: Executor, req: ProposalPageRequest): Promise<{ items: StoredProposal[]; hasNextPage: boolean; total: number | null }> {
  const filter = { doc: req.doc, status: req.status };
  const [rows, count] = await Promise.all([
    db.read<{ props: Props }>(named('proposals/page', { ...filter, after: req.after, limit: req.first + 1 })),
    req.withTotal ? db.read<{ n: number }>(named('proposals/count', filter)) : Promise.resolve(null),
  ]);
  return { items: rows.slice(0, req.first).map((r) => readProposal(r.props)), hasNextPage: rows.length > req.first, total: count ? (count[0]?.n ?? 0) : null };
}
