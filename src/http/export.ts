import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { App } from '../app.js';
import { AppError } from '../errors.js';
import { dayEndMs, dayStartMs, isCalendarDate } from '../model/calendar.js';
import { CATEGORY_NAMES } from '../model/categories.js';
import { categoryColour, kindStyle } from '../model/palette.js';
import { keySchema } from '../model/seed-schema.js';
import { readExport, type ExportData, type ExportFilter, type ExportPart } from '../store/export-store.js';
import { versionAt } from '../store/read-store.js';
import {
  claimRecord,
  CLAIM_COLUMNS,
  CSV_CAMEO_PREFIX,
  INTEGER_FIELDS,
  disputeRecord,
  documentRecord,
  DOCUMENT_COLUMNS,
  edgeRecord,
  EDGE_COLUMNS,
  factRecord,
  FACT_COLUMNS,
  nodeRecord,
  NODE_COLUMNS,
  reliabilityOf,
  type ClaimOut,
  type ExportRecord,
  type Field,
  type Scalar,
} from './export-records.js';
import { toGexf, toGraphml, type XmlGraph } from './export-xml.js';
import { json, type RouteHandler } from './routes.js';

/*
 * Exports of the graph for notebooks and tools: node-link JSON (networkx), GraphML, GEXF (Gephi)
 * and CSV tables of entities, relationships, documents, facts and disputed claims. Every format
 * is written from the same records (export-records.ts), read once per request at one graph version.
 */

// ---------------------------------------------------------------------------------------------
// Query parameters
// ---------------------------------------------------------------------------------------------

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DURING_RE = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/;
/** As many entities as the API's involvingAny takes. */
const MAX_INVOLVING = 100;

const day = z
  .string()
  .regex(DAY_RE, 'must be a date YYYY-MM-DD')
  .refine(isCalendarDate, { error: (i) => `${JSON.stringify(i.input)} is not a calendar date` });

/** Repeated or comma-separated: `x=a,b` and `x=a&x=b` are the same list. */
const listOf = <T extends z.ZodType<unknown, string>>(item: T, normalise: (s: string) => string = (s) => s) =>
  z
    .array(z.string())
    .transform((values) => values.flatMap((v) => v.split(',')).map((v) => normalise(v.trim())).filter(Boolean))
    .pipe(z.array(item));

const categoryList = listOf(
  z.enum(CATEGORY_NAMES, { error: (i) => `unknown category ${JSON.stringify(i.input)}; one of ${CATEGORY_NAMES.join(', ')}` }),
  (s) => s.toUpperCase(),
).refine((list) => list.length > 0, 'give at least one category');

const involvingList = listOf(keySchema)
  .refine((keys) => keys.length > 0, 'give at least one entity key')
  .refine((keys) => keys.length <= MAX_INVOLVING, `give at most ${MAX_INVOLVING} entity keys`)
  .transform((keys) => [...new Set(keys)]);

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

const PARAMETERS = ['category', 'during', 'includeUndated', 'asOf', 'involving', 'recordedAsOf'];

export const exportQuery = z
  .strictObject({
    category: categoryList.optional(),
    during: single(during),
    includeUndated: single(z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')),
    asOf: single(day.transform(dayEndMs)),
    involving: involvingList.optional(),
    // Transaction time: the graph as it had been recorded at that instant (API writes, retractions).
    recordedAsOf: single(z.string().datetime({ offset: true, message: 'an instant such as 2026-03-01T12:00:00Z' }).transform((s) => Date.parse(s))),
  })
  .transform((q): { filter: ExportFilter; recordedAtMs?: number } => ({
    filter: {
      categories: q.category,
      during: q.during,
      includeUndated: q.includeUndated,
      asOfMs: q.asOf,
      involving: q.involving,
    },
    ...(q.recordedAsOf === undefined ? {} : { recordedAtMs: q.recordedAsOf }),
  }));

/** The filter a URL asks for, or the reason it is refused. */
export function parseExportQuery(url: URL): { ok: true; filter: ExportFilter; recordedAtMs?: number } | { ok: false; message: string } {
  const raw: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) (raw[k] ??= []).push(v);
  const parsed = exportQuery.safeParse(raw);
  if (parsed.success) return { ok: true, ...parsed.data };
  const message = parsed.error.issues
    .map((i) => {
      if (i.code === 'unrecognized_keys') return `unknown parameter ${i.keys.map((k) => JSON.stringify(k)).join(', ')}; the filters are ${PARAMETERS.join(', ')}`;
      return `${i.path.filter((p) => typeof p === 'string').join('.') || 'query'}: ${i.message}`;
    })
    .join('; ');
  return { ok: false, message };
}

