import type { Row } from '../peer/rows.js';
import { SHAPES as PEER_SHAPES, type Shape } from '../peer/shapes.js';

/**
 * The operations bench:scale measures at every size, each for ours and for the raw side. The five
 * of bench:peer are about seed entities, which the synthetic graph never touches, so their answers
 * must be the same at every size. The others go through the graph-wide indexes; `fixed` says
 * whether the answer itself (not only its size) must stay the same as the graph grows.
 */
export type ScaleShapeId = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k';
export interface ScaleShape extends Shape<ScaleShapeId> {
  fixed: boolean;
}

interface Named {
  key: string;
  name: string;
}
interface Listed {
  key: string;
  type: string;
  category: string;
  source: Named;
  target: Named;
  when: { iso: string; precision: string } | null;
}

const LISTED_FIELDS = 'key type category source { key name } target { key name } when { iso precision }';
const listedRows = (list: Listed[]): Row[] => list.map((r) => [r.key, r.type, r.category, r.source.key, r.source.name, r.target.key, r.target.name, r.when?.iso ?? null, r.when?.precision ?? null]);

/** relationships(where: { during }, first) for ours; the raw side takes the window flat. */
function page(id: ScaleShapeId, title: string, fixed: boolean, during: { from: string; to: string } | null): ScaleShape {
  const vars = during ? ', $from: Date!, $to: Date!' : '';
  const where = during ? 'where: { during: { from: $from, to: $to } }, ' : '';
  return {
    id,
    title,
    fixed,
    variables: { first: 50, ...(during ?? {}) },
    ops: {
      ours: {
        query: `query ${id.toUpperCase()}($first: Int!${vars}) {\n  relationships(${where}first: $first) { edges { node { ${LISTED_FIELDS} } } }\n}`,
        rows: (d) => listedRows(d.relationships.edges.map((e: { node: Listed }) => e.node)),
      },
      raw: {
        query: `query ${id.toUpperCase()}($first: Int!${during ? ', $from: String!, $to: String!' : ''}) {\n  relationships(first: $first${during ? ', from: $from, to: $to' : ''}) { ${LISTED_FIELDS} }\n}`,
        rows: (d) => listedRows(d.relationships),
      },
    },
  };
}

const peer = (id: ScaleShapeId): ScaleShape => {
  const s = PEER_SHAPES.find((x) => x.id === id)!;
  return { ...s, fixed: true, ops: { ours: s.ops.ours, raw: s.ops.raw } };
};

const pressuresShape = PEER_SHAPES.find((x) => x.id === 'b')!;

/** One relationship through node(id), by its Relay id; the raw side takes the key. */
const REL_KEY = 'dario-amodei-ceo-of-anthropic';
const REL_FIELDS = 'key type category status summary source { key name } target { key name } when { iso precision } evidence { quote }';
interface Single extends Listed {
  status: string;
  summary: string;
  evidence: { quote: string | null }[];
}
const singleRows = (r: Single | null): Row[] => (r ? [[...listedRows([r])[0]!, r.status, r.summary, r.evidence.map((e) => e.quote)]] : []);

interface EntityFields {
  key: string;
  name: string;
  kind: string;
  aliases: string[];
  description: string | null;
}
const ENTITY_FIELDS = 'key name kind aliases description';
const entityRows = (e: EntityFields | null): Row[] => (e ? [[e.key, e.name, e.kind, [...e.aliases], e.description]] : []);

export const SCALE_SHAPES: readonly ScaleShape[] = [
  peer('a'),
  peer('b'),
  peer('c'),
  peer('d'),
  peer('e'),
  page('f', '`relationships(first: 50)`, no filter: the oldest 50 in the whole graph', false, null),
  page('g', '`relationships(during: Feb 2026, first: 50)`: a window only the seed reaches', true, { from: '2026-02-01', to: '2026-02-28' }),
  page('h', '`relationships(during: June 2019, first: 50)`: a window dense with synthetic rows', false, { from: '2019-06-01', to: '2019-06-30' }),
  {
    id: 'i',
    title: '`pressures(during: Feb 2026)`, no actor or target',
    fixed: true,
    variables: { from: '2026-02-01', to: '2026-02-28' },
    ops: {
      ours: { query: pressuresShape.ops.ours.query.replace('$target: String!, ', '').replace('target: $target, ', '').replace('query B', 'query I'), rows: pressuresShape.ops.ours.rows },
      raw: { query: pressuresShape.ops.raw.query.replace('$target: String!, ', '').replace('target: $target, ', '').replace('query B', 'query I'), rows: pressuresShape.ops.raw.rows },
    },
  },
  {
    id: 'j',
    title: '`node(id:)` of one relationship (its key through the rel_key index)',
    fixed: true,
    variables: { id: Buffer.from(`Relationship:${REL_KEY}`).toString('base64'), key: REL_KEY },
    ops: {
      ours: { query: `query J($id: ID!) {\n  node(id: $id) { ... on Relationship { ${REL_FIELDS} } }\n}`, rows: (d) => singleRows(d.node) },
      raw: { query: `query J($key: String!) {\n  relationship(key: $key) { ${REL_FIELDS} }\n}`, rows: (d) => singleRows(d.relationship) },
    },
  },
  {
    id: 'k',
    title: '`entity(key: "anthropic")` without its relationships',
    fixed: true,
    variables: { key: 'anthropic' },
    ops: {
      ours: { query: `query K($key: String!) {\n  entity(key: $key) { ${ENTITY_FIELDS} }\n}`, rows: (d) => entityRows(d.entity) },
      raw: { query: `query K($key: String!) {\n  entityByKey(key: $key) { ${ENTITY_FIELDS} }\n}`, rows: (d) => entityRows(d.entityByKey) },
    },
  },
];
