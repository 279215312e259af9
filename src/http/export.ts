import { stringify } from 'csv-stringify/sync';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { create as createXml } from 'xmlbuilder2';
import { z } from 'zod';
import type { App } from '../app.js';
import { dayEndMs, dayStartMs, isCalendarDate } from '../model/calendar.js';
import { evidenceDocuments, readExportGraph, type ExportFilter, type ExportGraph } from '../store/export-store.js';
import { AppError } from '../errors.js';
import { CATEGORY_NAMES } from '../model/categories.js';
import { json, type RouteHandler } from './routes.js';

/*
 * Exports of the graph for notebooks and tools: node-link JSON (networkx), GraphML, GEXF (Gephi)
 * and two CSV tables. Every format is written from the same ExportGraph, read once per request.
 */

// ---------------------------------------------------------------------------------------------
// Query parameters
// ---------------------------------------------------------------------------------------------

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DURING_RE = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/;

const day = z
  .string()
  .regex(DAY_RE, 'must be a date YYYY-MM-DD')
  .refine(isCalendarDate, { error: (i) => `${JSON.stringify(i.input)} is not a calendar date` });

const categoryList = z
  .array(z.string())
  .transform((values) => values.flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(z.enum(CATEGORY_NAMES, { error: (i) => `unknown category ${JSON.stringify(i.input)}; one of ${CATEGORY_NAMES.join(', ')}` })).min(1, 'give at least one category'));

const during = z
  .string()
  .regex(DURING_RE, 'must look like YYYY-MM-DD..YYYY-MM-DD (either side may be left out)')
  .transform((s, ctx) => {
    const [from, to] = s.split('..') as [string, string];
    if ((from && !isCalendarDate(from)) || (to && !isCalendarDate(to))) {
      ctx.addIssue({ code: 'custom', message: `"${s}" holds a date that is not a calendar date` });
      return z.NEVER;
    }
    // Both ends are inclusive days: the window runs to the last millisecond of `to`.
    const fromMs = from ? dayStartMs(from) : null;
    const toMs = to ? dayEndMs(to) : null;
    if (fromMs !== null && toMs !== null && fromMs > toMs) {
      ctx.addIssue({ code: 'custom', message: `"${s}" ends before it starts` });
      return z.NEVER;
    }
    return { fromMs, toMs };
  });

const single = <T extends z.ZodType<unknown, string>>(inner: T) =>
  z
    .array(z.string())
    .max(1, 'give it once')
    .optional()
    .transform((v) => v?.[0])
    .pipe(inner.optional());

export const exportQuery = z
  .strictObject({
    category: categoryList.optional(),
    during: single(during),
    includeUndated: single(z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')),
    asOf: single(day.transform(dayEndMs)),
  })
  .transform(
    (q): ExportFilter => ({
      categories: q.category,
      during: q.during,
      includeUndated: q.includeUndated,
      asOfMs: q.asOf,
    }),
  );

/** The filter a URL asks for, or the reason it is refused. */
export function parseExportQuery(url: URL): { ok: true; filter: ExportFilter } | { ok: false; message: string } {
  const raw: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) (raw[k] ??= []).push(v);
  const parsed = exportQuery.safeParse(raw);
  if (parsed.success) return { ok: true, filter: parsed.data };
  const message = parsed.error.issues
    .map((i) => {
      if (i.code === 'unrecognized_keys') return `unknown parameter ${i.keys.map((k) => JSON.stringify(k)).join(', ')}; the filters are category, during, includeUndated and asOf`;
      return `${i.path.filter((p) => typeof p === 'string').join('.') || 'query'}: ${i.message}`;
    })
    .join('; ');
  return { ok: false, message };
}

// ---------------------------------------------------------------------------------------------
// Flat records, shared by every format
// ---------------------------------------------------------------------------------------------

const isoOf = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Lists become one string in the flat formats (CSV, GraphML, GEXF). */
const LIST_SEPARATOR = ';';

type Scalar = string | number | boolean | null;

type ExportNode = ExportGraph['nodes'][number];
type ExportEdge = ExportGraph['edges'][number];
const v = (x: unknown): Scalar => (x === undefined ? null : (x as Scalar));

