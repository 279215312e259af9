import { instant, quote, sortedRows, type Row } from './rows.js';

/**
 * The five operations, each written for every side's schema and sent with the same variables;
 * `rows` turns a side's `data` into the shape's canonical rows. "ours" is written exactly against
 * the service's schema (schema.graphql, README "Querying"); the peer and raw sides expose what
 * they need to answer the same question. bench/scale/shapes.ts adds operations for ours and raw.
 */
export type Dialect = 'ours' | 'peer' | 'raw';
export type ShapeId = 'a' | 'b' | 'c' | 'd' | 'e';

export interface Operation {
  query: string;
  rows(data: any): Row[];
}

export interface Shape<Id extends string = string> {
  id: Id;
  title: string;
  variables: Record<string, unknown>;
  /** Every shape has ours and raw; the five of bench:peer also have the peer's. */
  ops: { ours: Operation; raw: Operation; peer?: Operation };
}

/** A shape's operation for a dialect; a shape that has none for it is a mistake in the benchmark. */
export function operationFor(shape: Shape, dialect: Dialect): Operation {
  const op = shape.ops[dialect];
  if (!op) throw new Error(`shape ${shape.id} has no operation for ${dialect}`);
  return op;
}

interface Named {
  key: string;
  name: string;
}
interface Temporal {
  iso: string;
  precision?: string | null;
  start?: string | null;
}
const temporal = (iso: string | null, precision: string | null): Temporal | null => (iso === null ? null : { iso, precision });
const only = <T>(list: T[]): T => {
  if (list.length !== 1) throw new Error(`expected exactly one item, received ${list.length}`);
  return list[0]!;
};

// a ------------------------------------------------------------------------------------------

interface TimelineRel {
  key: string;
  type: string;
  category: string;
  source: Named;
  target: Named;
  when: Temporal | null;
  evidence: { document: { key: string; title: string } | null; quote: string | null }[];
}
const timelineRows = (entity: Named, rels: TimelineRel[]): Row[] => [
  ['entity', entity.key, entity.name],
  ...rels.map((r) => [
    r.key,
    r.type,
    r.category,
    r.source.key,
    r.source.name,
    r.target.key,
    r.target.name,
    r.when?.iso ?? null,
    r.when?.precision ?? null,
    r.evidence.map((e) => [e.document?.key ?? null, e.document?.title ?? null, quote(e.quote)]),
  ]),
];

const a: Shape<ShapeId> = {
  id: 'a',
  title: '`entity(key:"anthropic")` with 50 relationships, names and evidence',
  variables: { key: 'anthropic', first: 50 },
  ops: {
    ours: {
      query: `query A($key: String!, $first: Int!) {
  entity(key: $key) {
    key name
    relationships(first: $first) {
      edges { node { key type category source { key name } target { key name } when { iso precision } evidence { document { key title } quote } } }
    }
  }
}`,
      rows: (d) => timelineRows(d.entity, d.entity.relationships.edges.map((e: { node: TimelineRel }) => e.node)),
    },
    peer: {
      query: `query A($key: String!, $first: Int!) {
  entities(where: { key: { eq: $key } }) {
    key name
    relatedConnection(first: $first, where: { edge: { txTo: { eq: null } } }, sort: [{ edge: { whenStartMs: ASC } }, { edge: { key: ASC } }]) {
      edges { properties { key type category source { key name } target { key name } whenIso whenPrecision evidence { document { key title } quote } } }
    }
  }
}`,
      rows: (d) => {
        const e = only(d.entities as (Named & { relatedConnection: { edges: { properties: TimelineRel & { whenIso: string | null; whenPrecision: string | null } }[] } })[]);
        return timelineRows(e, e.relatedConnection.edges.map(({ properties: p }) => ({ ...p, when: temporal(p.whenIso, p.whenPrecision) })));
      },
    },
    raw: {
      query: `query A($key: String!, $first: Int!) {
  entity(key: $key, first: $first) {
    key name
    relationships { key type category source { key name } target { key name } when { iso precision } evidence { document { key title } quote } }
  }
}`,
      rows: (d) => timelineRows(d.entity, d.entity.relationships),
    },
  },
};

// b ------------------------------------------------------------------------------------------

interface Pressure {
  type: string;
  source: Named;
  when: Temporal | null;
  deadline: Temporal | null;
  amount: { amount: number; currency: string; bound: string | null } | null;
  status: string;
  summary: string;
  evidence: { document: { title: string; reliability: string } | null; quote: string | null }[];
}
const pressureRows = (list: Pressure[]): Row[] =>
  list.map((p) => [
    p.type,
    p.source.key,
    p.source.name,
    p.when?.iso ?? null,
    p.when?.precision ?? null,
    p.deadline?.iso ?? null,
    instant(p.deadline?.start ?? null),
    p.amount?.amount ?? null,
    p.amount?.currency ?? null,
    p.amount?.bound ?? null,
    p.status,
    p.summary,
    p.evidence.map((e) => [e.document?.title ?? null, e.document?.reliability ?? null, quote(e.quote)]),
  ]);
const PRESSURE_FIELDS = 'type source { key name } when { iso precision } deadline { iso start } amount { amount currency bound } status summary evidence { document { title reliability } quote }';

