import type { Props } from '../model/stored-temporal.js';
import type { Executor } from './executor.js';
import type { EntityRow, RelRow } from './read-store.js';
import { exportEdgesText, exportNodesText } from './translate/export.js';
import { filterParams, NO_FILTER, type RelationshipFilter, type Window } from './translate/relationship-filter.js';

/** What narrows an export; every field absent means the whole graph. */
export interface ExportFilter {
  categories?: string[] | undefined;
  during?: { fromMs: number | null; toMs: number | null } | undefined;
  /** With `during`: keep undated edges too. */
  includeUndated?: boolean | undefined;
  /** Only edges with evidence from a document published (to the end of its date) by this instant. */
  asOfMs?: number | undefined;
}

export interface ExportGraph {
  nodes: (EntityRow & { labels: string[] })[];
  edges: RelRow[];
}

/** Every stored entity property an export writes. */
const NODE_PROPS = ['name', 'aliases', 'description', 'orgType', 'country', 'nationality', 'developer', 'eventType', 'place', 'policyType', 'issuer', 'whenIso', 'releasedOnIso', 'adoptedOnIso', 'awardedOnIso', 'valueAmount', 'valueCurrency'];

function toFilter(f: ExportFilter): RelationshipFilter {
  const window: Window | null = f.during ? { fromMs: f.during.fromMs, toMs: f.during.toMs, includeUndated: f.includeUndated ?? false } : null;
  return { ...NO_FILTER, categories: f.categories?.length ? f.categories : null, window, asOfMs: f.asOfMs ?? null };
}

function isFiltered(f: ExportFilter): boolean {
  return f.categories !== undefined || f.during !== undefined || f.asOfMs !== undefined;
}

/**
 * The graph an export writes: the selected edges and, when anything is filtered, only their
 * endpoints; unfiltered, every entity (isolated ones included). Under asOf, an edge's evidence
 * names only documents published by then, as in the API.
 */
export async function readExportGraph(db: Executor, filter: ExportFilter): Promise<ExportGraph> {
  const rf = toFilter(filter);
  const edges = (await db.read<{ rel: RelRow }>({ name: 'export-edges', text: exportEdgesText(rf), params: filterParams(rf) })).map((r) => r.rel);
  const keys = isFiltered(filter) ? [...new Set(edges.flatMap((e) => [e.source, e.target]))] : null;
  if (keys !== null && keys.length === 0) return { nodes: [], edges };
  const nodes = await db.read<{ entity: EntityRow; labels: string[] }>({ name: 'export-nodes', text: exportNodesText(keys !== null, NODE_PROPS), params: keys ? { keys } : {} });
  return { nodes: nodes.map((n) => ({ ...n.entity, labels: n.labels })), edges };
}

/** The document keys an edge's evidence comes from, in evidence order, each once. */
export function evidenceDocuments(e: Props & { evKnown?: string[] }): string[] {
  const docs = [...new Set((e.evDocs as string[] | undefined) ?? [])];
  return e.evKnown ? docs.filter((d) => e.evKnown!.includes(d)) : docs;
}
