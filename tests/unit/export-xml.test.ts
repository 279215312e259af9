import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { GEXF_NS, GEXF_VIZ_NS, toGexf, toGraphml, type XmlGraph } from '../../src/http/export-xml.js';

/** The XML writers on a small graph, parsed back with an XML parser that resolves namespaces. */

const graph: XmlGraph = {
  description: 'test export',
  integers: new Set(['quadClass']),
  nodes: [
    { id: 'a', label: 'Alpha', attrs: { kind: 'PERSON', note: null, valueAmount: null }, colour: '#e8871e' },
    { id: 'b', label: 'Beta & Co', attrs: { kind: 'ORGANIZATION', note: 'x', valueAmount: 2.5 }, colour: '#3b6fb6' },
  ],
  edges: [
    { id: 'dated', source: 'a', target: 'b', label: 'PRESSED', attrs: { quadClass: 4, cameo: '010', whenEstimated: false, evidenceItems: '[{"quote":"<\\"q\\">"}]' }, colour: '#d62728', start: '2026-02-24', end: '2026-02-27' },
    { id: 'undated', source: 'b', target: 'a', label: 'MET', attrs: { quadClass: null, cameo: null, whenEstimated: null, evidenceItems: null }, colour: '#1f77b4', start: null, end: null },
  ],
};

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
const byId = (root: Element, ns: string, tag: string, id: string) => Array.from(root.getElementsByTagNameNS(ns, tag)).find((e) => e.getAttribute('id') === id)!;

describe('GEXF 1.2', () => {
  const root = parse(toGexf(graph, '2026-03-01'));

  it('is a dynamic graph in the GEXF 1.2 namespaces', () => {
    expect(root.namespaceURI).toBe(GEXF_NS);
    expect(GEXF_NS).toBe('http://www.gexf.net/1.2draft');
    expect(GEXF_VIZ_NS).toBe('http://www.gexf.net/1.2draft/viz');
    expect(root.getAttribute('version')).toBe('1.2');
    const g = root.getElementsByTagNameNS(GEXF_NS, 'graph')[0]!;
    expect([g.getAttribute('mode'), g.getAttribute('timeformat'), g.getAttribute('defaultedgetype')]).toEqual(['dynamic', 'date', 'directed']);
  });

  it('gives dated edges start and end days, undated ones neither', () => {
    const dated = byId(root, GEXF_NS, 'edge', 'dated');
    expect([dated.getAttribute('start'), dated.getAttribute('end'), dated.getAttribute('label')]).toEqual(['2026-02-24', '2026-02-27', 'PRESSED']);
    const undated = byId(root, GEXF_NS, 'edge', 'undated');
    expect([undated.hasAttribute('start'), undated.hasAttribute('end')]).toEqual([false, false]);
  });

  it('declares typed attributes, writes only values that exist, and keeps text exactly', () => {
    const declared = Object.fromEntries(
      Array.from(root.getElementsByTagNameNS(GEXF_NS, 'attribute')).map((a) => [`${(a.parentNode as Element).getAttribute('class')}.${a.getAttribute('title')}`, [a.getAttribute('id'), a.getAttribute('type')]]),
    );
    expect(declared).toMatchObject({ 'node.kind': [expect.any(String), 'string'], 'node.valueAmount': [expect.any(String), 'double'], 'edge.quadClass': [expect.any(String), 'long'], 'edge.whenEstimated': [expect.any(String), 'boolean'] });
    const values = (el: Element, cls: string) =>
      Object.fromEntries(
        Array.from(el.getElementsByTagNameNS(GEXF_NS, 'attvalue')).map((v) => [Object.entries(declared).find(([k, [id]]) => k.startsWith(`${cls}.`) && id === v.getAttribute('for'))![0].slice(cls.length + 1), v.getAttribute('value')]),
      );
    expect(values(byId(root, GEXF_NS, 'edge', 'dated'), 'edge')).toEqual({ quadClass: '4', cameo: '010', whenEstimated: 'false', evidenceItems: '[{"quote":"<\\"q\\">"}]' });
    expect(values(byId(root, GEXF_NS, 'edge', 'undated'), 'edge')).toEqual({});
    expect(values(byId(root, GEXF_NS, 'node', 'a'), 'node')).toEqual({ kind: 'PERSON' });
    expect(byId(root, GEXF_NS, 'node', 'b').getAttribute('label')).toBe('Beta & Co');
  });

  it('colours nodes and edges with viz:color in the viz namespace', () => {
    const rgb = (el: Element) => {
      const c = el.getElementsByTagNameNS(GEXF_VIZ_NS, 'color')[0]!;
      return [c.getAttribute('r'), c.getAttribute('g'), c.getAttribute('b')].map(Number);
    };
    expect(rgb(byId(root, GEXF_NS, 'node', 'b'))).toEqual([0x3b, 0x6f, 0xb6]);
    expect(rgb(byId(root, GEXF_NS, 'edge', 'dated'))).toEqual([0xd6, 0x27, 0x28]);
  });
});

describe('GraphML', () => {
  const NS = 'http://graphml.graphdrawing.org/xmlns';
  const root = parse(toGraphml(graph));

  it('declares each attribute once with its type, labels included, and leaves missing values out', () => {
    const keys = Object.fromEntries(Array.from(root.getElementsByTagNameNS(NS, 'key')).map((k) => [`${k.getAttribute('for')}.${k.getAttribute('attr.name')}`, k.getAttribute('attr.type')]));
    expect(keys).toEqual({
      'node.label': 'string',
      'node.kind': 'string',
      'node.note': 'string',
      'node.valueAmount': 'double',
      'edge.label': 'string',
      'edge.quadClass': 'long',
      'edge.cameo': 'string',
      'edge.whenEstimated': 'boolean',
      'edge.evidenceItems': 'string',
    });
    expect(byId(root, NS, 'edge', 'undated').getElementsByTagNameNS(NS, 'data')).toHaveLength(1);
  });
});
