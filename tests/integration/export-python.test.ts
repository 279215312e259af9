import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { kindStyle } from '../../src/model/palette.js';
import { ensurePythonEnv, ROOT, warnSkipped, type PythonEnv } from '../support/python-env.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * The exports are for notebooks, so a notebook's readers must read them: networkx (node_link_graph,
 * read_graphml, read_gexf) and pandas (read_csv with its defaults, and with the dtype mapping
 * docs/exports.md recommends), in the project's virtualenv (.venv/, see tests/support/python-env.ts).
 * tests/support/export_readback.py reads every format; here every field it got back is compared
 * with the JSON export, decoded as docs/exports.md says (lists joined with ";", evidence as JSON).
 */

const t = testApp();
withSeedGraph(t);
const get = (pathAndQuery: string) => t.yoga.fetch(`http://test${pathAndQuery}`);

const SCRIPT = path.join(ROOT, 'tests', 'support', 'export_readback.py');
const FILES = ['graph.json', 'graph.graphml', 'graph.gexf', 'nodes.csv', 'edges.csv', 'documents.csv', 'facts.csv', 'disputes.csv'];
const TABLES = ['nodes', 'edges', 'documents', 'facts', 'disputes'] as const;

type Rec = Record<string, unknown>;
interface ReadGraph {
  kind: string;
  directed: boolean;
  graph: Rec;
  nodes: Record<string, Rec>;
  edges: Record<string, Rec>;
  ends: Record<string, [string, string]>;
}
interface ReadTable {
  columns: string[];
  dtypes: Record<string, string>;
  rows: Rec[];
}
interface ReadBack {
  nodelink: ReadGraph;
  graphml: ReadGraph;
  gexf: ReadGraph;
  csv: Record<(typeof TABLES)[number], ReadTable>;
  typed: Record<(typeof TABLES)[number], ReadTable>;
}
interface Exported {
  nodes: (Rec & { id: string; kind: string })[];
  links: (Rec & { key: string; source: string; target: string })[];
  documents: (Rec & { key: string })[];
  facts: (Rec & { key: string })[];
  disputes: (Rec & { key: string; claims: (Rec & { claim: string })[] })[];
}

let env: PythonEnv = { reason: 'the Python environment was not set up' };
let exported: Exported;
let back: ReadBack;

beforeAll(async () => {
  env = await ensurePythonEnv();
  if (env.reason !== undefined) {
    warnSkipped('the Python read-back of the exports (tests/integration/export-python.test.ts)', env.reason);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-export-'));
  try {
    for (const f of FILES) {
      const res = await get(`/export/${f}`);
      expect(res.status).toBe(200);
      writeFileSync(path.join(dir, f), await res.text());
    }
    exported = JSON.parse(readFileSync(path.join(dir, 'graph.json'), 'utf8')) as Exported;
    const { stdout } = await promisify(execFile)(env.python!, [SCRIPT, dir], { maxBuffer: 64 * 1024 * 1024 });
    back = JSON.parse(stdout) as ReadBack;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 900_000);


const skipUnlessPython = (ctx: { skip: (note?: string) => void }) => {
  if (env.reason) ctx.skip(env.reason);
};

/**
 * A record as a flat format must give it back: lists of keys joined with ";" (none: no value),
 * evidence items as JSON text, CAMEO codes with their CSV prefix.
 */
function expectFlat(json: Rec, got: Rec, opts: { extras?: string[]; csv?: boolean } = {}) {
  const extras = new Set(opts.extras ?? []);
  const names = new Set([...Object.keys(json), ...Object.keys(got).filter((k) => got[k] !== null && !extras.has(k))]);
  for (const name of names) {
    const want = json[name] ?? null;
    const have = got[name] ?? null;
    if (Array.isArray(want) && want.some((x) => typeof x === 'object')) {
      expect(JSON.parse(String(have)), name).toEqual(want);
    } else if (Array.isArray(want)) {
      expect(have, name).toBe(want.length ? want.join(';') : null);
    } else if (name === 'cameo' && opts.csv && want !== null) {
      expect(have, name).toBe(`cameo:${String(want)}`);
    } else {
      expect(have, name).toEqual(want);
    }
  }
}

const withoutKeys = (r: Rec, ...keys: string[]) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k)));
const byKey = <T extends Rec>(rows: T[], key: string) => new Map(rows.map((r) => [String(r[key]), r]));

