import { graphql, keepAlive, send, type HttpRequest } from './client.js';
import { Tally } from './measure.js';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Stack frames, file positions and database wording: none may reach a client. */
const LEAKS = [/\n\s+at\s/, /\bat [\w$.<>]+ \([^)]*:\d+:\d+\)/, /Neo\.\w+Error/, /"stack"/];

const KEYS = ['anthropic', 'pete-hegseth', 'openai', 'dario-amodei', 'nobody-here', 'Not A Key', "x') DETACH DELETE (n", 'ü'.repeat(90)];
const FIRSTS = ['', '(first: 1)', '(first: 5)', '(first: 50)', '(first: 200)', '(first: 201)', '(first: 0)', '(first: -1)', '(first: 99999999999)', '(first: $n)', '(first: null)'];

/** A nested chain of lists, each with a random first: the shape that produced 62.6 MB. */
function amplifier(r: Rand): HttpRequest {
  let open = '';
  let levels = 0;
  let onDocument = true;
  for (let n = int(r, 1, 8); n > 0; n--) {
    levels++;
    if (onDocument) {
      open += `entities${pick(r, FIRSTS)} { key `;
      onDocument = false;
      continue;
    }
    const field = pick(r, ['documents', 'documents', 'facts', 'disputes']);
    open += `${field}${pick(r, FIRSTS)} { ${field === 'disputes' ? 'id' : 'key'} `;
    if (field !== 'documents') break;
    onDocument = true;
  }
  return graphql(`query($n: Int) { documents${pick(r, FIRSTS)} { key ${open}${'} '.repeat(levels)}} }`, { n: int(r, -5, 100_000) });
}

function aliases(r: Rand): HttpRequest {
  const n = int(r, 1, 60);
  const field = pick(r, ['__typename', 'entity(key: "anthropic") { key }', 'documents { key }', 'search(text: "anthropic") { score }', 'categories { category }']);
  return graphql(`{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`);
}

function fragments(r: Rand): HttpRequest {
  const spreads = int(r, 1, 80);
  const chain = int(r, 1, 6);
  const defs = Array.from({ length: chain }, (_, i) => (i === chain - 1 ? `fragment F${i} on Document { key entities${pick(r, FIRSTS)} { key documents${pick(r, FIRSTS)} { key } } }` : `fragment F${i} on Document { ...F${i + 1} ...F${i + 1} }`));
  return graphql(`query($n: Int) { documents${pick(r, FIRSTS)} { ${'...F0 '.repeat(spreads)}} } ${defs.join(' ')}`, { n: int(r, 1, 300) });
}

function deepList(r: Rand): HttpRequest {
  const depth = pick(r, [10, 63, 64, 65, 500, 2505, 10_000]);
  return graphql(`{ search(text: "a", kinds: ${'['.repeat(depth)}${']'.repeat(depth)}) { score } }`);
}

function deepSelection(r: Rand): HttpRequest {
  let inner = 'key';
  for (let i = int(r, 1, 20); i > 0; i--) inner = `relationships(first: ${int(r, 1, 3)}) { edges { node { ${pick(r, ['source', 'target'])} { ${inner} } } } }`;
  return graphql(`{ entity(key: "anthropic") { ${inner} } }`);
}

function badArguments(r: Rand): HttpRequest {
  const q = pick(r, [
    `{ entity(key: ${JSON.stringify(pick(r, KEYS))}) { key } }`,
    `{ relationships(where: { during: { from: "${pick(r, ['2026-02-30', 'yesterday', '2026-13-01', '2026-02-01T00:00:00Z', '2026-03-01'])}", to: "2026-02-01" } }) { totalCount } }`,
    `{ relationships(after: "${pick(r, ['garbage', 'W10=', '%%%', 'eyJ4IjoxfQ'])}") { totalCount } }`,
    `{ search(text: ${JSON.stringify(pick(r, ['', ')))', '*:*', '\\', 'a'.repeat(int(r, 1, 5000)), 'AND OR ~ "unclosed', '<script>alert(1)</script>']))}) { score } }`,
    `{ paths(from: "anthropic", to: "openai", maxHops: ${int(r, -2, 12)}, first: ${int(r, -2, 20)}) { length } }`,
    `{ neighborhood(key: "anthropic", depth: ${int(r, -1, 6)}, limit: ${int(r, -1, 200000)}) { truncated } }`,
    `{ timeline(keys: ${JSON.stringify(Array.from({ length: int(r, 0, 150) }, () => pick(r, KEYS)))}) { totalCount } }`,
    `{ relationships(where: { categories: [${pick(r, ['BRIBERY', 'PRESSURE', '"PRESSURE"', '1'])}] }) { totalCount } }`,
    `{ node(id: ${JSON.stringify(pick(r, ['garbage', Buffer.from('Person:anthropic').toString('base64'), Buffer.from('Organization:anthropic').toString('base64'), '']))}) { id } }`,
    `{ documents(first: 2, after: ${JSON.stringify(pick(r, ['nope', '000_25e003234a35428f', '']))}) { key } }`,
  ]);
  return graphql(q);
}