interface PeerPressureEdge {
  node: Named;
  properties: Omit<Pressure, 'source' | 'when' | 'deadline' | 'amount'> & {
    whenIso: string | null;
    whenPrecision: string | null;
    deadlineIso: string | null;
    deadlineStart: string | null;
    amount: number | null;
    currency: string;
    amountBound: string | null;
  };
}
const b: Shape<ShapeId> = {
  id: 'b',
  title: '`pressures(target:"anthropic", during: Feb 2026)` with deadline, amount, evidence',
  variables: { target: 'anthropic', from: '2026-02-01', to: '2026-02-28' },
  ops: {
    ours: {
      query: `query B($target: String!, $from: Date!, $to: Date!) {
  pressures(target: $target, during: { from: $from, to: $to }) { ${PRESSURE_FIELDS} }
}`,
      rows: (d) => pressureRows(d.pressures),
    },
    peer: {
      query: `query B($target: String!, $from: Date!, $to: Date!) {
  entities(where: { key: { eq: $target } }) {
    incomingConnection(
      where: { edge: { category: { eq: "PRESSURE" }, txTo: { eq: null }, whenStartDate: { lte: $to }, whenEndDate: { gte: $from } } }
      sort: [{ edge: { whenStartMs: ASC } }, { edge: { key: ASC } }]
    ) {
      edges {
        node { key name }
        properties { type whenIso whenPrecision deadlineIso deadlineStart amount currency amountBound status summary evidence { document { title reliability } quote } }
      }
    }
  }
}`,
      rows: (d) => {
        const e = only(d.entities as { incomingConnection: { edges: PeerPressureEdge[] } }[]);
        return pressureRows(
          e.incomingConnection.edges.map(({ node, properties: p }) => ({
            ...p,
            source: node,
            when: temporal(p.whenIso, p.whenPrecision),
            deadline: p.deadlineIso === null ? null : { iso: p.deadlineIso, start: p.deadlineStart },
            amount: p.amount === null ? null : { amount: p.amount, currency: p.currency, bound: p.amountBound },
          })),
        );
      },
    },
    raw: {
      query: `query B($target: String!, $from: String!, $to: String!) {
  pressures(target: $target, from: $from, to: $to) { ${PRESSURE_FIELDS} }
}`,
      rows: (d) => pressureRows(d.pressures),
    },
  },
};

// c ------------------------------------------------------------------------------------------

interface Subgraph {
  nodes: { key: string; name: string; kind: string }[];
  relationships: { key: string; type: string; category: string; source: { key: string }; target: { key: string }; when: { iso: string } | null }[];
}
/** Neighbourhoods are sets: nodes and relationships each sorted by their rows. */
const subgraphRows = (g: Subgraph): Row[] => [
  ...sortedRows(g.nodes.map((n) => ['node', n.key, n.name, n.kind])),
  ...sortedRows(g.relationships.map((r) => ['relationship', r.key, r.type, r.category, r.source.key, r.target.key, r.when?.iso ?? null])),
];
const SUBGRAPH_FIELDS = 'nodes { key name kind } relationships { key type category source { key } target { key } when { iso } }';
const NEIGHBORHOOD = `query C($key: String!, $depth: Int!, $limit: Int!) {
  neighborhood(key: $key, depth: $depth, limit: $limit) { ${SUBGRAPH_FIELDS} }
}`;
const c: Shape<ShapeId> = {
  id: 'c',
  title: '`neighborhood(key:"anthropic", depth:2, limit:200)`',
  variables: { key: 'anthropic', depth: 2, limit: 200 },
  ops: {
    ours: { query: NEIGHBORHOOD, rows: (d) => subgraphRows(d.neighborhood) },
    peer: { query: NEIGHBORHOOD, rows: (d) => subgraphRows(d.neighborhood) },
    raw: { query: NEIGHBORHOOD, rows: (d) => subgraphRows(d.neighborhood) },
  },
};

// d ------------------------------------------------------------------------------------------

interface GraphPath {
  length: number;
  nodes: Named[];
  relationships: { key: string; type: string }[];
}
const pathRows = (paths: GraphPath[]): Row[] =>
  paths.map((p) => [p.length, p.nodes.map((n) => [n.key, n.name]), p.relationships.map((r) => [r.key, r.type])]);
const PATHS = `query D($from: String!, $to: String!, $maxHops: Int!, $first: Int!) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) { length nodes { key name } relationships { key type } }
}`;
const d: Shape<ShapeId> = {
  id: 'd',
  title: '`paths(from:"pete-hegseth", to:"deepseek", maxHops:4, first:3)`',
  variables: { from: 'pete-hegseth', to: 'deepseek', maxHops: 4, first: 3 },
  ops: {
    ours: { query: PATHS, rows: (x) => pathRows(x.paths) },
    peer: { query: PATHS, rows: (x) => pathRows(x.paths) },
    raw: { query: PATHS, rows: (x) => pathRows(x.paths) },
  },
};

// e ------------------------------------------------------------------------------------------

/** Keys and order; Lucene scores are not compared across sides. */
const hitRows = (hits: { entity: { key: string; name: string; kind: string } }[]): Row[] => hits.map((h) => [h.entity.key, h.entity.name, h.entity.kind]);
const SEARCH = `query E($text: String!, $first: Int!) {
  search(text: $text, first: $first) { score entity { key name kind } }
}`;
const e: Shape<ShapeId> = {
  id: 'e',
  title: '`search(text:"Pentgon", first:3)`',
  variables: { text: 'Pentgon', first: 3 },
  ops: {
    ours: { query: SEARCH, rows: (x) => hitRows(x.search) },
    peer: { query: SEARCH, rows: (x) => hitRows(x.search) },
    raw: { query: SEARCH, rows: (x) => hitRows(x.search) },
  },
};

export const SHAPES: readonly Shape<ShapeId>[] = [a, b, c, d, e];
