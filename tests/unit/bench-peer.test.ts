import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/peer/args.js';
import { cellKey, renderReport, tripKey } from '../../bench/peer/report.js';
import { canonical, diffRows, instant, quote, sortedRows } from '../../bench/peer/rows.js';
import { rotate, schedule } from '../../bench/peer/schedule.js';
import { operationFor, SHAPES, type Dialect, type ShapeId } from '../../bench/peer/shapes.js';
import { cellStats, cpuMsPerRequest, median, medianStats, percentile, ratio } from '../../bench/peer/stats.js';

const shape = (id: ShapeId) => SHAPES.find((s) => s.id === id)!;
const rowsOf = (id: ShapeId, dialect: Dialect, data: unknown) => operationFor(shape(id), dialect).rows(data);

describe('canonical rows', () => {
  it('serialises a row, and refuses undefined so that a missing field cannot pass as null', () => {
    expect(canonical(['k', null, [1, 'x']])).toBe('["k",null,[1,"x"]]');
    expect(() => canonical(['k', undefined])).toThrow(/undefined/);
    expect(() => canonical([{ a: undefined }])).toThrow(/undefined at "a"/);
  });

  it('compares DateTimes as instants, whatever offset or zone suffix a side writes', () => {
    const a = instant('2026-03-01T17:01:00.000-05:00');
    expect(instant('2026-03-01T22:01Z')).toBe(a);
    expect(instant('2026-03-01T17:01-05:00[America/New_York]')).toBe(a);
    expect(instant(null)).toBeNull();
    expect(() => instant('next week')).toThrow(/not a DateTime/);
  });

  it("reads '' as an unknown quote", () => {
    expect(quote('')).toBeNull();
    expect(quote('a span')).toBe('a span');
    expect(quote(null)).toBeNull();
  });

  it('sorts rows whose order means nothing', () => {
    expect(sortedRows([['node', 'b'], ['node', 'a'], ['edge', 'z']])).toEqual([['edge', 'z'], ['node', 'a'], ['node', 'b']]);
  });

  it('diffs nothing for equal rows, and names each differing row and a count mismatch', () => {
    expect(diffRows([['a', 1], ['b', 2]], [['a', 1], ['b', 2]])).toEqual([]);
    const diff = diffRows([['a', 1], ['b', 2]], [['a', 1], ['b', 3], ['c', 4]]);
    expect(diff[0]).toBe('2 rows expected, 3 received');
    expect(diff[1]).toContain('row 1:');
    expect(diff[1]).toContain('["b",2]');
    expect(diff[1]).toContain('["b",3]');
    expect(diff[2]).toContain('(none)');
    expect(diffRows([['a']], [['b']]).length).toBe(1);
  });

  it('treats the same rows in another order as different', () => {
    expect(diffRows([['a'], ['b']], [['b'], ['a']])).toHaveLength(2);
  });
});