function badVariables(r: Rand): HttpRequest {
  const ids = Array.from({ length: pick(r, [0, 3, 20_001, 60_000]) }, (_, i) => `id-${i}`);
  return pick(r, [
    graphql('query($n: Int) { search(text: "x", first: $n) { score } }', { n: pick(r, ['many', 1.5, 2 ** 40, null, [1], { a: 1 }]) }),
    graphql('query($k: String!) { entity(key: $k) { key } }'),
    graphql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }),
    graphql('query($d: Date) { relationships(asOf: $d) { totalCount } }', { d: pick(r, ['2026-02-30', 20260201, 'now']) }),
    graphql('query($w: RelationshipWhere) { relationships(where: $w) { totalCount } }', { w: { during: { from: '2026-01-01', to: '2026-02-01', extra: true } } }),
  ]);
}

function malformedHttp(r: Rand): HttpRequest {
  const json = { 'content-type': 'application/json' };
  return pick(r, [
    { method: 'GET', path: '/graphql?query=%7B__typename%7D&variables=%7Bbad' },
    { method: 'GET', path: '/graphql?query=%7B__typename%7D&extensions=%7Bbad' },
    { method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { x }')}` },
    { method: 'GET', path: '/graphql' },
    { headers: json, body: '{"query": ' },
    { headers: json, body: '' },
    { headers: json, body: '[{"query":"{__typename}"},{"query":"{__typename}"}]' },
    { headers: json, body: '{"query": 42}' },
    { headers: json, body: '{"query":"{ __typename }","operationName":"Nope"}' },
    { headers: json, body: '{"query":"query A { __typename } query B { __typename }"}' },
    { headers: json, body: JSON.stringify({ query: 'subscription { x }' }) },
    { headers: json, body: JSON.stringify({ query: `{ __typename }${' '.repeat(1_100_000)}` }) },
    { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' },
    { headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' },
    { headers: { 'content-type': 'text/plain' }, body: '{"query":"{__typename}"}' },
    { headers: { ...json, host: 'evil.example:4000' }, body: '{"query":"{__typename}"}' },
    { headers: json, body: Buffer.from(Array.from({ length: int(r, 1, 500) }, () => int(r, 0, 255))).toString('latin1') },
    { method: 'GET', path: `/export/graph.json?during=${pick(r, ['x..y', '2026-02-30..2026-03-01', '2026-01-01..2026-02-01'])}` },
    { method: 'GET', path: `/explore/${pick(r, ['../package.json', '%2e%2e/.env', 'main.js'])}` },
  ]);
}

function directivesAndIntrospection(r: Rand): HttpRequest {
  if (r() < 0.5) return graphql(`{ entity(key: "anthropic") { key ${'@include(if: true) '.repeat(int(r, 1, 40))} } }`);
  let inner = 'name';
  for (let i = int(r, 1, 15); i > 0; i--) inner = `ofType { ${inner} }`;
  return graphql(`{ __schema { types { fields { type { ${inner} } } } } }`);
}

function junk(r: Rand): HttpRequest {
  const alphabet = '{}[]()!$@:=...|&"\\ \n\tabcdefxyz0123456789#';
  return graphql(Array.from({ length: int(r, 1, 400) }, () => pick(r, [...alphabet])).join(''));
}

const SHAPES = { amplifier, aliases, fragments, deepList, deepSelection, badArguments, badVariables, malformedHttp, directivesAndIntrospection, junk } as const;

/** `total` fuzzed operations over `clients` connections; 5xx (other than answers at the deadline) and leaks must both be 0. */
export async function fuzz(opts: { port: number; total: number; clients: number; rand: Rand }) {
  const byShape = new Tally();
  const byStatus = new Tally();
  const codes = new Tally();
  const fiveXx: string[] = [];
  const deadlines: string[] = [];
  const leaks: string[] = [];
  let next = 0;
  let longestMs = 0;
  let largestBody = 0;
  const names = Object.keys(SHAPES) as (keyof typeof SHAPES)[];
  await Promise.all(
    Array.from({ length: opts.clients }, async () => {
      const agent = keepAlive();
      while (next < opts.total) {
        next++;
        const shape = pick(opts.rand, names);
        const request = SHAPES[shape](opts.rand);
        const o = await send(opts.port, agent, request);
        byShape.add(shape);
        byStatus.add(o.status === 0 ? `socket ${o.code}` : `${Math.floor(o.status / 100)}xx`);
        if (o.code) codes.add(o.code);
        longestMs = Math.max(longestMs, o.ms);
        largestBody = Math.max(largestBody, o.body.length);
        // A 504 DATABASE_TIMEOUT is the deadline doing its job (a slow export on a busy machine), not a fault.
        if (o.status === 504 && o.code === 'DATABASE_TIMEOUT') deadlines.push(`${shape}: ${(request.path ?? request.body ?? '').slice(0, 120)}`);
        else if (o.status >= 500 || o.status === 0) fiveXx.push(`${shape} ${o.status} ${o.code}: ${(request.body ?? request.path ?? '').slice(0, 200)}`);
        if (LEAKS.some((re) => re.test(o.body))) leaks.push(`${shape}: ${o.body.slice(0, 300)}`);
      }
      agent.destroy();
    }),
  );
  return { byShape, byStatus, codes, fiveXx, deadlines, leaks, longestMs: Math.round(longestMs), largestBody };
}
