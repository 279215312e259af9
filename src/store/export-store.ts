import { BadInputError } from '../errors.js';
import { readEvidence, type EvidenceItem } from '../model/stored-evidence.js';
import { temporalPropNames, type Props } from '../model/stored-temporal.js';
import type { Executor } from './executor.js';
import type { DocumentRow, EntityRow, RelRow } from './read-store.js';
import { exportEdgesText, exportNodesText } from './translate/export.js';
import { exportDisputesText, exportDocumentsText, exportFactsText } from './translate/export-tables.js';
import { entitiesByKeysText } from './translate/lookups.js';
import { filterParams, NO_FILTER, type RelationshipFilter, type Window } from './translate/relationship-filter.js';

/** What narrows an export; every field absent means the whole graph. */
export interface ExportFilter {
  categories?: string[] | undefined;
  during?: { fromMs: number | null; toMs: number | null } | undefined;
  /** With `during`: keep undated edges too. */
  includeUndated?: boolean | undefined;
  /** Only edges with evidence from a document published (to the end of its date) by this instant. */
  asOfMs?: number | undefined;
  /** Entity keys: only edges with one of them at either end. */
  involving?: string[] | undefined;
}

/** Rows carry `evKnown` under asOf: the evidence documents published by then. */
type Evidenced = Props & { evKnown?: string[] };
export type FactRow = Evidenced & { key: string; entity: string };
export type ClaimRow = Evidenced & { key: string };
export interface DisputeRow {
  dispute: Props & { key: string };
  claims: ClaimRow[];
}
export type NodeRow = EntityRow & { labels: string[] };

export interface ExportData {
  nodes: NodeRow[];
  edges: RelRow[];
  /** Read only when asked for: see ExportPart. */
  documents: DocumentRow[];
  facts: FactRow[];
  disputes: DisputeRow[];
}

/**
 * What a format needs besides the edges and nodes: documents (for evidence reliability and the
 * documents table), facts and disputes. Unfiltered, the documents are every document; filtered,
 * those the export's evidence cites, so facts and disputes must be read for a complete list.
 */
export type ExportPart = 'documents' | 'facts' | 'disputes';

/** Every stored entity property an export writes. */
const DATE_PREFIXES = ['when', 'until', 'releasedOn', 'adoptedOn', 'awardedOn'] as const;
const NODE_PROPS = [
  'name',
  'aliases',
  'description',
  'orgType',
  'country',
  'nationality',
  'developer',
  'eventType',
  'place',
  'policyType',
  'issuer',
  'valueAmount',
  'valueCurrency',
  'valueBound',
  ...DATE_PREFIXES.flatMap(temporalPropNames),
];

const DOCUMENT_PROPS = [
  'sha256',
  'title',
  'originalTitle',
  'publisher',
  'author',
  'translator',
  'url',
  'language',
  'genre',
  'reliability',
  'reliabilityReason',
  'hasText',
  ...temporalPropNames('published'),
];

function toFilter(f: ExportFilter): RelationshipFilter {
  const window: Window | null = f.during ? { fromMs: f.during.fromMs, toMs: f.during.toMs, includeUndated: f.includeUndated ?? false } : null;
  return {
    ...NO_FILTER,
    categories: f.categories?.length ? f.categories : null,
    window,
    asOfMs: f.asOfMs ?? null,
    involving: f.involving?.length ? f.involving : null,
  };
}

function isFiltered(f: ExportFilter): boolean {
  return f.categories !== undefined || f.during !== undefined || f.asOfMs !== undefined || f.involving !== undefined;
}

/**
 * The entities `involving` names, as their current keys (a merged entity's key resolves to the
 * entity it was merged into). A key that names no entity is the client's mistake: 400, naming it.
 */
async function resolveInvolving(db: Executor, keys: string[]): Promise<string[]> {
  const rows = await db.read<{ key: string; entity: EntityRow }>({ name: 'export-involving', text: entitiesByKeysText([]), params: { keys } });
  const found = new Map(rows.map((r) => [r.key, r.entity.key]));
  const missing = keys.filter((k) => !found.has(k));
  if (missing.length) {
    throw new BadInputError(`involving: no entity has the key ${missing.map((k) => JSON.stringify(k)).join(', ')}`, { keys: missing });
  }
  return [...new Set(keys.map((k) => found.get(k)!))];
}

/**
 * The data an export writes, read at one graph version: the selected edges and, when anything is
 * filtered, only their endpoints (and the entities `involving` names); unfiltered, every entity
 * (isolated ones included). Facts are those of the exported entities; disputes those concerning
 * an exported entity or relationship. Under asOf, evidence names only documents published by then
 * (see servedEvidence), and facts and claims without such evidence are left out.
 */
export async function readExport(db: Executor, filter: ExportFilter, parts: ReadonlySet<ExportPart>): Promise<ExportData> {
  const involving = filter.involving?.length ? await resolveInvolving(db, filter.involving) : undefined;
  const rf = toFilter({ ...filter, involving });
  const filtered = isFiltered(filter);
  const edges = (await db.read<{ rel: RelRow }>({ name: 'export-edges', text: exportEdgesText(rf), params: filterParams(rf) })).map((r) => r.rel);
  const nodeKeys = filtered ? [...new Set([...(involving ?? []), ...edges.flatMap((e) => [e.source, e.target])])] : null;
  const data: ExportData = { nodes: [], edges, documents: [], facts: [], disputes: [] };
  if (nodeKeys?.length === 0) return data;

  const keys = (list: string[] | null) => (list ? { keys: list } : {});
  const [nodes, facts, disputes] = await Promise.all([
    db.read<{ entity: EntityRow; labels: string[] }>({ name: 'export-nodes', text: exportNodesText(nodeKeys !== null, NODE_PROPS), params: keys(nodeKeys) }),
    parts.has('facts') || (filtered && parts.has('documents'))
      ? db.read<{ fact: FactRow }>({ name: 'export-facts', text: exportFactsText(nodeKeys !== null, rf), params: { ...filterParams(rf), ...keys(nodeKeys) } })
      : [],
    parts.has('disputes') || (filtered && parts.has('documents'))
      ? db.read<DisputeRow>({
          name: 'export-disputes',
          text: exportDisputesText(nodeKeys !== null, rf.asOfMs !== null),
          params: { ...(rf.asOfMs !== null ? { asOfMs: rf.asOfMs } : {}), ...keys(nodeKeys && [...nodeKeys, ...edges.map((e) => e.key)]) },
        })
      : [],
  ]);
  data.nodes = nodes.map((n) => ({ ...n.entity, labels: n.labels }));
  data.facts = facts.map((f) => f.fact);
  data.disputes = disputes;
  if (parts.has('documents')) {
    const cited = filtered ? [...new Set([...edges, ...data.facts, ...disputes.flatMap((d) => d.claims)].flatMap((x) => servedEvidence(x).map((ev) => ev.doc)))] : null;
    if (cited?.length !== 0) {
      const rows = await db.read<{ document: DocumentRow }>({ name: 'export-documents', text: exportDocumentsText(cited !== null, DOCUMENT_PROPS), params: keys(cited) });
      data.documents = rows.map((r) => r.document);
    }
  }
  return data;
}

/** A row's evidence as served: under asOf, only the pieces from documents published by then. */
export function servedEvidence(row: Evidenced): EvidenceItem[] {
  const items = readEvidence(row);
  return row.evKnown ? items.filter((ev) => row.evKnown!.includes(ev.doc)) : items;
}