describe('networkx reads the graph formats with its defaults', () => {
  it('node_link_graph: a MultiDiGraph whose every node and edge field is the JSON as written', (ctx) => {
    skipUnlessPython(ctx);
    const g = back.nodelink;
    expect([g.kind, g.directed]).toEqual(['MultiDiGraph', true]);
    expect(Object.keys(g.nodes)).toHaveLength(exported.nodes.length);
    for (const n of exported.nodes) expect(g.nodes[n.id]).toEqual(withoutKeys(n, 'id'));
    expect(Object.keys(g.edges)).toHaveLength(exported.links.length);
    for (const l of exported.links) {
      expect(g.ends[l.key]).toEqual([l.source, l.target]);
      expect(g.edges[l.key]).toEqual(withoutKeys(l, 'key', 'source', 'target'));
    }
  });

  it('read_graphml: typed fields come back typed (numbers, booleans, CAMEO as text), lists joined, evidence as JSON', (ctx) => {
    skipUnlessPython(ctx);
    const g = back.graphml;
    expect([g.kind, g.directed]).toEqual(['MultiDiGraph', true]);
    for (const n of exported.nodes) expectFlat({ ...withoutKeys(n, 'id'), label: n.name }, g.nodes[n.id]!);
    for (const l of exported.links) {
      expect(g.ends[l.key]).toEqual([l.source, l.target]);
      expectFlat({ ...withoutKeys(l, 'key', 'source', 'target'), label: l.type }, g.edges[l.key]!);
    }
    const coded = exported.links.filter((l) => typeof l.cameo === 'string' && l.cameo.startsWith('0'));
    expect(coded.length).toBeGreaterThan(0);
    for (const l of coded) expect(g.edges[l.key]!.cameo).toBe(l.cameo);
  });

  it('read_gexf: a dynamic graph whose edges have start and end days, nodes their palette colour', (ctx) => {
    skipUnlessPython(ctx);
    const g = back.gexf;
    expect([g.kind, g.directed, g.graph.mode]).toEqual(['MultiDiGraph', true, 'dynamic']);
    for (const n of exported.nodes) {
      expectFlat({ ...withoutKeys(n, 'id'), label: n.name }, g.nodes[n.id]!, { extras: ['viz'] });
      const { r, g: green, b } = (g.nodes[n.id]!.viz as { color: Record<string, number> }).color;
      expect(`#${[r, green, b].map((x) => x!.toString(16).padStart(2, '0')).join('')}`).toBe(kindStyle(n.kind).colour);
    }
    let dated = 0;
    for (const l of exported.links) {
      const e = g.edges[l.key]!;
      expectFlat({ ...withoutKeys(l, 'key', 'source', 'target'), label: l.type, id: l.key }, e, { extras: ['start', 'end'] });
      const end = (l.untilEnd ?? l.whenEnd) as string | undefined;
      expect(e.start ?? null).toBe(typeof l.whenStart === 'string' ? l.whenStart.slice(0, 10) : null);
      expect(e.end ?? null).toBe(end ? end.slice(0, 10) : null);
      if (e.start) dated++;
    }
    expect(dated).toBeGreaterThan(0);
  });
});

describe('pandas reads the CSV tables', () => {
  const expected = () => ({
    nodes: { key: 'id', rows: exported.nodes as Rec[] },
    edges: { key: 'key', rows: exported.links as Rec[] },
    documents: { key: 'key', rows: exported.documents as Rec[] },
    facts: { key: 'key', rows: exported.facts as Rec[] },
    disputes: {
      key: 'claim',
      rows: exported.disputes.flatMap((d) => d.claims.map((c) => ({ dispute: d.key, topic: d.topic, field: d.field, subjects: d.subjects, ...c })) as Rec[]),
    },
  });

  it.for(TABLES)('read_csv with its defaults gives back every field of %s as exported', (table, ctx) => {
    skipUnlessPython(ctx);
    const want = expected()[table];
    const got = byKey(back.csv[table].rows, want.key);
    expect(want.rows.length).toBeGreaterThan(0);
    expect(got.size).toBe(want.rows.length);
    for (const row of want.rows) expectFlat(row, got.get(String(row[want.key]))!, { csv: true });
  });

  it('read_csv with its defaults keeps CAMEO codes with their leading zeros', (ctx) => {
    skipUnlessPython(ctx);
    const rows = byKey(back.csv.edges.rows, 'key');
    const coded = exported.links.filter((l) => typeof l.cameo === 'string');
    expect(coded.some((l) => (l.cameo as string).startsWith('0'))).toBe(true);
    for (const l of coded) expect(String(rows.get(l.key)!.cameo).replace(/^cameo:/, '')).toBe(l.cameo);
    expect(back.csv.edges.dtypes.cameo).not.toMatch(/float|int/);
  });

  it('the dtype mapping in docs/exports.md is the one tested, and gives the documented dtypes', (ctx) => {
    skipUnlessPython(ctx);
    const block = (text: string) => /DTYPES = defaultdict\([\s\S]*?\n\)\n/.exec(text)?.[0];
    const tested = block(readFileSync(SCRIPT, 'utf8'));
    expect(tested).toBeDefined();
    expect(readFileSync(path.join(ROOT, 'docs', 'exports.md'), 'utf8')).toContain(tested!);
    const special: Record<string, string> = { amount: 'Float64', valueAmount: 'Float64', quantity: 'Float64', quadClass: 'Int64', position: 'Int64', hasText: 'boolean' };
    for (const table of TABLES) {
      for (const [column, dtype] of Object.entries(back.typed[table].dtypes)) {
        expect(dtype, `${table}.${column}`).toBe(special[column] ?? (column.endsWith('Estimated') ? 'boolean' : 'string'));
      }
    }
    const rows = byKey(back.typed.edges.rows, 'key');
    const ultimatum = rows.get('hegseth-ultimatum-anthropic')!;
    expect(ultimatum).toMatchObject({ cameo: 'cameo:139', quadClass: 3, whenEstimated: false, deadlineEstimated: true });
  });
});