// ---------------------------------------------------------------------------------------------
// Flat encodings (CSV, GraphML, GEXF)
// ---------------------------------------------------------------------------------------------

/** Lists of keys become one string in the flat formats, joined with this. */
const LIST_SEPARATOR = ';';

/**
 * A field as one flat value: lists of keys joined with ";", lists of objects (evidence items) as
 * JSON text, since quotes may hold any character.
 */
function flatValue(v: Field): Scalar {
  if (!Array.isArray(v)) return v;
  if (v.every((x) => typeof x === 'string')) return v.length ? v.join(LIST_SEPARATOR) : null;
  return JSON.stringify(v);
}

export function flat(r: ExportRecord): Record<string, Scalar> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, flatValue(v)]));
}

const withoutNulls = <T extends Record<string, unknown>>(r: T) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined));

/** CSV rows: every column, empty when there is no value; CAMEO codes as text pandas keeps. */
function csv(records: ExportRecord[], columns: readonly string[]): string {
  const rows = records.map((r) => {
    const row = flat(r);
    if (typeof row.cameo === 'string') row.cameo = `${CSV_CAMEO_PREFIX}${row.cameo}`;
    return row;
  });
  return stringify(rows, { header: true, columns: [...columns], cast: { boolean: (b) => String(b) } });
}

// ---------------------------------------------------------------------------------------------
// Formats
// ---------------------------------------------------------------------------------------------

/**
 * networkx node-link data: `node_link_graph(data)` gives a MultiDiGraph keyed by relationship key.
 * The edge list is given twice, as "links" (the default of networkx < 3.6, and of 3.4-3.5 with a
 * FutureWarning) and as "edges" (the default from 3.6 on), so every version's default reads it.
 * Documents, facts and disputes are further top-level lists, which node_link_graph ignores.
 */
export function toNodeLink(d: ExportData, meta: Record<string, unknown>) {
  const reliability = reliabilityOf(d.documents);
  const nodes = d.nodes.map((n) => withoutNulls(nodeRecord(n)));
  const links = d.edges.map((e) => {
    const { key, source, target, ...rest } = edgeRecord(e, reliability);
    return { source, target, key, ...withoutNulls(rest) };
  });
  return {
    directed: true,
    multigraph: true,
    graph: meta,
    nodes,
    links,
    edges: links,
    documents: d.documents.map((x) => withoutNulls(documentRecord(x))),
    facts: d.facts.map((f) => withoutNulls(factRecord(f, reliability))),
    disputes: d.disputes.map((x) => {
      const { claims, ...dispute } = disputeRecord(x, reliability);
      return { ...withoutNulls(dispute), claims: (claims as ClaimOut[]).map(withoutNulls) };
    }),
  };
}

/** The graph for the XML formats: flat attributes, colours from the shared palette, edges' days. */
function xmlGraph(d: ExportData, description: string): XmlGraph {
  const reliability = reliabilityOf(d.documents);
  const day = (iso: Scalar) => (typeof iso === 'string' ? iso.slice(0, 10) : null);
  return {
    description,
    integers: INTEGER_FIELDS,
    nodes: d.nodes.map((n) => {
      const { id, ...attrs } = flat(nodeRecord(n));
      return { id: n.key, label: String(attrs.name ?? id), attrs, colour: kindStyle(n.kind).colour };
    }),
    edges: d.edges.map((e) => {
      const { key, source, target, ...attrs } = flat(edgeRecord(e, reliability));
      // Alive from when.start to until.end, else to when.end.
      return {
        id: String(key),
        source: String(source),
        target: String(target),
        label: String(attrs.type),
        attrs,
        colour: categoryColour(String(attrs.category)),
        start: day(attrs.whenStart ?? null),
        end: day(attrs.untilEnd ?? attrs.whenEnd ?? null),
      };
    }),
  };
}