function nodeRecord(n: ExportNode): Record<string, Scalar | string[]> {
  return {
    name: v(n.name),
    kind: n.kind,
    labels: n.labels,
    aliases: (n.aliases as string[] | undefined) ?? [],
    description: v(n.description),
    orgType: v(n.orgType),
    country: v(n.country),
    nationality: v(n.nationality),
    developer: v(n.developer),
    eventType: v(n.eventType),
    place: v(n.place),
    policyType: v(n.policyType),
    issuer: v(n.issuer),
    // The entity's own date, by kind: an event's when, a model's release, a policy's adoption, a contract's award.
    date: v(n.whenIso ?? n.releasedOnIso ?? n.adoptedOnIso ?? n.awardedOnIso),
    valueAmount: v(n.valueAmount),
    valueCurrency: v(n.valueCurrency),
  };
}

function edgeRecord(e: ExportEdge): Record<string, Scalar | string[]> {
  return {
    type: e.type,
    category: v(e.category),
    when: v(e.whenIso),
    until: v(e.untilIso),
    deadline: v(e.deadlineIso),
    amount: v(e.amount),
    currency: v(e.currency),
    status: v(e.status),
    summary: v(e.summary),
    evidence: evidenceDocuments(e),
    whenStart: isoOf(typeof e.whenStartMs === 'number' ? e.whenStartMs : null),
    whenEnd: isoOf(typeof e.whenEndMs === 'number' ? e.whenEndMs : null),
    whenPrecision: v(e.whenPrecision),
    amountBound: v(e.amountBound),
    cameo: v(e.cameo),
  };
}

const withoutNulls = <T extends Record<string, unknown>>(r: T) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined));
const flat = (r: Record<string, Scalar | string[]>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join(LIST_SEPARATOR) : v]));

// ---------------------------------------------------------------------------------------------
// Formats
// ---------------------------------------------------------------------------------------------

/**
 * networkx node-link data: `node_link_graph(data)` gives a MultiDiGraph keyed by relationship key.
 * The edge list is given twice, as "links" (the default of networkx < 3.6, and of 3.4-3.5 with a
 * FutureWarning) and as "edges" (the default from 3.6 on), so every version's default reads it.
 */
export function toNodeLink(g: ExportGraph, meta: Record<string, unknown>) {
  const nodes = g.nodes.map((n) => ({ id: n.key, ...withoutNulls(nodeRecord(n)) }));
  const links = g.edges.map((e) => ({ source: e.source, target: e.target, key: e.key, ...withoutNulls(edgeRecord(e)) }));
  return { directed: true, multigraph: true, graph: meta, nodes, links, edges: links };
}

/** The export as a graphology graph: directed, multi, node keys = entity keys, edge keys = relationship keys. */
export function toGraphology(g: ExportGraph, description?: string): MultiDirectedGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  // The GEXF <meta> elements: creator, description, lastmodifieddate.
  graph.replaceAttributes({ creator: 'kg-service', lastModifiedDate: new Date().toISOString().slice(0, 10), ...(description ? { description } : {}) });
  for (const n of g.nodes) graph.addNode(n.key, { label: n.name, ...withoutNulls(flat(nodeRecord(n))) });
  for (const e of g.edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { label: e.type, ...withoutNulls(flat(edgeRecord(e))) });
  return graph;
}

type GraphmlType = 'boolean' | 'double' | 'string';

/** Every attribute name of nodes or edges with the one GraphML type all its values fit. */
function graphmlModel(attributeSets: Iterable<Record<string, unknown>>): Map<string, GraphmlType> {
  const model = new Map<string, GraphmlType>();
  for (const attrs of attributeSets) {
    for (const [name, v] of Object.entries(attrs)) {
      const t: GraphmlType = typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
      const seen = model.get(name);
      model.set(name, seen === undefined || seen === t ? t : 'string');
    }
  }
  return model;
}

/**
 * GraphML (http://graphml.graphdrawing.org/) written with xmlbuilder2 from the graphology graph:
 * typed <key> declarations, then nodes and edges with their ids. graphology-graphml publishes
 * only a parser, so the XML is built here, element by element, through the library.
 */
export function toGraphml(graph: MultiDirectedGraph, description: string): string {
  const nodeModel = graphmlModel(graph.mapNodes((_, a) => a));
  const edgeModel = graphmlModel(graph.mapEdges((_, a) => a));
  const root = createXml({ version: '1.0', encoding: 'UTF-8' }).ele('http://graphml.graphdrawing.org/xmlns', 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  const ids = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const [domain, model] of [['node', nodeModel], ['edge', edgeModel]] as const) {
    for (const [name, type] of model) {
      const id = `${domain === 'node' ? 'n' : 'e'}_${name}`;
      ids[domain].set(name, id);
      root.ele('key', { id, for: domain, 'attr.name': name, 'attr.type': type });
    }
  }
  const g = root.ele('graph', { id: 'G', edgedefault: 'directed' });
  g.ele('desc').txt(description);
  const data = (el: ReturnType<typeof root.ele>, domain: 'node' | 'edge', attrs: Record<string, unknown>) => {
    for (const [name, v] of Object.entries(attrs)) el.ele('data', { key: ids[domain].get(name)! }).txt(String(v));
  };
  graph.forEachNode((key, attrs) => data(g.ele('node', { id: key }), 'node', attrs));
  graph.forEachEdge((key, attrs, source, target) => data(g.ele('edge', { id: key, source, target }), 'edge', attrs));
  return root.end({ prettyPrint: true });
}

