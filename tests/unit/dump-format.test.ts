import { describe, expect, it } from 'vitest';
import { DUMP_FORMAT, DUMP_FORMAT_VERSION, parseDump } from '../../src/model/dump-format.js';

/** The dump checker refuses a whole file for any fault, before a restore writes anything. */
const header = JSON.stringify({ kind: 'header', format: DUMP_FORMAT, formatVersion: DUMP_FORMAT_VERSION, createdAt: '2026-11-30T00:00:00.000Z', graphVersion: 3 });
const node = (id: number, labels = ['Entity', 'Organization'], props: Record<string, unknown> = { key: `e${id}`, version: 1 }) => JSON.stringify({ kind: 'node', id, labels, props });
const rel = (from: number, to: number, type = 'REL') => JSON.stringify({ kind: 'rel', type, from, to, props: { key: `r${from}-${to}`, txFrom: 1, evDocs: ['d1'] } });
const end = (nodes: number, relationships: number) => JSON.stringify({ kind: 'end', nodes, relationships });

describe('parseDump', () => {
  it('reads a whole dump: header, nodes, relationships by node number, end', () => {
    const dump = parseDump([header, node(1), node(2), rel(1, 2), end(2, 1), '']);
    expect(dump.header.graphVersion).toBe(3);
    expect(dump.nodes.map((n) => n.id)).toEqual([1, 2]);
    expect(dump.relationships).toEqual([{ kind: 'rel', type: 'REL', from: 1, to: 2, props: { key: 'r1-2', txFrom: 1, evDocs: ['d1'] } }]);
  });

  it.each([
    ['an empty file', [], /no header/],
    ['another format', [JSON.stringify({ kind: 'header', format: 'other', formatVersion: 1, createdAt: 'x', graphVersion: 0 }), end(0, 0)], /line 1: not a kg-dump version 1 header/],
    ['a later format version', [JSON.stringify({ kind: 'header', format: DUMP_FORMAT, formatVersion: DUMP_FORMAT_VERSION + 1, createdAt: 'x', graphVersion: 0 }), end(0, 0)], /line 1/],
    ['a file cut short', [header, node(1), node(2), rel(1, 2)], /no end line/],
    ['counts that disagree', [header, node(1), end(2, 0)], /line 3: the end line counts 2 nodes/],
    ['a line that is not JSON', [header, '{"kind": "node", "id": 1', end(0, 0)], /line 2: not a JSON line/],
    ['an unknown label', [header, node(1, ['Entity', 'Admin']), end(1, 0)], /line 2: labels/],
    ['an unknown relationship type', [header, node(1), node(2), rel(1, 2, 'OWNS'), end(2, 1)], /line 4: type/],
    ['a node number twice', [header, node(1), node(1), end(2, 0)], /line 3: node 1 appears twice/],
    ['a relationship to a node not in the file', [header, node(1), rel(1, 7), end(1, 1)], /line 3: relationship names node 7/],
    ['a property name that is not a name', [header, node(1, ['Entity'], { 'a`b': 1 }), end(1, 0)], /line 2: props/],
    ['a nested property value', [header, node(1, ['Entity'], { key: { nested: true } }), end(1, 0)], /line 2: props\.key/],
    ['text after the end line', [header, end(0, 0), node(1)], /line 3: text after the end line/],
  ])('refuses %s', (_, lines, message) => {
    expect(() => parseDump(lines as string[])).toThrow(message);
  });
});