interface Format {
  file: string;
  contentType: string;
  /** What the format reads besides edges and nodes. */
  parts: readonly ExportPart[];
  render: (d: ExportData, meta: Record<string, unknown>) => string;
}

const describe = (meta: Record<string, unknown>) => `Knowledge-graph export (${JSON.stringify(meta)})`;
const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

const FORMATS: Record<string, Format> = {
  '/export/graph.json': {
    file: 'graph.json',
    contentType: 'application/json; charset=utf-8',
    parts: ['documents', 'facts', 'disputes'],
    render: (d, meta) => JSON.stringify(toNodeLink(d, meta)),
  },
  '/export/graph.graphml': {
    file: 'graph.graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    parts: ['documents'],
    render: (d, meta) => toGraphml(xmlGraph(d, describe(meta))),
  },
  '/export/graph.gexf': {
    file: 'graph.gexf',
    contentType: 'application/gexf+xml; charset=utf-8',
    parts: ['documents'],
    render: (d, meta) => toGexf(xmlGraph(d, describe(meta)), String(meta.exportedAt).slice(0, 10)),
  },
  '/export/nodes.csv': { file: 'nodes.csv', contentType: CSV_TYPE, parts: [], render: (d) => csv(d.nodes.map(nodeRecord), NODE_COLUMNS) },
  '/export/edges.csv': {
    file: 'edges.csv',
    contentType: CSV_TYPE,
    parts: ['documents'],
    render: (d) => csv(d.edges.map((e) => edgeRecord(e, reliabilityOf(d.documents))), EDGE_COLUMNS),
  },
  '/export/documents.csv': { file: 'documents.csv', contentType: CSV_TYPE, parts: ['documents'], render: (d) => csv(d.documents.map(documentRecord), DOCUMENT_COLUMNS) },
  '/export/facts.csv': {
    file: 'facts.csv',
    contentType: CSV_TYPE,
    parts: ['documents', 'facts'],
    render: (d) => csv(d.facts.map((f) => factRecord(f, reliabilityOf(d.documents))), FACT_COLUMNS),
  },
  '/export/disputes.csv': {
    file: 'disputes.csv',
    contentType: CSV_TYPE,
    parts: ['documents', 'disputes'],
    render: (d) => {
      const reliability = reliabilityOf(d.documents);
      return csv(d.disputes.flatMap((x) => x.claims.map((c) => claimRecord(x.dispute, c, reliability))), CLAIM_COLUMNS);
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------

function errorResponse(app: App, e: unknown): Response {
  if (e instanceof AppError) return json({ error: e.message, ...e.extensions }, e.httpStatus);
  app.log.error({ err: e }, 'export failed');
  return json({ error: 'The export failed unexpectedly.', code: 'INTERNAL_SERVER_ERROR' }, 500);
}

function exportRoute(app: App, format: Format): RouteHandler {
  const parts = new Set(format.parts);
  return async (_request, url) => {
    const query = parseExportQuery(url);
    if (!query.ok) return json({ error: query.message, code: 'BAD_USER_INPUT' }, 400);
    try {
      // One graph version for every read of the request. A whole-graph download may take longer
      // than an API request may, so only each statement is bounded (the query timeout).
      const current = app.db.forRequest({});
      const db = query.recordedAtMs === undefined ? current : current.atVersion(Math.min(await versionAt(current, query.recordedAtMs), current.version));
      const data = await readExport(db, query.filter, parts);
      const meta = {
        name: 'kg-service export',
        exportedAt: new Date().toISOString(),
        graphVersion: db.version,
        ...(url.search ? { query: url.search.slice(1) } : {}),
        nodes: data.nodes.length,
        edges: data.edges.length,
      };
      return new Response(format.render(data, meta), {
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

/** GET /export/graph.json, graph.graphml, graph.gexf and the CSV tables; see docs/exports.md. */
export function exportRoutes(app: App): Record<string, RouteHandler> {
  return Object.fromEntries(Object.entries(FORMATS).map(([path, format]) => [path, exportRoute(app, format)]));
}
