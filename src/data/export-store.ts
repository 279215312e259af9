import { z } from 'zod';
import { CATEGORY_NAMES, type Category } from '../model/categories.js';
import type { Executor } from './executor.js';

/** What narrows an export; every field absent means the whole graph. */
export interface ExportFilter {
  categories?: Category[] | undefined;
  /** A time window: edges whose [whenStart, whenEnd] overlaps it. Either side may be open. */
  during?: { fromMs: number | null; toMs: number | null } | undefined;
  /** With `during`: keep undated edges too. */
  includeUndated?: boolean | undefined;
  /** Only edges with evidence from a document published (publishedEndMs) at or before this instant. */
  asOfMs?: number | undefined;
}

const str = z.string().nullable();
const num = z.number().nullable();

export const exportEdgeRow = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  category: z.enum(CATEGORY_NAMES),
  status: z.string(),
  summary: z.string(),
  cameo: str,
  whenIso: str,
  whenPrecision: str,
  whenStartMs: num,
  whenEndMs: num,
  untilIso: str,
  deadlineIso: str,
  amount: num,
  currency: str,
  amountBound: str,
  /** Keys of the documents the edge's evidence comes from, in evidence order, each once. */
  evidence: z.array(z.string()),
});
export type ExportEdge = z.infer<typeof exportEdgeRow>;

export const exportNodeRow = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.string(),
  labels: z.array(z.string()),
  aliases: z.array(z.string()),
  description: str,
  orgType: str,
  country: str,
  nationality: str,
  developer: str,
  eventType: str,
  place: str,
  policyType: str,
  issuer: str,
  /** The entity's own date, by kind: an event's when, a model's release, a policy's adoption, a contract's award. */
  date: str,
  valueAmount: num,
  valueCurrency: str,
});
export type ExportNode = z.infer<typeof exportNodeRow>;

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

function isFiltered(f: ExportFilter): boolean {
  return f.categories !== undefined || f.during !== undefined || f.asOfMs !== undefined;
}

/**
 * The graph an export writes: the selected edges and, when anything is filtered, only their
 * endpoints; unfiltered, every entity (isolated ones included).
 */
export async function readExportGraph(db: Executor, filter: ExportFilter): Promise<ExportGraph> {
  const edges = await db.read(
    'export/edges',
    {
      categories: filter.categories ?? null,
      windowed: filter.during !== undefined,
      fromMs: filter.during?.fromMs ?? null,
      toMs: filter.during?.toMs ?? null,
      includeUndated: filter.includeUndated ?? false,
      asOfMs: filter.asOfMs ?? null,
    },
    exportEdgeRow,
  );
  const keys = isFiltered(filter) ? [...new Set(edges.flatMap((e) => [e.source, e.target]))] : null;
  const nodes = keys !== null && keys.length === 0 ? [] : await db.read('export/nodes', { keys }, exportNodeRow);
  return { nodes, edges };
}