describe('each shape reads every side into the same rows', () => {
  const evidence = { document: { key: 'doc-1', title: 'A title', reliability: 'HIGH' }, quote: 'a short span' };

  it('a: ours (edges), raw (list) and peer (connection properties, flat when)', () => {
    const rel = { key: 'r1', type: 'MET_WITH', category: 'COMMUNICATION', source: { key: 'x', name: 'X' }, target: { key: 'y', name: 'Y' } };
    const undated = { ...rel, key: 'r2' };
    const ours = { entity: { key: 'x', name: 'X', relationships: { edges: [{ node: { ...rel, when: { iso: '2026-02', precision: 'MONTH' }, evidence: [evidence] } }, { node: { ...undated, when: null, evidence: [] } }] } } };
    const raw = { entity: { key: 'x', name: 'X', relationships: ours.entity.relationships.edges.map((e) => e.node) } };
    const peer = {
      entities: [
        {
          key: 'x',
          name: 'X',
          relatedConnection: {
            edges: [
              { properties: { ...rel, whenIso: '2026-02', whenPrecision: 'MONTH', evidence: [{ ...evidence, quote: 'a short span' }] } },
              { properties: { ...undated, whenIso: null, whenPrecision: null, evidence: [] } },
            ],
          },
        },
      ],
    };
    const expected = rowsOf('a', 'ours', ours);
    expect(expected).toHaveLength(3);
    expect(expected[1]).toEqual(['r1', 'MET_WITH', 'COMMUNICATION', 'x', 'X', 'y', 'Y', '2026-02', 'MONTH', [['doc-1', 'A title', 'a short span']]]);
    expect(diffRows(expected, rowsOf('a', 'raw', raw))).toEqual([]);
    expect(diffRows(expected, rowsOf('a', 'peer', peer))).toEqual([]);
  });

  it('a: a peer answer with the wrong direction is caught', () => {
    const rel = { key: 'r1', type: 'T', category: 'C', whenIso: null, whenPrecision: null, evidence: [] };
    const ours = { entity: { key: 'x', name: 'X', relationships: { edges: [{ node: { ...rel, when: null, source: { key: 'x', name: 'X' }, target: { key: 'y', name: 'Y' } } }] } } };
    const peer = { entities: [{ key: 'x', name: 'X', relatedConnection: { edges: [{ properties: { ...rel, source: { key: 'y', name: 'Y' }, target: { key: 'x', name: 'X' } } }] } }] };
    expect(diffRows(rowsOf('a', 'ours', ours), rowsOf('a', 'peer', peer))).toHaveLength(1);
  });

  it('b: deadline instants, amounts and evidence line up across the three schemas', () => {
    const common = { type: 'ISSUED_ULTIMATUM', status: 'REPORTED', summary: 'Our own words.', evidence: [{ document: { title: 'T', reliability: 'LOW' }, quote: '' }] };
    const ours = {
      pressures: [
        {
          ...common,
          source: { key: 's', name: 'S' },
          when: { iso: '2026-02-24', precision: 'DAY' },
          deadline: { iso: '2026-02-27T17:01-05:00', start: '2026-02-27T17:01:00.000-05:00' },
          amount: { amount: 2e8, currency: 'USD', bound: 'UP_TO' },
          evidence: [{ document: { title: 'T', reliability: 'LOW' }, quote: null }],
        },
      ],
    };
    const raw = { pressures: [{ ...ours.pressures[0]!, deadline: { iso: '2026-02-27T17:01-05:00', start: '2026-02-27T22:01Z' } }] };
    const peer = {
      entities: [
        {
          incomingConnection: {
            edges: [
              {
                node: { key: 's', name: 'S' },
                properties: {
                  ...common,
                  whenIso: '2026-02-24',
                  whenPrecision: 'DAY',
                  deadlineIso: '2026-02-27T17:01-05:00',
                  deadlineStart: '2026-02-27T22:01:00.000Z',
                  amount: 2e8,
                  currency: 'USD',
                  amountBound: 'UP_TO',
                },
              },
            ],
          },
        },
      ],
    };
    const expected = rowsOf('b', 'ours', ours);
    expect(expected[0]![6]).toBe(Date.parse('2026-02-27T22:01:00Z'));
    expect(diffRows(expected, rowsOf('b', 'raw', raw))).toEqual([]);
    expect(diffRows(expected, rowsOf('b', 'peer', peer))).toEqual([]);
    const otherDeadline = { pressures: [{ ...raw.pressures[0]!, deadline: { iso: '2026-02-27T17:01-05:00', start: '2026-02-27T17:01Z' } }] };
    expect(diffRows(expected, rowsOf('b', 'raw', otherDeadline))).toHaveLength(1);
  });

  it('c: a neighbourhood is a set of nodes and a set of relationships', () => {
    const nodes = [
      { key: 'b', name: 'B', kind: 'PERSON' },
      { key: 'a', name: 'A', kind: 'ORGANIZATION' },
    ];
    const rels = [{ key: 'r', type: 'T', category: 'C', source: { key: 'a' }, target: { key: 'b' }, when: null }];
    const one = rowsOf('c', 'ours', { neighborhood: { nodes, relationships: rels } });
    const other = rowsOf('c', 'peer', { neighborhood: { nodes: [...nodes].reverse(), relationships: rels } });
    expect(diffRows(one, other)).toEqual([]);
    expect(one.map((r) => r[1])).toEqual(['a', 'b', 'r']);
  });

  it('d and e: order matters, and Lucene scores are not compared', () => {
    const paths = (keys: string[]) => ({ paths: keys.map((k) => ({ length: 1, nodes: [{ key: 'x', name: 'X' }, { key: 'y', name: 'Y' }], relationships: [{ key: k, type: 'T' }] })) });
    expect(diffRows(rowsOf('d', 'ours', paths(['p', 'q'])), rowsOf('d', 'raw', paths(['p', 'q'])))).toEqual([]);
    expect(diffRows(rowsOf('d', 'ours', paths(['p', 'q'])), rowsOf('d', 'raw', paths(['q', 'p'])))).toHaveLength(2);
    const hits = (score: number) => ({ search: [{ score, entity: { key: 'k', name: 'N', kind: 'EVENT' } }] });
    expect(diffRows(rowsOf('e', 'ours', hits(103.2)), rowsOf('e', 'peer', hits(1.8)))).toEqual([]);
  });

  it('every shape has an operation for every side', () => {
    expect(SHAPES.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const s of SHAPES) for (const d of ['ours', 'peer', 'raw'] as const) expect(operationFor(s, d).query).toMatch(/^query [A-E]\(/);
  });
});

describe('stats', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('takes medians of odd and even counts, ignoring missing values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('divides ours by the other, and has no ratio without both', () => {
    expect(ratio(59, 185)).toBeCloseTo(0.3189, 4);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(undefined, 2)).toBeNaN();
    expect(ratio(2, NaN)).toBeNaN();
  });

  it('turns clock ticks into CPU ms per request', () => {
    expect(cpuMsPerRequest(250, 100, 500)).toBe(5);
    expect(cpuMsPerRequest(3, 100, 0)).toBeNaN();
  });

  it('summarises one run and folds rounds into their per-figure medians', () => {
    const run = cellStats({ requests: 1000, seconds: 5, latencies: [1, 2, 3, 4], serverTicks: 200, neo4jTicks: 100 }, 100);
    expect(run).toEqual({ rps: 200, p50: 2, p99: 4, serverCpuMs: 2, neo4jCpuMs: 1 });
    const folded = medianStats([run, { ...run, rps: 100, p99: 9 }, { ...run, rps: 300, p50: 1 }]);
    expect(folded).toEqual({ rps: 200, p50: 2, p99: 4, serverCpuMs: 2, neo4jCpuMs: 1 });
  });

  it('gives a run in which nothing completed no figures, and leaves it out of the median', () => {
    const none = cellStats({ requests: 0, seconds: 2, latencies: [], serverTicks: 5, neo4jTicks: 5 }, 100);
    expect(Object.values(none).every(Number.isNaN)).toBe(true);
    const some = cellStats({ requests: 10, seconds: 2, latencies: [3], serverTicks: 10, neo4jTicks: 20 }, 100);
    expect(medianStats([none, some]).rps).toBe(5);
  });
});