/** GEXF 1.2 (Gephi) from the graphology graph, by graphology-gexf; labels are names and relationship types. */
export function toGexf(graph: MultiDirectedGraph): string {
  return writeGexf(graph, {
    version: '1.2',
    pretty: true,
    formatNode: (_key, { label, ...attributes }) => ({ label: String(label), attributes }),
    formatEdge: (_key, { label, ...attributes }) => ({ label: String(label), attributes }),
  });
}

export const NODE_COLUMNS = ['id', 'name', 'kind', 'labels', 'aliases', 'description', 'orgType', 'country', 'nationality', 'developer', 'eventType', 'place', 'policyType', 'issuer', 'date', 'valueAmount', 'valueCurrency'] as const;
export const EDGE_COLUMNS = ['key', 'source', 'target', 'type', 'category', 'when', 'until', 'deadline', 'amount', 'currency', 'status', 'summary', 'evidence', 'whenStart', 'whenEnd', 'whenPrecision', 'amountBound', 'cameo'] as const;

export function nodesCsv(g: ExportGraph): string {
  return stringify(
    g.nodes.map((n) => ({ id: n.key, ...flat(nodeRecord(n)) })),
    { header: true, columns: [...NODE_COLUMNS] },
  );
}

export function edgesCsv(g: ExportGraph): string {
  return stringify(
    g.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, ...flat(edgeRecord(e)) })),
    { header: true, columns: [...EDGE_COLUMNS] },
  );
}

// ---------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------

interface Format {
  file: string;
  contentType: string;
  render: (g: ExportGraph, meta: Record<string, unknown>) => string;
}

const describe = (meta: Record<string, unknown>) => `Knowledge-graph export (${JSON.stringify(meta)})`;

const FORMATS: Record<string, Format> = {
  '/export/graph.json': {
    file: 'graph.json',
    contentType: 'application/json; charset=utf-8',
    render: (g, meta) => JSON.stringify(toNodeLink(g, meta)),
  },
  '/export/graph.graphml': {
    file: 'graph.graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    render: (g, meta) => toGraphml(toGraphology(g), describe(meta)),
  },
  '/export/graph.gexf': {
    file: 'graph.gexf',
    contentType: 'application/gexf+xml; charset=utf-8',
    render: (g, meta) => toGexf(toGraphology(g, describe(meta))),
  },
  '/export/nodes.csv': {
    file: 'nodes.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    render: (g) => nodesCsv(g),
  },
  '/export/edges.csv': {
    file: 'edges.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    render: (g) => edgesCsv(g),
  },
};

function errorResponse(app: App, e: unknown): Response {
  if (e instanceof AppError) return json({ error: e.message, code: e.code }, e.httpStatus);
  app.log.error({ err: e }, 'export failed');
  return json({ error: 'The export failed unexpectedly.', code: 'INTERNAL_SERVER_ERROR' }, 500);
}

function exportRoute(app: App, format: Format): RouteHandler {
  return async (_request, url) => {
    const query = parseExportQuery(url);
    if (!query.ok) return json({ error: query.message, code: 'BAD_USER_INPUT' }, 400);
    try {
      const graph = await readExportGraph(app.db, query.filter);
      const meta = {
        name: 'kg-service export',
        exportedAt: new Date().toISOString(),
        ...(url.search ? { query: url.search.slice(1) } : {}),
        nodes: graph.nodes.length,
        edges: graph.edges.length,
      };
      return new Response(format.render(graph, meta), {
        status: 200,
        headers: {
          'content-type': format.contentType,
          'content-disposition': `attachment; filename="${format.file}"`,
          'cache-control': 'no-store',
        },
      });
    } catch (e) {
      return errorResponse(app, e);
    }
  };
}

/** GET /export/graph.json, graph.graphml, graph.gexf, nodes.csv and edges.csv; see docs/exports.md. */
export function exportRoutes(app: App): Record<string, RouteHandler> {
  return Object.fromEntries(Object.entries(FORMATS).map(([path, format]) => [path, exportRoute(app, format)]));
}
