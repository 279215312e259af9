import { create as createXml } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Scalar } from './export-records.js';

/**
 * The XML formats, GraphML and GEXF 1.2, written element by element with xmlbuilder2 from flat
 * attribute maps (lists already joined to strings). graphology-graphml publishes only a parser,
 * and graphology-gexf's writer knows neither dynamic graphs (mode="dynamic", start/end on edges)
 * nor the GEXF 1.2 viz namespace (it writes `http:///www.gexf.net/1.1draft/viz`), so both are
 * written here.
 */

export type Attrs = Record<string, Scalar>;

export interface XmlNode {
  id: string;
  label: string;
  attrs: Attrs;
  /** "#rrggbb", drawn by Gephi (viz:color). */
  colour: string;
}

export interface XmlEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  attrs: Attrs;
  colour: string;
  /** The days (UTC, YYYY-MM-DD, both inclusive) the edge is alive in Gephi's timeline; absent: open. */
  start: string | null;
  end: string | null;
}

export interface XmlGraph {
  description: string;
  /** Numeric attributes that are always whole numbers (typed long); other numbers are doubles. */
  integers: ReadonlySet<string>;
  nodes: XmlNode[];
  edges: XmlEdge[];
}

type XmlType = 'boolean' | 'long' | 'double' | 'string';

/**
 * Every attribute name that has a value somewhere, in the order the records give them, with the
 * one type all its values fit; null values are left out of the data.
 */
function attributeModel(attributeSets: Iterable<Attrs>, integers: ReadonlySet<string>): Map<string, XmlType> {
  const model = new Map<string, XmlType | null>();
  for (const attrs of attributeSets) {
    for (const [name, v] of Object.entries(attrs)) {
      const seen = model.get(name) ?? null;
      if (v === null) {
        if (!model.has(name)) model.set(name, null);
        continue;
      }
      const t: XmlType = typeof v === 'number' ? (integers.has(name) ? 'long' : 'double') : typeof v === 'boolean' ? 'boolean' : 'string';
      model.set(name, seen === null || seen === t ? t : 'string');
    }
  }
  return new Map([...model].filter((e): e is [string, XmlType] => e[1] !== null));
}

const present = (attrs: Attrs) => Object.entries(attrs).filter((e): e is [string, string | number | boolean] => e[1] !== null);

/** GraphML (http://graphml.graphdrawing.org/): typed <key> declarations, then nodes and edges. */
export function toGraphml(g: XmlGraph): string {
  const withLabel = <T extends { label: string; attrs: Attrs }>(x: T): Attrs => ({ label: x.label, ...x.attrs });
  const models = { node: attributeModel(g.nodes.map(withLabel), g.integers), edge: attributeModel(g.edges.map(withLabel), g.integers) };
  const root = createXml({ version: '1.0', encoding: 'UTF-8' }).ele('http://graphml.graphdrawing.org/xmlns', 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  const ids = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const domain of ['node', 'edge'] as const) {
    for (const [name, type] of models[domain]) {
      const id = `${domain === 'node' ? 'n' : 'e'}_${name}`;
      ids[domain].set(name, id);
      root.ele('key', { id, for: domain, 'attr.name': name, 'attr.type': type });
    }
  }
  const graph = root.ele('graph', { id: 'G', edgedefault: 'directed' });
  graph.ele('desc').txt(g.description);
  const data = (el: XMLBuilder, domain: 'node' | 'edge', attrs: Attrs) => {
    for (const [name, v] of present(attrs)) el.ele('data', { key: ids[domain].get(name)! }).txt(String(v));
  };
  for (const n of g.nodes) data(graph.ele('node', { id: n.id }), 'node', withLabel(n));
  for (const e of g.edges) data(graph.ele('edge', { id: e.id, source: e.source, target: e.target }), 'edge', withLabel(e));
  return root.end({ prettyPrint: true });
}

export const GEXF_NS = 'http://www.gexf.net/1.2draft';
export const GEXF_VIZ_NS = 'http://www.gexf.net/1.2draft/viz';

function rgb(hex: string): { r: string; g: string; b: string } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: String((n >> 16) & 255), g: String((n >> 8) & 255), b: String(n & 255) };
}

/**
 * GEXF 1.2 (https://gexf.net/), dynamic: the graph has mode="dynamic" and timeformat="date", and
 * each dated edge has start and end days, so Gephi's timeline can filter by time. Days rather
 * than instants because networkx.read_gexf reads "date" (as text) but fails on "dateTime"; the
 * exact instants are edge attributes. Nodes and edges carry viz:color from the shared palette.
 */
export function toGexf(g: XmlGraph, lastModified: string): string {
  const models = { node: attributeModel(g.nodes.map((n) => n.attrs), g.integers), edge: attributeModel(g.edges.map((e) => e.attrs), g.integers) };
  const root = createXml({ version: '1.0', encoding: 'UTF-8' }).ele(GEXF_NS, 'gexf', {
    version: '1.2',
    'xmlns:viz': GEXF_VIZ_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
  });
  const meta = root.ele('meta', { lastmodifieddate: lastModified });
  meta.ele('creator').txt('kg-service');
  meta.ele('description').txt(g.description);
  const graph = root.ele('graph', { mode: 'dynamic', defaultedgetype: 'directed', timeformat: 'date' });
  const ids = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const domain of ['node', 'edge'] as const) {
    if (models[domain].size === 0) continue;
    const el = graph.ele('attributes', { class: domain, mode: 'static' });
    for (const [name, type] of models[domain]) {
      const id = String(ids[domain].size);
      ids[domain].set(name, id);
      el.ele('attribute', { id, title: name, type });
    }
  }
  const body = (el: XMLBuilder, domain: 'node' | 'edge', attrs: Attrs, colour: string) => {
    const values = present(attrs);
    if (values.length) {
      const list = el.ele('attvalues');
      for (const [name, v] of values) list.ele('attvalue', { for: ids[domain].get(name)!, value: String(v) });
    }
    el.ele(GEXF_VIZ_NS, 'viz:color', rgb(colour));
  };
  const nodes = graph.ele('nodes');
  for (const n of g.nodes) body(nodes.ele('node', { id: n.id, label: n.label }), 'node', n.attrs, n.colour);
  const edges = graph.ele('edges');
  for (const e of g.edges) {
    const time = { ...(e.start ? { start: e.start } : {}), ...(e.end ? { end: e.end } : {}) };
    body(edges.ele('edge', { id: e.id, source: e.source, target: e.target, label: e.label, ...time }), 'edge', e.attrs, e.colour);
  }
  return root.end({ prettyPrint: true });
}