describe('interleaving', () => {
  it('rotates a list, wrapping around', () => {
    expect(rotate(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotate(['a', 'b', 'c'], 4)).toEqual(['b', 'c', 'a']);
    expect(rotate([], 2)).toEqual([]);
  });

  it('runs every cell once per round, the sides back to back, their order rotated every round', () => {
    const sides = ['ours', 'peer', 'raw'] as const;
    const runs = schedule(sides, ['a', 'b'] as const, [1, 8], 3);
    expect(runs).toHaveLength(3 * 2 * 2 * 3);
    for (let round = 0; round < 3; round++) {
      const inRound = runs.filter((r) => r.round === round);
      expect(new Set(inRound.map((r) => `${r.shape}|${r.concurrency}|${r.side}`)).size).toBe(12);
    }
    // Cells are contiguous: the three sides of one (shape, concurrency) follow each other.
    for (let i = 0; i < runs.length; i += 3) {
      const cell = runs.slice(i, i + 3);
      expect(new Set(cell.map((r) => `${r.round}|${r.shape}|${r.concurrency}`)).size).toBe(1);
      expect(new Set(cell.map((r) => r.side)).size).toBe(3);
    }
    // Over three rounds each side takes each position once.
    const firsts = [0, 1, 2].map((round) => runs.find((r) => r.round === round)!.side);
    expect(firsts).toEqual(['ours', 'peer', 'raw']);
    for (const side of sides) {
      const positions = [0, 1, 2].map((round) => runs.filter((r) => r.round === round && r.shape === 'a' && r.concurrency === 1).findIndex((r) => r.side === side));
      expect(new Set(positions).size).toBe(3);
    }
  });
});

describe('arguments and report', () => {
  it('defaults to the full run; --quick shortens it; bad values are refused with the usage', () => {
    expect(parseBenchArgs([])).toMatchObject({ seconds: 5, rounds: 3, warmupSeconds: 3, warmupMaxSeconds: 600, concurrencies: [1, 8, 32], shapes: ['a', 'b', 'c', 'd', 'e'], withCache: false });
    expect(parseBenchArgs(['--quick'])).toMatchObject({ seconds: 2, rounds: 1, warmupSeconds: 1, warmupMaxSeconds: 1, quick: true });
    // The cap is never shorter than one window.
    expect(parseBenchArgs(['--warmup', '5', '--warmup-max', '2'])).toMatchObject({ warmupSeconds: 5, warmupMaxSeconds: 5 });
    expect(parseBenchArgs(['--quick', '--duration', '4', '--with-cache', '--shapes', 'a,e'])).toMatchObject({ seconds: 4, withCache: true, shapes: ['a', 'e'] });
    expect(() => parseBenchArgs(['--rounds', '1.5'])).toThrow(/--rounds must be a positive integer/);
    expect(() => parseBenchArgs(['--shapes', 'a,z'])).toThrow(/unknown shape z/);
    expect(() => parseBenchArgs(['--fast'])).toThrow();
  });

  it('reports every cell and the ratios of ours to the peer and to raw', () => {
    const stats = (rps: number, p50: number, neo4jCpuMs: number) => ({ rps, p50, p99: p50 * 2, serverCpuMs: 1, neo4jCpuMs });
    const cells = new Map([
      [cellKey('a', 8, 'ours'), stats(60, 10, 2)],
      [cellKey('a', 8, 'peer'), stats(180, 5, 0.5)],
      [cellKey('a', 8, 'raw'), stats(240, 4, 0.2)],
    ]);
    const md = renderReport({
      date: '2026-01-01',
      machine: { cpu: '2 × cpu', ram: '24 GiB', os: 'Linux', node: 'v20', java: 'java 17', neo4j: '5.26 Community', neo4jGraphql: '7.6.3', graphqlYoga: '5', autocannon: '9', loadAverage: '1 1 1' },
      settings: { seconds: 5, rounds: 3, warmupSeconds: 3, warmupMaxSeconds: 600, concurrencies: [8], quick: false },
      warmup: { rounds: [[20, 30, 12], [10, 20, 11], [10, 20, 11], [10, 20, 11]], seconds: 190 },
      graphs: 'one Neo4j.',
      sides: ['ours', 'peer', 'raw'],
      shapes: [{ id: 'a', title: 'entity', rows: 51 }],
      cells,
      roundTrips: new Map([[tripKey('a', 'ours'), 4]]),
    });
    expect(md).toContain('| a | 8 | ours | 60.0 | 10.00 | 20.00 | 1.00 | 2.00 | 4 |');
    expect(md).toContain('| a | 8 | 0.33× | 0.25× | 2.00× | 2.50× | 2.00× | 2.50× |');
    expect(md).toContain('a: 51 rows');
    expect(md).toContain('It took 4 rounds, 190 s; the median cell moved −33%, +0%, +0% round on round. The sides were steady.');
  });
});
